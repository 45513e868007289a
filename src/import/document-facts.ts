// What the text around the tables says about the roadmap: its title, the approving order (date, number, title),
// the period it covers and its level. Each fact keeps the words it was read from, for the report.
import type { Place, TextLine } from './model.ts';

interface Fact<T> {
  value: T;
  /** The words of the source the value was read from. */
  source: string;
  place: Place;
}

export interface DocumentFacts {
  title?: Fact<string>;
  orderDate?: Fact<string>;
  orderNumber?: Fact<string>;
  orderTitle?: Fact<string>;
  period?: Fact<{ start: string; end: string }>;
  level?: Fact<'regional' | 'municipal' | 'school'>;
}

const months: Record<string, string> = {
  январ: '01',
  феврал: '02',
  март: '03',
  апрел: '04',
  ма: '05',
  июн: '06',
  июл: '07',
  август: '08',
  сентябр: '09',
  октябр: '10',
  ноябр: '11',
  декабр: '12',
};

function isoFrom(day: string, month: string, year: string): string | undefined {
  const y = year.length === 2 ? `20${year}` : year;
  const d = day.padStart(2, '0');
  const m = month.padStart(2, '0');
  const date = new Date(`${y}-${m}-${d}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(d)) return undefined;
  return `${y}-${m}-${d}`;
}

/** «от 23.03.2023», «от 18.04.23», «07 марта 2023 г.» → ISO date. */
export function readDate(text: string): { iso: string; words: string } | undefined {
  const numeric = /(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d)/.exec(text);
  if (numeric?.[1] && numeric[2] && numeric[3]) {
    const iso = isoFrom(numeric[1], numeric[2], numeric[3]);
    if (iso) return { iso, words: numeric[0] };
  }
  const worded =
    /(\d{1,2})\s+(январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*\s+(\d{4})/iu.exec(text);
  if (worded?.[1] && worded[2] && worded[3]) {
    const iso = isoFrom(worded[1], months[worded[2].toLowerCase()] ?? '', worded[3]);
    if (iso) return { iso, words: worded[0] };
  }
  return undefined;
}

/** The period of a roadmap from the words of its title: «в 2023 году», «на 2023-2024 г.г.», «… учебный год». */
export function readPeriod(text: string): { start: string; end: string } | undefined {
  const years = [...text.matchAll(/(?<!\d)(20\d{2})(?!\d)/g)].map((m) => Number(m[1]));
  if (!years.length) return undefined;
  const first = Math.min(...years);
  const last = Math.max(...years);
  if (/учебн\p{L}*\s+год/iu.test(text)) {
    const start = /втор\p{L}*\s+полугоди/iu.test(text) ? `${first + 1}-01-01` : `${first}-09-01`;
    return { start, end: `${last}-08-31` };
  }
  return { start: `${first}-01-01`, end: `${last}-12-31` };
}

const clean = (s: string) =>
  s
    .replace(/\*\*/g, '')
    .replace(/^#+\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();

export interface Requisites {
  date: string;
  number?: string;
  /** The words read, «Приложение к приказу … от 30.08.2024 № 245». */
  words: string;
  place: TextLine['place'];
}

const appendixTo = String.raw`приложени\p{L}*(?:\s*№?\s*\d+)?\s+к\s+(?:приказу|распоряжению|постановлению)`;
const approvedBy = String.raw`утвержден\p{L}*\s+(?:приказом|распоряжением|постановлением)`;
// «УТВЕРЖДАЮ / Директор МБОУ СОШ № 5 / ______ И.И. Иванова / Приказ от 02.09.2024 № 140»: the head's stamp.
const approvedByHead = String.raw`утверждаю\s.{0,200}?(?:приказ|распоряжени)\p{L}*`;
const requisitesLead = new RegExp(`(?:${appendixTo}|${approvedBy}|${approvedByHead})`, 'giu');

/**
 * The approving order's requisites as an appendix or an approval stamp gives them, over one or several lines:
 * «Приложение к приказу управления образованием … от 18.04.2023 № 600», «Утверждена приказом от 30.08.2024 № 245»,
 * «УТВЕРЖДЕНА приказом управления образования администрации … от 07 марта 2023 года № 1119», «УТВЕРЖДАЮ Директор …
 * Приказ от 02.09.2024 № 140». The issuer's words
 * between may hold «№» of their own («к приказу МБОУ СОШ № 5 от …»): the date is the one after «от».
 */
export function readRequisites(text: readonly TextLine[]): Requisites | undefined {
  const lines = text.slice(0, 150);
  const starts: number[] = [];
  let joined = '';
  for (const line of lines) {
    starts.push(joined.length);
    joined += `${clean(line.text)} `;
  }
  for (const m of joined.matchAll(requisitesLead)) {
    const after = joined.slice(m.index + m[0].length, m.index + m[0].length + 300);
    const from = /(?:^|\s)от\s+/u.exec(after);
    if (!from) continue;
    // «от «30» августа 2024 года»: the guillemets of a filled-in form do not matter.
    const rest = after.slice(from.index + from[0].length).replace(/[«»"]/g, '');
    const date = readDate(rest.slice(0, 40));
    if (!date || rest.indexOf(date.words) > 4) continue;
    const tail = rest.slice(rest.indexOf(date.words) + date.words.length);
    const number = /^\s*(?:г\.?|года)?\s*№\s*([\p{L}\d][\p{L}\d/.\-–]*)/u.exec(tail)?.[1]?.replace(/[.,;]$/, '');
    const issuer = after.slice(0, from.index).trim();
    const lineIndex = starts.findLastIndex((start) => start <= m.index);
    return {
      date: date.iso,
      ...(number ? { number } : {}),
      words: [m[0], issuer, `от ${date.words}`, number && `№ ${number}`].filter(Boolean).join(' '),
      place: lines[lineIndex]!.place,
    };
  }
  return undefined;
}

/** A paragraph that starts at line `i`: following lines until a blank-separated heading-like break or a limit. */
function paragraphFrom(lines: readonly TextLine[], i: number, maxLines: number): { text: string; last: number } {
  const parts = [lines[i]!.text];
  let last = i;
  for (let k = i + 1; k < lines.length && parts.length < maxLines; k++) {
    const line = lines[k]!;
    const gap = (line.place.line ?? 0) - (lines[k - 1]!.place.line ?? 0);
    if (gap > 3) break;
    if (/^(№|цель|задачи|приложение|утвержден|принятые|настоящ|в соответствии|\d+\.)/iu.test(line.text)) break;
    parts.push(line.text);
    last = k;
    if (/[.:]$/.test(line.text.replace(/\*+$/, ''))) break;
  }
  return { text: clean(parts.join(' ')), last };
}

function sentenceCase(title: string): string {
  return title.replace(/^(ДОРОЖНАЯ КАРТА)/u, 'Дорожная карта');
}

export function readDocumentFacts(text: readonly TextLine[]): DocumentFacts {
  const facts: DocumentFacts = {};
  const head = text.slice(0, 40);

  const orderIndex = head.findIndex((l) =>
    /^\**\s*(П\s?Р\s?И\s?К\s?А\s?З|ПРИКАЗ|РАСПОРЯЖЕНИЕ)(?!\p{L})/u.test(clean(l.text)),
  );
  // The order's date and number stand on short lines of their own («от 23.03.2023 г.», «№ 1119»); dates inside the
  // sentences of the text are other documents' dates.
  for (const line of text.slice(0, 80)) {
    const short = clean(line.text);
    if (!facts.orderDate && short.length <= 60 && /^(от\s+)?«?\d/u.test(short)) {
      const date = readDate(short);
      if (date) facts.orderDate = { value: date.iso, source: date.words, place: line.place };
    }
    if (!facts.orderNumber && short.length <= 40 && /^№/u.test(short)) {
      const number = /№\s*([\p{L}\d][\p{L}\d/.\-–]*(?:\s?[а-я]{1,2}\/[а-я]{1,2})?)/u.exec(short);
      if (number?.[1] && !/^п\/п/.test(number[1]) && /\d/.test(number[1]))
        facts.orderNumber = { value: number[1], source: number[0], place: line.place };
    }
  }

  // An appendix's or an approval stamp's requisites: the document may be the roadmap alone, without the order.
  const requisites = readRequisites(text);
  if (requisites) {
    if (!facts.orderDate)
      facts.orderDate = { value: requisites.date, source: requisites.words, place: requisites.place };
    if (!facts.orderNumber && requisites.number && facts.orderDate.value === requisites.date) {
      facts.orderNumber = { value: requisites.number, source: requisites.words, place: requisites.place };
    }
  }

  const titleIndex = text.findIndex((l) => /^(Об утверждении|О работе|О\s)/u.test(clean(l.text)));
  if (titleIndex >= 0 && titleIndex < 60) {
    const { text: orderTitle } = paragraphFrom(text, titleIndex, 8);
    facts.orderTitle = { value: orderTitle, source: orderTitle, place: text[titleIndex]!.place };
  }

  const roadmapIndex = text.findIndex((l) => /^дорожная\s+карта/iu.test(clean(l.text)));
  if (roadmapIndex >= 0) {
    const { text: title } = paragraphFrom(text, roadmapIndex, 8);
    facts.title = { value: sentenceCase(title), source: title, place: text[roadmapIndex]!.place };
  }

  for (const fact of [facts.title, facts.orderTitle]) {
    const period = fact ? readPeriod(fact.value) : undefined;
    if (fact && period) {
      facts.period = { value: period, source: fact.value, place: fact.place };
      break;
    }
  }

  const issuer = head
    .slice(0, Math.max(orderIndex, 3))
    .map((l) => clean(l.text))
    .join(' ');
  if (issuer) {
    const upper = issuer.toUpperCase();
    const regional =
      /МИНИСТЕРСТВО|ДЕПАРТАМЕНТ\s+ОБРАЗОВАНИЯ\s+\S+\s+(ОБЛАСТИ|КРАЯ)|КОМИТЕТ\s+ОБРАЗОВАНИЯ\s+\S+\s+(ОБЛАСТИ|КРАЯ)/u;
    const level = regional.test(upper)
      ? 'regional'
      : /УПРАВЛЕНИЕ|ОТДЕЛ\s+ОБРАЗОВАНИЯ|АДМИНИСТРАЦИИ|КОМИТЕТ/u.test(upper)
        ? 'municipal'
        : /ШКОЛА|ГИМНАЗИЯ|ЛИЦЕЙ|МБОУ|МАОУ|МКОУ|ГБОУ/u.test(upper)
          ? 'school'
          : undefined;
    if (level) facts.level = { value: level, source: issuer.slice(0, 120), place: head[0]!.place };
  }
  return facts;
}
