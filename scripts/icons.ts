// `npm run icons`: the toolbar and store icons (public/icon/<size>.png) drawn from the one
// vector source, assets/icon.svg. The PNGs are committed, so a build needs no renderer;
// tests/unit/icons.test.ts renders again and fails when a PNG is stale.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const root = resolve(import.meta.dirname, '..');
/** The sizes the manifests name: toolbar 16/32, extensions page 48/96, Chrome Web Store 128. */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
export const iconSource = join(root, 'assets/icon.svg');
export const iconPath = (size: number) => join(root, 'public/icon', `${size}.png`);

/** The PNG for one size, rendered from the SVG. */
export function renderIcon(size: number): Buffer {
  const svg = readFileSync(iconSource, 'utf8');
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  return Buffer.from(png);
}

if (process.argv[1] === import.meta.filename) {
  mkdirSync(join(root, 'public/icon'), { recursive: true });
  for (const size of ICON_SIZES) {
    writeFileSync(iconPath(size), renderIcon(size));
    console.log(`public/icon/${size}.png`);
  }
}
