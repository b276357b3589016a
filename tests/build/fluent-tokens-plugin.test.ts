import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fluentTokensAsVariables, foldTokenReads } from '../../src/fluent-tokens-plugin';

type Transform = (code: string, id: string) => { code: string } | null;

const { tokens } = createRequire(__filename)('@fluentui/tokens') as {
  tokens: Record<string, string>;
};
const transform = fluentTokensAsVariables().transform as unknown as Transform;

describe("Fluent's tokens written as their CSS variables at build time", () => {
  it('writes each token read as the value Fluent’s own object holds, fallbacks and all', () => {
    const code = [
      "import { makeStyles, tokens } from '@fluentui/react-components';",
      'const padding = `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`;',
      'const layer = tokens.zIndexPopup;',
    ].join('\n');
    const folded = transform(code, '/repo/src/ui/Card.tsx')!.code;
    expect(folded).toContain(
      `\${${JSON.stringify(tokens.spacingVerticalS)}} \${${JSON.stringify(tokens.spacingHorizontalL)}}`,
    );
    expect(tokens.zIndexPopup).toMatch(/^var\(--zIndexPopup, \d+\)$/);
    expect(folded).toContain(`const layer = ${JSON.stringify(tokens.zIndexPopup)};`);
    expect(folded).not.toMatch(/tokens\.\w/);
    // Each line stays where it was, for the source maps.
    expect(folded.split('\n')).toHaveLength(3);
  });

  it('folds the reads Fluent’s precompiled styles leave, from react-theme and inside @fluentui/tokens', () => {
    const input = readFileSync(
      createRequire(__filename)
        .resolve('@fluentui/react-input')
        .replace(/lib-commonjs[\\/].*$/, 'lib/components/Input/useInputStyles.styles.js'),
      'utf8',
    );
    expect(input).toMatch(/from "@fluentui\/react-theme"/);
    const folded = foldTokenReads(input, tokens)!;
    expect(folded).not.toMatch(/(?<![\w$.])tokens\.\w/);
    expect(folded).toContain(JSON.stringify(tokens.spacingHorizontalSNudge));

    const own =
      "import { tokens } from '../tokens.js';\nexport const body1 = { fontFamily: tokens.fontFamilyBase };";
    expect(foldTokenReads(own, tokens)).toContain(
      `fontFamily: ${JSON.stringify(tokens.fontFamilyBase)}`,
    );
  });

  it('leaves alone a module that does not import Fluent’s tokens, or has a binding of its own of that name', () => {
    const placement = "const tokens = placement.split('-');\nreturn { side: tokens.length };";
    expect(foldTokenReads(placement, tokens)).toBeUndefined();
    const shadowed = [
      "import { tokens } from '@fluentui/react-theme';",
      'export const widths = (tokens) => tokens.spacingHorizontalL;',
    ].join('\n');
    expect(foldTokenReads(shadowed, tokens)).toBeUndefined();
    const handedOn = [
      "import { tokens } from '@fluentui/react-theme';",
      'const theme = themeFrom(tokens, tokens.colorNeutralForeground1);',
    ].join('\n');
    expect(foldTokenReads(handedOn, tokens)).toBeUndefined();
    const aliased =
      "import { tokens as t } from '@fluentui/react-theme';\nconst a = tokens.colorNeutralForeground1;";
    expect(foldTokenReads(aliased, tokens)).toBeUndefined();
    expect(transform('export const a = 1;', '/repo/src/a.ts')).toBe(null);
    expect(transform("import { tokens } from '@fluentui/react-theme';", '/repo/styles.css')).toBe(
      null,
    );
  });

  it('leaves a name Fluent has no token for, and another object’s property of that name, as written', () => {
    const code = [
      "import { tokens } from '@fluentui/react-theme';",
      'const a = tokens.notAToken;',
      'const b = theme.tokens.colorNeutralForeground1;',
      'const c = tokens.colorNeutralForeground1;',
    ].join('\n');
    const folded = foldTokenReads(code, tokens)!;
    expect(folded).toContain('const a = tokens.notAToken;');
    expect(folded).toContain('const b = theme.tokens.colorNeutralForeground1;');
    expect(folded).toContain(`const c = ${JSON.stringify(tokens.colorNeutralForeground1)};`);
  });
});
