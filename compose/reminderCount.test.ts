import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '@/core/types';
import { reminderCounter } from './reminderCount';

const bsn = (start: number): Finding => ({
  ruleId: 'confidentialBsn',
  article: '3',
  severity: 'stop',
  message: 'm',
  span: { start, end: start + 9 },
});

describe('reminderCounter', () => {
  it('counts a reminder once per box and words, again for new words or another box', () => {
    const count = vi.fn();
    const onFindings = reminderCounter(count);
    const box = { text: 'BSN 111222333', visibleFindings: [bsn(4)] };
    onFindings(box);
    onFindings({ ...box }); // another box with the same words
    expect(count).toHaveBeenCalledTimes(2);
    Object.assign(box, { text: 'Het BSN 111222333', visibleFindings: [bsn(8)] });
    onFindings(box); // typing moved the words: the same reminder
    expect(count).toHaveBeenCalledTimes(2);
    Object.assign(box, { text: 'Het BSN 123456782', visibleFindings: [bsn(8)] });
    onFindings(box);
    expect(count).toHaveBeenCalledTimes(3);
    expect(count).toHaveBeenCalledWith('reminderShown');
  });
});
