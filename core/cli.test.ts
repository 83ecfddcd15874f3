import { describe, expect, it } from 'vitest';
import { parseCheckArgs, runCheck, UsageError } from './cli';

const io = (stdin = '', files: Record<string, string> = {}) => ({
  readStdin: async () => stdin,
  readFile: async (path: string) => {
    if (path in files) return files[path]!;
    throw new Error('ENOENT');
  },
});

describe('npm run check', () => {
  it('reads TEXT, prints findings with the marked words and exits 1 on a warning', async () => {
    const r = await runCheck(['--platform', 'x', 'BSN', '111222333'], io());
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('STOP');
    expect(r.stdout).toContain('«111222333»');
    expect(r.stdout).toContain('art. 3');
  });

  it('reads standard input when no TEXT is given, and exits 0 for a clean post', async () => {
    const r = await runCheck([], io('Morgen sportdag! Vergeet je gymschoenen niet.\n'));
    expect(r).toEqual({ stdout: 'Geen opmerkingen.\n', stderr: '', code: 0 });
  });

  it('--json prints {"findings":[…]} with spans into the text', async () => {
    const r = await runCheck(['--json', 'bsn 111222333'], io());
    const { findings } = JSON.parse(r.stdout) as { findings: { span: { start: number } }[] };
    expect(findings[0]!.span.start).toBe(4);
  });

  it('--locale en gives English messages', async () => {
    const r = await runCheck(['--locale', 'en', 'bsn 111222333'], io());
    expect(r.stdout).toContain('citizen service number');
  });

  it('--jsonl writes one line per input line, with an error line in place of a bad one', async () => {
    const input =
      '{"text":"bsn 111222333","platform":"x"}\nnot json\n{"text":"Hallo allemaal","platform":"facebook"}\n{"text":"x","platform":"myspace"}\n';
    const r = await runCheck(['--jsonl'], io(input));
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toHaveProperty('findings');
    expect(lines[1]).toEqual({ error: 'regel 2: geen geldige JSON' });
    expect(lines[2]).toEqual({ findings: [] });
    expect(String(lines[3]!.error)).toMatch(/^regel 4: platform/);
    expect(r.stderr).toContain('regel 2');
    expect(r.code).toBe(2);
  });

  it.each([
    [['--bogus'], 'onbekende optie: --bogus'],
    [['--platform'], '--platform heeft een waarde nodig'],
    [
      ['--role', 'directeur', 'x'],
      '--role moet een van medewerker, leidinggevende zijn, niet "directeur"',
    ],
    [['--json=yes', 'x'], '--json neemt geen waarde'],
  ])('bad usage %j exits 2 with a clear message', async (argv, message) => {
    const r = await runCheck(argv, io());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
  });

  it('empty text is bad usage', async () => {
    const r = await runCheck([], io('  \n'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('geen tekst');
  });

  it('--policy uses a school pack, and names the field of a broken one', async () => {
    const pack = {
      schemaVersion: 1,
      id: 'obs-test',
      school: { name: 'obs Test' },
      articles: {},
      disclaimer: { long: 'Persoonlijk.', short: 'Pers.' },
      rules: { confidentialBsn: { enabled: false } },
    };
    const off = await runCheck(
      ['--policy', 'p.json', 'bsn 111222333'],
      io('', { 'p.json': JSON.stringify(pack) }),
    );
    expect(off.code).toBe(0);
    const broken = await runCheck(
      ['--policy', 'b.json', 'hallo'],
      io('', { 'b.json': JSON.stringify({ ...pack, disclaimer: { long: '' } }) }),
    );
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('disclaimer.long');
    expect(broken.stderr).toContain('disclaimer.short');
    const misspelt = await runCheck(
      ['--policy', 'm.json', 'hallo'],
      io('', { 'm.json': JSON.stringify({ ...pack, lexicons: { confidentialMarkr: ['x'] } }) }),
    );
    expect(misspelt.code).toBe(2);
    expect(misspelt.stderr).toContain('lexicons.confidentialMarkr: onbekende lexicon-id');
    const missing = await runCheck(['--policy', 'nope.json', 'hallo'], io());
    expect(missing.stderr).toContain('kan nope.json niet lezen');
  });

  it('parses flags in any order and keeps words after -- as text', () => {
    expect(parseCheckArgs(['--reply', '--', '--media', 'is tekst'])).toMatchObject({
      reply: true,
      media: false,
      text: '--media is tekst',
    });
    expect(() => parseCheckArgs(['--jsonl', 'tekst'])).toThrow(UsageError);
  });
});
