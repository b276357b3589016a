/**
 * Writes the Excel add-in's icons (16, 32, 64 and 80 px, as Office asks for the ribbon and the
 * add-in list) into src/excel/icons, scaled down from the Teams colour icon so both apps look
 * the same. The PNGs are committed; run this only when the icon changes:
 * `npx tsx scripts/generate-excel-icons.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PNG } from 'pngjs';
import { iconPath, iconSizes } from '../src/excel/addin-assets-plugin';

/** Box-filter downscale: every target pixel averages the source pixels it covers. */
function scaled(source: PNG, size: number): PNG {
  const target = new PNG({ width: size, height: size });
  const ratio = source.width / size;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      let count = 0;
      for (let sy = Math.floor(y * ratio); sy < Math.floor((y + 1) * ratio); sy++) {
        for (let sx = Math.floor(x * ratio); sx < Math.floor((x + 1) * ratio); sx++) {
          const at = (sy * source.width + sx) * 4;
          for (let c = 0; c < 4; c++) sum[c]! += source.data[at + c]!;
          count++;
        }
      }
      const to = (y * size + x) * 4;
      for (let c = 0; c < 4; c++) target.data[to + c] = Math.round(sum[c]! / count);
    }
  }
  return target;
}

const root = resolve(import.meta.dirname, '..');
const source = PNG.sync.read(readFileSync(resolve(root, 'appPackage', 'color.png')));
for (const size of iconSizes) {
  const file = resolve(root, 'src', iconPath(size));
  writeFileSync(file, PNG.sync.write(scaled(source, size)));
  console.log(`Wrote ${file}`);
}
