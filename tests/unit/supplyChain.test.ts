import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// What a school's IT may ask of the build: the same code on every machine, checked by hash,
// and no package running code at install time.

const root = join(import.meta.dirname, '../..');
type Manifest = {
  scripts: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
type LockEntry = {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  hasInstallScript?: boolean;
};
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, LockEntry & Manifest>;
};
const installed = Object.entries(lock.packages).filter(([path]) => path !== '');

/**
 * Packages that ship an install script, each reviewed. None of them runs (.npmrc sets
 * ignore-scripts) and each works without it.
 */
const REVIEWED_INSTALL_SCRIPTS: Record<string, string> = {
  // Checks its platform binary; the binary comes as an optional dependency either way.
  esbuild: 'binary check only',
  // Prints a funding message (through draft-js → fbjs, fixture pages only).
  'core-js': 'advert only',
  // Installs a polyfill for Node < 0.12 (through wxt → web-ext-run → fx-runner).
  'spawn-sync': 'legacy Node only',
};

describe('supply chain', () => {
  it('pins every dependency to an exact registry version', () => {
    const declared = { ...pkg.dependencies, ...pkg.devDependencies };
    const loose = Object.entries(declared).filter(([, v]) => !/^\d+\.\d+\.\d+$/.test(v));
    expect(loose).toEqual([]);
  });

  it('locks every package by its sha512 hash, from the npm registry only', () => {
    expect(lock.lockfileVersion).toBe(3);
    const root = lock.packages['']!;
    expect({ ...root.dependencies, ...root.devDependencies }).toEqual({
      ...pkg.dependencies,
      ...pkg.devDependencies,
    });
    const unhashed = installed
      .filter(([, e]) => !e.link && !e.integrity?.startsWith('sha512-'))
      .map(([path]) => path);
    expect(unhashed).toEqual([]);
    const elsewhere = installed
      .filter(([, e]) => e.resolved && !e.resolved.startsWith('https://registry.npmjs.org/'))
      .map(([path, e]) => `${path} ${e.resolved}`);
    expect(elsewhere).toEqual([]);
  });

  it('runs no install script: ours has none, and npm is told to run none of the reviewed ones', () => {
    const hooks = ['preinstall', 'install', 'postinstall', 'prepare', 'prepublish'];
    expect(Object.keys(pkg.scripts).filter((s) => hooks.includes(s))).toEqual([]);
    const withScripts = installed
      .filter(([, e]) => e.hasInstallScript)
      .map(([path]) => path.split('node_modules/').at(-1)!);
    expect([...new Set(withScripts)].filter((name) => !(name in REVIEWED_INSTALL_SCRIPTS))).toEqual(
      [],
    );
    const npmrc = readFileSync(join(root, '.npmrc'), 'utf8');
    expect(npmrc).toMatch(/^ignore-scripts=true$/m);
  });

  it('has a dependency tree npm finds complete and consistent (npm ls)', () => {
    const run = spawnSync('npm', ['ls', '--all', '--json'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const tree = JSON.parse(run.stdout) as { problems?: string[] };
    expect(tree.problems ?? []).toEqual([]);
    expect(run.status).toBe(0);
  }, 60_000);
});
