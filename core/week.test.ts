import { describe, expect, it } from 'vitest';
import { isoWeek } from './week';

describe('isoWeek', () => {
  it.each([
    [new Date(2026, 10, 24), '2026-W48'], // a Tuesday
    [new Date(2026, 10, 23, 0, 0, 1), '2026-W48'], // Monday starts the week
    [new Date(2026, 10, 22, 23, 59), '2026-W47'], // Sunday ends the one before
    [new Date(2026, 0, 1), '2026-W01'], // a Thursday: week 1 of its own year
    [new Date(2027, 0, 1), '2026-W53'], // a Friday: still the last week of 2026
    [new Date(2021, 0, 3), '2020-W53'], // a Sunday in the 53rd week of 2020
    [new Date(2024, 11, 30), '2025-W01'], // a Monday in December, week 1 of next year
    [new Date(2026, 2, 29, 12), '2026-W13'], // the day the clocks go forward
  ])('%s is %s', (date, week) => {
    expect(isoWeek(date)).toBe(week);
  });
});
