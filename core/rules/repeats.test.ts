import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

describe('several findings of one rule read as one reminder', () => {
  const text = 'Dit is vertrouwelijk en niet doorsturen, echt onder ons hoor';

  it('one card, listing the words, at the highest severity', () => {
    const markers = analyze({ text, platform: 'x' }).filter(
      (f) => f.ruleId === 'confidentialMarker',
    );
    expect(markers).toHaveLength(1);
    expect(markers[0]!.severity).toBe('stop');
    expect(markers[0]!.message).toContain(
      "Dit geldt voor: 'vertrouwelijk', 'niet doorsturen', 'onder ons'.",
    );
  });

  it('keeps every place, so each can be underlined; the last (newest) is the span', () => {
    const [f] = analyze({ text, platform: 'x' }).filter((x) => x.ruleId === 'confidentialMarker');
    expect(f!.spans!.map((s) => text.slice(s.start, s.end))).toEqual([
      'vertrouwelijk',
      'niet doorsturen',
      'onder ons',
    ]);
    expect(f!.span).toEqual(f!.spans![2]);
  });

  it('says it in English too', () => {
    const [f] = analyze({ text, platform: 'x' }, { locale: 'en' }).filter(
      (x) => x.ruleId === 'confidentialMarker',
    );
    expect(f!.message).toContain("This applies to: 'vertrouwelijk'");
  });

  it('leaves a single finding as it is', () => {
    const [f] = analyze({ text: 'Dit is echt onder ons hoor', platform: 'x' }).filter(
      (x) => x.ruleId === 'confidentialMarker',
    );
    expect(f!.spans).toBeUndefined();
    expect(f!.message).not.toContain('Dit geldt voor');
  });
});
