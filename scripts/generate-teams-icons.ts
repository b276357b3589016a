/**
 * Writes appPackage/color.png and appPackage/outline.png. The PNGs are committed; run this only
 * when the icon design changes: `npx tsx scripts/generate-teams-icons.ts`.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderColorIcon, renderOutlineIcon } from './teams-icons';

const appPackage = resolve(import.meta.dirname, '..', 'appPackage');
writeFileSync(resolve(appPackage, 'color.png'), renderColorIcon());
writeFileSync(resolve(appPackage, 'outline.png'), renderOutlineIcon());
console.log(`Wrote ${appPackage}/color.png and outline.png`);
