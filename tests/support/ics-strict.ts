// Strict checks of an iCalendar file against RFC 5545, for tests: no maintained validator runs offline in Node
// (parsers such as ical.js are tolerant by design and accept what the checks below refuse). Returns the problems
// found, each with its line; an empty list means the file passed.
import ICAL from 'ical.js';

/** TEXT properties written by Карта (RFC 5545, 3.3.11): «\\», «;», «,» and line breaks must be escaped. */
const textProperties = new Set(['SUMMARY', 'DESCRIPTION', 'NAME', 'X-WR-CALNAME', 'LOCATION', 'COMMENT']);

export function icsProblems(text: string): string[] {
  const problems: string[] = [];
  if (!text.endsWith('\r\n')) problems.push('the file does not end with CRLF');
  if (/\r(?!\n)|(?<!\r)\n/.test(text)) problems.push('a line break other than CRLF');
  const physical = text.replace(/\r\n$/, '').split('\r\n');
  const encoder = new TextEncoder();
  physical.forEach((line, i) => {
    if (encoder.encode(line).length > 75) problems.push(`line ${i + 1}: longer than 75 octets`);
    if (!line) problems.push(`line ${i + 1}: empty`);
  });
  // Unfolding (3.1): a line that starts with a space or tab continues the one before.
  const lines: { text: string; at: number }[] = [];
  physical.forEach((line, i) => {
    if (/^[ \t]/.test(line) && lines.length) lines[lines.length - 1]!.text += line.slice(1);
    else lines.push({ text: line, at: i + 1 });
  });

  const stack: string[] = [];
  let components = 0;
  const calendarProps = new Set<string>();
  let event: Map<string, string> | undefined;
  const uids = new Set<string>();
  for (const { text: line, at } of lines) {
    const colon = line.search(/:(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    if (colon < 1) {
      problems.push(`line ${at}: not «NAME[;params]:value»`);
      continue;
    }
    const name = line.slice(0, colon).split(';')[0]!.toUpperCase();
    const value = line.slice(colon + 1);
    if (!/^[A-Z0-9-]+$/.test(name)) problems.push(`line ${at}: bad property name «${name}»`);
    if (name === 'BEGIN') {
      if (stack.length === 0 && value !== 'VCALENDAR')
        problems.push(`line ${at}: the file does not begin with VCALENDAR`);
      if (stack.length === 1) components++;
      stack.push(value);
      if (value === 'VEVENT') event = new Map();
      continue;
    }
    if (name === 'END') {
      if (stack.pop() !== value) problems.push(`line ${at}: END:${value} does not close what was begun`);
      if (value === 'VEVENT' && event) {
        for (const required of ['UID', 'DTSTAMP', 'DTSTART'])
          if (!event.has(required)) problems.push(`line ${at}: VEVENT without ${required}`);
        const uid = event.get('UID') ?? '';
        if (uids.has(uid)) problems.push(`line ${at}: UID ${uid} twice`);
        uids.add(uid);
        const start = event.get('DTSTART');
        const end = event.get('DTEND');
        if (start && end && end <= start) problems.push(`line ${at}: DTEND not after DTSTART`);
        event = undefined;
      }
      continue;
    }
    if (stack.length === 1) calendarProps.add(name);
    if (event) event.set(name, value);
    if (textProperties.has(name)) {
      if (/(?<!\\)(?:\\\\)*[;,]/.test(value)) problems.push(`line ${at}: unescaped «,» or «;» in ${name}`);
      if (/(?<!\\)(?:\\\\)*\\[^\\;,nN]/.test(value))
        problems.push(`line ${at}: a backslash that escapes nothing in ${name}`);
    }
  }
  if (stack.length) problems.push(`not closed: ${stack.join(', ')}`);
  if (!calendarProps.has('VERSION') || !calendarProps.has('PRODID'))
    problems.push('VCALENDAR without VERSION or PRODID');
  if (components === 0) problems.push('VCALENDAR without any component (RFC 5545, 3.6)');
  try {
    ICAL.parse(text);
  } catch (error) {
    problems.push(`ical.js cannot read it: ${(error as Error).message}`);
  }
  return problems;
}
