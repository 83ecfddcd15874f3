import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules';
import { en, nl } from './strings.generated';
import { isStringKey, t, type StringKey } from './index';

const root = fileURLToPath(new URL('../..', import.meta.url));
const keysOf = (file: string): string[] => {
  const walk = (tree: Record<string, unknown>, prefix = ''): string[] =>
    Object.entries(tree).flatMap(([k, v]) =>
      typeof v === 'string'
        ? [`${prefix}${k}`]
        : walk(v as Record<string, unknown>, `${prefix}${k}.`),
    );
  return walk(
    parse(readFileSync(`${root}locales/${file}`, 'utf8')) as Record<string, unknown>,
  ).sort();
};

describe('locales', () => {
  it('nl.yml and en.yml have the same keys', () => {
    expect(keysOf('en.yml')).toEqual(keysOf('nl.yml'));
  });

  it('the generated dictionary is up to date with locales/*.yml', () => {
    expect(() =>
      execFileSync('npx', ['tsx', 'scripts/gen-strings.ts', '--check'], {
        cwd: root,
        stdio: 'pipe',
      }),
    ).not.toThrow();
  });

  it('every rule has a message in both languages, and they differ', () => {
    for (const rule of rules) {
      const key = `rules.${rule.id}.message`;
      expect(isStringKey(key), `${key} missing`).toBe(true);
      expect(t('en', key as StringKey), key).not.toBe(t('nl', key as StringKey));
    }
  });

  it('keys are camelCase segments (they become Chrome message names)', () => {
    for (const key of keysOf('nl.yml')) expect(key).toMatch(/^[a-zA-Z0-9]+(\.[a-zA-Z0-9]+)*$/);
  });

  it("the content script's dictionary holds none of the extension pages' text", () => {
    expect(Object.keys(nl).filter((k) => /^(popup|options|welcome|oefenen)\./.test(k))).toEqual([]);
    expect(Object.keys(en)).toEqual(Object.keys(nl));
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('nl', 'cli.article', { article: '3' })).toBe('art. 3');
    expect(t('en', 'cli.article')).toBe('art. {article}');
  });
});
