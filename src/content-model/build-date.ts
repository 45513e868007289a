// The day a site is built as of: the «по состоянию на» of its calendars and of its reports' progress, the DTSTAMP of
// its .ics files, and the day after which a report entry is in the future.

/**
 * Today by the computer's clock in its own time zone (the TZ environment variable sets another), not in UTC: a
 * build at 01:00 in Moscow or at noon in Kamchatka is as of their today, which UTC still calls yesterday.
 */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The build's date (YYYY-MM-DD): KARTA_BUILD_DATE, or today. */
export function buildDate(): string {
  return process.env.KARTA_BUILD_DATE ?? today();
}
