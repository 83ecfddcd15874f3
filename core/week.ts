// The ISO 8601 week of a day, for the popup's weekly numbers ("2026-W48"): weeks start on
// Monday, and week 1 is the week with the year's first Thursday.

const DAY_MS = 86_400_000;

/** The ISO week of `date` in its local calendar, as "YYYY-Www". */
export function isoWeek(date: Date): string {
  // Local calendar day, computed in UTC so daylight saving never shifts it.
  const day = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const weekday = day.getUTCDay() || 7; // Monday 1 … Sunday 7
  day.setUTCDate(day.getUTCDate() + 4 - weekday); // the Thursday of this week decides the year
  const year = day.getUTCFullYear();
  const week = Math.floor((day.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
