import { describe, expect, it } from 'vitest';
import type { Finding } from '@/core/types';
import { marksFor } from './marks';

const f = (over: Partial<Finding>): Finding => ({
  ruleId: 'r',
  article: '3',
  severity: 'warning',
  message: 'm',
  ...over,
});

describe('marksFor: what is underlined for the reminders shown', () => {
  it.each<[string, Finding[], ReturnType<typeof marksFor>]>([
    ['one place', [f({ span: { start: 1, end: 4 } })], [{ start: 1, end: 4, severity: 'warning' }]],
    [
      'every place of a merged reminder, not only the newest',
      [
        f({
          severity: 'stop',
          span: { start: 20, end: 29 },
          spans: [
            { start: 4, end: 13 },
            { start: 20, end: 29 },
          ],
        }),
      ],
      [
        { start: 4, end: 13, severity: 'stop' },
        { start: 20, end: 29, severity: 'stop' },
      ],
    ],
    ['a tip is not underlined', [f({ severity: 'info', span: { start: 0, end: 2 } })], []],
    ['a reminder about the whole draft has no place', [f({})], []],
  ])('%s', (_, findings, marks) => {
    expect(marksFor(findings)).toEqual(marks);
  });
});
