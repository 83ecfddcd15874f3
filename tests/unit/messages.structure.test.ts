// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages, type MessageName } from '../../core/messages';
import { createHandlers } from '../../entrypoints/background/handlers';
import { createTabHandlers } from '../../entrypoints/content/tabMessages';

// Issue 11 item 4: one message layer. One table tagged by receiver (core/messages.ts), one
// listener factory and the only senders (utils/messaging.ts), one timeout race
// (compose/withTimeout.ts), one read of the stored settings (utils/settings.ts). These tests
// read every source file, so a second listener, table, race or settings read fails here.

const root = join(import.meta.dirname, '../..');
const SOURCE_DIRS = ['core', 'compose', 'utils', 'components', 'entrypoints'];

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}
const files = SOURCE_DIRS.flatMap(sources).map((path) => ({
  path: relative(root, join(root, path)),
  text: readFileSync(join(root, path), 'utf8'),
}));
/** The source files whose code (comments left out) matches `pattern`. */
const where = (pattern: RegExp) =>
  files
    .filter(({ text }) => pattern.test(text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')))
    .map(({ path }) => path)
    .sort();

describe('one message layer', () => {
  it('reads the source files (the checks below are not vacuous)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(where(/onMessage/)).not.toEqual([]);
  });

  it('one table: every message says who answers it, and no other file declares messages', () => {
    for (const [name, spec] of Object.entries(messages)) {
      expect(['worker', 'tab'], name).toContain(spec.to);
    }
    expect(where(/\brequest:\s*z\./)).toEqual(['core/messages.ts']);
    expect(where(/\bresponse:\s*z\./)).toEqual(['core/messages.ts']);
  });

  it('each receiver has a handler for exactly its own messages', () => {
    const names = (to: string) =>
      (Object.keys(messages) as MessageName[]).filter((n) => messages[n].to === to).sort();
    expect(Object.keys(createHandlers('1')).sort()).toEqual(names('worker'));
    const tab = createTabHandlers({
      platform: { id: 'x', name: 'X' },
      sessions: () => [],
      current: () => null,
      active: () => true,
    });
    expect(Object.keys(tab).sort()).toEqual(names('tab'));
  });

  it('no hand-written onMessage listener or sendMessage outside the factory', () => {
    expect(where(/onMessage/)).toEqual(['utils/messaging.ts']);
    expect(where(/sendMessage\(/)).toEqual(['utils/messaging.ts']);
  });

  it('one timeout race: compose/withTimeout.ts', () => {
    expect(where(/Promise\.race\(/)).toEqual(['compose/withTimeout.ts']);
  });

  it('one read of the stored settings: utils/settings.ts', () => {
    expect(where(/storage\.sync\b/)).toEqual(['utils/settings.ts']);
    expect(where(/\bSETTINGS_KEY\b/)).toEqual(['utils/settings.ts']);
  });

  it('post keys are platform data, not code of the nudge', () => {
    // Which keys post from which box is in core/platforms (a surface's or platform's
    // `postKeys`); compose/postButton.ts only tells whether a key press is one of them.
    expect(where(/'(mod\+)?enter'/).filter((p) => !p.startsWith('core/platforms/'))).toEqual([
      'compose/postButton.ts',
    ]);
  });
});
