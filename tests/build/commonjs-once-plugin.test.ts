import { commonJsOnce, esModuleFace } from '../../src/commonjs-once-plugin';

type ResolveId = (
  source: string,
  importer: string | undefined,
  options: { kind?: string },
) => string | null;
type Load = (id: string) => string | null;

const plugin = commonJsOnce(['react', 'react/jsx-runtime']);
const resolveId = plugin.resolveId as unknown as ResolveId;
const load = plugin.load as unknown as Load;
const component = '/repo/src/ui/Board.tsx';

describe('one ES module face per CommonJS package', () => {
  it('sends the ES imports of a listed package to its face', () => {
    const face = resolveId('react', component, { kind: 'import-statement' });
    expect(face).toMatch(/^\0.*react$/);
    expect(resolveId('react/jsx-runtime', component, { kind: 'dynamic-import' })).not.toBe(face);
  });

  it('leaves require() calls, the face’s own import and other packages to the bundler', () => {
    const face = resolveId('react', component, { kind: 'import-statement' })!;
    expect(
      resolveId('react', '/repo/node_modules/react-dom/index.js', { kind: 'require-call' }),
    ).toBe(null);
    expect(resolveId('react', face, { kind: 'import-statement' })).toBe(null);
    expect(resolveId('react-dom', component, { kind: 'import-statement' })).toBe(null);
    expect(resolveId('./react', component, { kind: 'import-statement' })).toBe(null);
  });

  it('re-exports every export the package has, read from one default import', () => {
    const face = resolveId('react', component, { kind: 'import-statement' })!;
    const text = load(face)!;
    expect(text).toContain('import commonJs from "react";');
    expect(text).toContain('export default commonJs;');
    for (const name of ['useState', 'useEffect', 'createElement', 'Fragment', 'forwardRef']) {
      expect(text).toMatch(new RegExp(`export const \\{[^}]*\\b${name}\\b`));
    }
    expect(load(component)).toBe(null);
  });

  it('skips names that cannot be bindings, and the default', () => {
    expect(esModuleFace('x', ['a', 'default', 'not-a-name', '$b'])).toBe(
      [
        'import commonJs from "x";',
        'export default commonJs;',
        'export const { a, $b } = commonJs;',
      ].join('\n'),
    );
    expect(esModuleFace('y', [])).toBe('import commonJs from "y";\nexport default commonJs;');
  });
});
