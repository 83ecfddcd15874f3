import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, iconPath, renderIcon } from '../../scripts/icons';
import { readPng } from './png';

// What the stores and the browsers need of the package: icons in every size the manifests
// name, each a PNG of that size, drawn from assets/icon.svg; listings in both languages.

const root = join(import.meta.dirname, '../..');
const config = readFileSync(join(root, 'wxt.config.ts'), 'utf8');

describe('icons', () => {
  it.each(ICON_SIZES)('public/icon/%i.png decodes at its size and matches the drawing', (size) => {
    const file = readFileSync(iconPath(size));
    expect(readPng(file)).toMatchObject({ width: size, height: size });
    // Stale PNGs (the SVG changed, `npm run icons` not run) fail here.
    expect(file.equals(renderIcon(size)), `run npm run icons`).toBe(true);
  });

  it('the PNG reader refuses a cut-off or mislabelled file', () => {
    const good = readFileSync(iconPath(16));
    expect(() => readPng(good.subarray(0, good.length - 20))).toThrow();
    const wrong = Buffer.from(good);
    wrong.writeUInt32BE(17, 16); // IHDR width
    expect(() => readPng(wrong)).toThrow(/bytes, \d+ expected/);
    expect(() => readPng(Buffer.from('GIF89a'))).toThrow(/signature/);
  });

  it('both manifests name every size, for the extension and its toolbar button', () => {
    expect(config).toMatch(/icons: ICONS/);
    expect(config).toMatch(/default_icon: ICONS/);
    expect(config).toContain(`[${ICON_SIZES.join(', ')}]`);
  });

  // After a build, the manifests themselves (skipped before the first build).
  for (const browser of ['chrome-mv3', 'firefox-mv3']) {
    const manifestFile = join(
      root,
      process.env.BEDENK_OUT_DIR ?? '.output',
      browser,
      'manifest.json',
    );
    it.skipIf(!existsSync(manifestFile))(`the built ${browser} manifest names each icon`, () => {
      const m = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
        icons: Record<string, string>;
        action: { default_icon: Record<string, string> };
      };
      for (const icons of [m.icons, m.action.default_icon]) {
        expect(Object.keys(icons).map(Number)).toEqual([...ICON_SIZES]);
        for (const [size, path] of Object.entries(icons)) {
          const png = readPng(readFileSync(join(manifestFile, '..', path)));
          expect(png.width).toBe(Number(size));
        }
      }
    });
  }
});

describe('store listings', () => {
  const store = join(root, 'docs/store');
  /** The text under a `## heading` of a listing file. */
  const section = (file: string, heading: string) => {
    const text = readFileSync(join(store, file), 'utf8');
    const start = text.indexOf(`## ${heading}\n`);
    if (start < 0) return '';
    const rest = text.slice(start + heading.length + 4);
    return rest.slice(0, rest.search(/\n## |$/)).trim();
  };

  it.each([
    ['listing.nl.md', 'Korte beschrijving', 'Lange beschrijving'],
    ['listing.en.md', 'Short description', 'Long description'],
  ])('%s has a short description that fits the stores and a long one', (file, short, long) => {
    const s = section(file, short);
    // Chrome Web Store: at most 132 characters (addons.mozilla.org allows 250).
    expect(s.length).toBeGreaterThan(40);
    expect(s.length).toBeLessThanOrEqual(132);
    expect(section(file, long).length).toBeGreaterThan(500);
  });

  it('the Dutch and English listings are not the same text', () => {
    expect(section('listing.nl.md', 'Korte beschrijving')).not.toBe(
      section('listing.en.md', 'Short description'),
    );
  });

  it('the screenshots are there, at the 1280 × 800 the stores take', () => {
    const dir = join(store, 'screenshots');
    const shots = readdirSync(dir).filter((f) => f.endsWith('.png'));
    expect(shots.length).toBeGreaterThanOrEqual(3);
    for (const shot of shots) {
      expect(readPng(readFileSync(join(dir, shot))), shot).toMatchObject({
        width: 1280,
        height: 800,
      });
    }
  });

  it('the privacy policy is there in Dutch and English', () => {
    const privacy = readFileSync(join(root, 'docs/PRIVACY.md'), 'utf8');
    expect(privacy).toMatch(/^## Nederlands$/m);
    expect(privacy).toMatch(/^## English$/m);
  });
});
