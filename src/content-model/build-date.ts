// The day a site is built as of: the «по состоянию на» of its calendars and of its reports' progress, the DTSTAMP of
// its .ics files, and the day after which a report entry is in the future.

/** The build's date (YYYY-MM-DD): KARTA_BUILD_DATE, or today. */
export function buildDate(): string {
  return process.env.KARTA_BUILD_DATE ?? new Date().toISOString().slice(0, 10);
}
