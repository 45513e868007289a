// What a piece of a roadmap row looks like, for text extracted from PDF without column separators: where a deadline
// begins («до 30 января 2023 г.», «ежеквартально», «по плану работы»), where the responsible begin (a name with
// initials, «Руководители ОО»), and what only continues a deadline («в четверть», «2023 г.»).
import { personNamePattern } from './responsible.ts';

const months = '(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\\p{L}*';
const deadlineStarts = new RegExp(
  `(?<![\\p{L}\\d])(?:${months}|до\\s+(?:\\d|\\p{L}+(?:ой|ого|его)(?:\\s|$))|не\\s+реже|не\\s+позднее|` +
    'ежеквартально(?!\\p{L})|ежемесячно(?!\\p{L})|ежегодно(?!\\p{L})|еженедельно(?!\\p{L})|в\\s+течение|в\\s+конце|' +
    'в\\s+начале|по\\s+итогам\\s+\\p{L}|по\\s+отдельному|по\\s+плану|по\\s+графику|после\\s+проведения|' +
    'кажд\\p{L}+\\s|\\d+\\s+раза?\\s|[IV]+\\s+(?:квартал|полугоди)|постоянно|по\\s+мере|по\\s+запросу)',
  'iu',
);
const deadlineContinues = new RegExp(
  `^(?:${months}|20\\d\\d\\s*(?:г\\.?|года?)|в\\s+(?:четверть|два\\s+месяца|месяц|полугодие|год)|четверт\\p{L}*|` +
    'графику|полугоди\\p{L}*)',
  'iu',
);
const yearAnywhere = /(?<![\p{L}\d])20\d\d\s*(?:г\.|года?)(?!\p{L})/u;
const roleStarts = new RegExp(
  String.raw`(?<![\p{L}])(?:Руководител\p{L}*|руководител\p{L}*|Педагогические|педагогические\s+работники|` +
    String.raw`Директор[аы]?|директор[аы]?\s|Заместител\p{L}*|Кураторы|Учителя\s|Классные\s+руководители|` +
    String.raw`Специалист\p{L}*)`,
  'u',
);
const personAnywhere = new RegExp(`(?<![\\p{L}])${personNamePattern.source}`, 'u');
const responsibleContinues = /^(?:работники|педагогические|\(по согласованию\))/u;

/** Index where a deadline begins in the text, or -1. */
export function deadlineStart(text: string, continuation = false): number {
  const found = deadlineStarts.exec(text)?.index ?? -1;
  // «по итогам» at the end of a line is the form's words («аналитическая справка по итогам»), not a deadline.
  if (continuation) {
    const year = yearAnywhere.exec(text)?.index ?? -1;
    if (year >= 0 && (found < 0 || year < found)) return year;
    if (deadlineContinues.test(text)) return 0;
  }
  return found;
}

/** Index where the responsible begin in the text, or -1. */
export function responsibleStart(text: string, continuation = false): number {
  const person = personAnywhere.exec(text)?.index ?? -1;
  const role = roleStarts.exec(text)?.index ?? -1;
  const starts = [person, role].filter((i) => i >= 0);
  if (continuation && responsibleContinues.test(text)) starts.push(0);
  return starts.length ? Math.min(...starts) : -1;
}
