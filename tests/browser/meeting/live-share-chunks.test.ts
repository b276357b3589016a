import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { surfaces } from '../../../src/surfaces';
import { sharedStack } from '../support/shared-stack';

/**
 * Live Share and Fluid (about a megabyte) load only on the meeting stage, and only on demand:
 * no page's entry, nor anything it imports statically, holds their code. Checked on the run's
 * shared production build (its pages are built by the product's own Vite config; the
 * simulators' pages sit apart, under `dev/`).
 */
const liveShareCode = /LiveShareClient|TestLiveShareHost|@fluidframework|SharedMap/;
const { outDir } = sharedStack();

/** Every chunk a page loads before any dynamic import: its module scripts and their static imports. */
function staticChunks(page: string): Set<string> {
  const html = readFileSync(join(outDir, page), 'utf8');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, path] of code.matchAll(
      /(?:import|export)\s*(?:[\w$*{},\s]+from\s*)?["'](\.\.?\/[^"']+\.js)["']/g,
    )) {
      visit(resolve(dirname(file), path!));
    }
  };
  for (const [, src] of html.matchAll(/<script type="module"[^>]*src="([^"]+)"/g)) {
    if (!/^https?:/.test(src!))
      visit(src!.startsWith('/') ? join(outDir, src!) : resolve(dirname(join(outDir, page)), src!));
  }
  return seen;
}

describe('where Live Share code loads', () => {
  it('is in the build (so the checks below look for the right thing)', () => {
    const assets = join(outDir, 'assets');
    const withLiveShare = readdirSync(assets).filter(
      (name) =>
        name.endsWith('.js') && liveShareCode.test(readFileSync(join(assets, name), 'utf8')),
    );
    expect(withLiveShare.length).toBeGreaterThan(0);
  });

  it.each(surfaces.map((surface) => [surface.page]))('is not loaded up front by %s', (page) => {
    const chunks = [...staticChunks(page)];
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.filter((chunk) => liveShareCode.test(readFileSync(chunk, 'utf8')))).toEqual([]);
  });
});
