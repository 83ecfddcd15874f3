/** Elfproef for a BSN: 9a + 8b + … + 2h − 1i ≡ 0 (mod 11), and not all zeros. */
export function passesElfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** A 9-digit candidate in the raw text. */
export type DigitRun = { digits: string; start: number; end: number };

/**
 * Nine digits, optionally grouped by single spaces, dots or dashes ("123 456 782",
 * "1234.56.782"), not part of a longer run of digits.
 */
export function nineDigitCandidates(raw: string): DigitRun[] {
  const out: DigitRun[] = [];
  const re = /(?<![\d.,/-])\d(?:[ .-]?\d){8}(?![\d/]|[.,-]\d)/g;
  for (const m of raw.matchAll(re)) {
    out.push({ digits: m[0].replace(/\D/g, ''), start: m.index, end: m.index + m[0].length });
  }
  return out;
}
