// `karta deadline "<срок>" [--period ГГГГ-ММ-ДД:ГГГГ-ММ-ДД]`: how the parser reads a deadline phrase, as JSON —
// so that anyone can check a phrase before (or after) putting it in a roadmap.
import { isValidPeriod, parseDeadline, type Period } from '../deadlines/index.ts';

export function parsePeriodOption(value: string): Period | undefined {
  const match = /^(\d{4}-\d{2}-\d{2}):(\d{4}-\d{2}-\d{2})$/.exec(value.trim());
  if (!match?.[1] || !match[2]) return undefined;
  const period = { start: match[1], end: match[2] };
  return isValidPeriod(period) ? period : undefined;
}

export function runDeadline(options: { phrase: string; period?: string }): number {
  if (!options.phrase.trim()) {
    console.error(
      'karta deadline: укажите срок в кавычках, например: ' +
        'karta deadline "не реже одного раза в четверть" --period 2023-01-01:2023-12-31',
    );
    return 1;
  }
  const year = new Date().getFullYear();
  const period =
    options.period === undefined ? { start: `${year}-01-01`, end: `${year}-12-31` } : parsePeriodOption(options.period);
  if (!period) {
    console.error(
      `karta deadline: период «${options.period}» не понят: нужно начало и конец через двоеточие, ` +
        'ГГГГ-ММ-ДД:ГГГГ-ММ-ДД, начало не позже конца, например 2023-01-01:2023-12-31',
    );
    return 1;
  }
  const deadline = parseDeadline(options.phrase, period);
  console.log(JSON.stringify({ period, ...deadline }, null, 2));
  if (!deadline.understood) {
    console.error(
      'Срок не распознан: на сайте он будет показан как написан, но без дат; ' +
        'karta check сообщит о нём предупреждением.',
    );
  }
  return 0;
}
