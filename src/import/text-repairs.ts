// Repairs of what the extraction broke, made only where there is one reading: «0 0» for «ОО», words with their
// letters spaced out, words hyphenated at a line end, HTML list fragments in cells, initials written apart. Each
// repair is returned, so the report can list it with its place.
import type { Place, ReaderNote, SourceDocument } from './model.ts';
import { findAbbreviation, knowsWord, type Vocabulary } from './vocabulary.ts';

export interface Repair {
  kind: 'zero-oo' | 'letter-spacing' | 'hyphenation' | 'html-list' | 'initials' | 'broken-word';
  before: string;
  after: string;
}

export const repairNames: Record<Repair['kind'], string> = {
  'zero-oo': '«0 0» вместо «ОО»',
  'letter-spacing': 'буквы слова разделены пробелами',
  hyphenation: 'перенос слова в конце строки',
  'html-list': 'HTML-разметка списка в ячейке',
  initials: 'пробел между инициалами',
  'broken-word': 'слово разорвано пробелом',
};

export interface Repaired {
  text: string;
  repairs: Repair[];
}

/**
 * Characters a reader of the page does not see: zero-width ones and those that change the direction of text
 * (U+202E shows «ваноВ» for «Иванов»). From an untrusted file they would be published as they are.
 */
const invisible = /[\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/**
 * Takes the invisible characters out of every text of the document, in place; one note says how many there were
 * and where the first was.
 */
export function removeInvisible(document: SourceDocument): ReaderNote | undefined {
  let count = 0;
  let first: { place: Place; code: string } | undefined;
  const clean = (text: string, place: Place): string =>
    text.replace(invisible, (found) => {
      count++;
      first ??= { place, code: found.codePointAt(0)!.toString(16).toUpperCase() };
      return '';
    });
  for (const table of document.tables) {
    if (table.caption) table.caption.text = clean(table.caption.text, table.caption.place);
    for (const row of table.rows) for (const cell of row.cells) cell.text = clean(cell.text, cell.place);
  }
  for (const line of document.text) line.text = clean(line.text, line.place);
  if (!first) return undefined;
  return {
    kind: 'repair',
    place: first.place,
    message:
      `удалены невидимые символы (нулевой ширины и меняющие направление текста): ${count}, ` +
      `первый (U+${first.code}) — здесь`,
  };
}

/** HTML list fragments (`<ul><li>…</li></ul>`, `<p>…</p>`, `<br>`) as lines of text. */
export function repairHtmlLists(text: string): Repaired {
  if (!/<\/?(?:ul|ol|li|p|br)\b[^>]*>/i.test(text)) return { text, repairs: [] };
  const out = text
    .replace(/<li\b[^>]*>\s*/gi, '\n• ')
    .replace(/\n• (•|-|–)\s*/g, '\n$1 ')
    .replace(/<\/li>/gi, '')
    .replace(/<p\b[^>]*>\s*/gi, '\n')
    .replace(/<\/p>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(?:ul|ol)\b[^>]*>/gi, '\n')
    .replace(/[ \t]*\n[ \t\n]*/g, '\n')
    .trim();
  return { text: out, repairs: [{ kind: 'html-list', before: text, after: out }] };
}

/** «0 0» and «00» standing where the abbreviation «ОО» (образовательная организация) is meant. */
export function repairZeroOO(text: string): Repaired {
  const repairs: Repair[] = [];
  const out = text.replace(/(^|[\s(«"„,])0 ?0(?=$|[\s,.;:)»"])/g, (match, before: string) => {
    repairs.push({ kind: 'zero-oo', before: match.trim(), after: 'ОО' });
    return `${before}ОО`;
  });
  return { text: out, repairs };
}

/**
 * Letters of a word spaced out by the extraction: «в с о к о» (a known abbreviation: «ВСОКО»),
 * «п р и к а з ы в а ю» or «о б р азо в ан и я» (a word the document uses elsewhere), «У ОН» (a known abbreviation).
 */
export function repairLetterSpacing(text: string, vocabulary: Vocabulary): Repaired {
  const repairs: Repair[] = [];
  // Runs of at least three short pieces (1–3 letters), most of them single letters.
  let out = text.replace(/(?<![\p{L}\d])\p{L}{1,3}(?: \p{L}{1,3}){2,}(?![\p{L}\d])/gu, (run) => {
    const pieces = run.split(' ');
    const singles = pieces.filter((p) => p.length === 1).length;
    if (singles * 2 < pieces.length) return run;
    const joined = pieces.join('');
    const abbr = findAbbreviation(vocabulary, joined);
    const fixed =
      abbr ??
      (joined.length >= 4 && knowsWord(vocabulary, joined) && !pieces.every((p) => knowsWord(vocabulary, p, 3))
        ? joined
        : undefined);
    if (!fixed) return run;
    repairs.push({ kind: 'letter-spacing', before: run, after: fixed });
    return fixed;
  });
  // A capital letter cut off an abbreviation: «У ОН» → «УОН».
  out = out.replace(/(?<![\p{L}\d])(\p{Lu}) (\p{Lu}{2,})(?![\p{L}\d])/gu, (match, a: string, b: string) => {
    const abbr = findAbbreviation(vocabulary, a + b);
    if (!abbr || abbr !== a + b) return match;
    repairs.push({ kind: 'letter-spacing', before: match, after: abbr });
    return abbr;
  });
  return { text: out, repairs };
}

/** A capital letter cut off a surname before initials: «У глава Я.М.» → «Углава Я.М.». */
export function repairBrokenSurname(text: string): Repaired {
  const repairs: Repair[] = [];
  const out = text.replace(
    /(?<![\p{L}\d])(\p{Lu}) (\p{Ll}{3,})(?= \p{Lu}\.\s?\p{Lu}\.?)/gu,
    (match, a: string, b: string) => {
      repairs.push({ kind: 'broken-word', before: match, after: a + b });
      return a + b;
    },
  );
  return { text: out, repairs };
}

/**
 * Pieces of one word cut apart by the extraction («ОБРАЗОВА ТЕЛЬНЫХ», «РЕЗУЛЬ ТА ТОВ»): joined when the joined
 * word occurs in the document and a piece does not.
 */
export function repairBrokenWords(text: string, vocabulary: Vocabulary): Repaired {
  const repairs: Repair[] = [];
  const tokens = text.split(/( +)/);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i] ?? '';
    if (/^\p{L}+$/u.test(token)) {
      // Try joining with the next one or two word tokens.
      for (const span of [2, 1]) {
        const pieces = [token];
        for (let k = 1; k <= span; k++) pieces.push(tokens[i + 2 * k] ?? '');
        if (!pieces.every((p) => /^\p{L}+$/u.test(p))) continue;
        if (tokens[i + 1] !== ' ' || (span === 2 && tokens[i + 3] !== ' ')) continue;
        const joined = pieces.join('');
        const sameCase =
          pieces.every((p) => p === p.toUpperCase()) || pieces.slice(1).every((p) => p === p.toLowerCase());
        if (!sameCase || joined.length < 7) continue;
        if (!knowsWord(vocabulary, joined, 2)) continue;
        if (pieces.every((p) => knowsWord(vocabulary, p))) continue;
        repairs.push({ kind: 'broken-word', before: pieces.join(' '), after: joined });
        token = joined;
        i += 2 * span;
        break;
      }
    }
    out.push(token);
  }
  return { text: out.join(''), repairs };
}

/** «Шорохова Я. В.» → «Шорохова Я.В.» (how the same document writes every other name). */
export function repairInitials(text: string): Repaired {
  const repairs: Repair[] = [];
  // A non-breaking space (Word puts one between initials) is a space like any other here.
  const out = text.replace(/(\p{Lu}\p{Ll}+)[ \u00a0](\p{Lu}\.)[ \u00a0](\p{Lu}\.)/gu, (match, ...parts: string[]) => {
    const after = `${parts[0]} ${parts[1]}${parts[2]}`;
    repairs.push({ kind: 'initials', before: match, after });
    return after;
  });
  return { text: out, repairs };
}

/**
 * Joins the lines of a cell into its text. A word hyphenated at a line end is joined without the hyphen when the
 * whole word occurs in the document («ра-» + «боте» → «работе»), and kept with it otherwise
 * («учителей-» + «предметников»). List lines («- …», «• …») stay lines.
 */
export function joinLines(lines: readonly string[], vocabulary: Vocabulary): Repaired {
  const repairs: Repair[] = [];
  // Built as parts and joined once, and the word before a final hyphen kept as the text grows: looking it up in the
  // whole text for each line takes time growing with the square of a cell's size (a cell is untrusted input).
  const parts: string[] = [];
  let tail = ''; // the letters the text ends with
  let hyphenated = ''; // the letters before the text's final hyphen, when it ends with one
  const append = (segment: string, joined: boolean): void => {
    const before = joined ? tail : '';
    const last = trailingLetters(segment, segment.length);
    tail = last.length === segment.length ? before + last : last;
    if (segment.endsWith('-')) {
      const word = trailingLetters(segment, segment.length - 1);
      hyphenated = word.length === segment.length - 1 ? before + word : word;
    } else {
      hyphenated = '';
    }
    parts.push(segment);
  };
  for (const raw of lines) {
    const line = raw.replace(/[ \t\u00a0]+/g, ' ').trim();
    if (!line) continue;
    if (!parts.length) {
      append(line, false);
      continue;
    }
    const hyphen = hyphenated;
    const next = /^(\p{L}+)/u.exec(line);
    if (hyphen && next?.[1] && /^\p{Lu}/u.test(next[1])) {
      // «Февраль-» + «Апрель»: a range written over two lines, not a hyphenated word.
      parts.push(' ');
      append(line, false);
      continue;
    }
    if (hyphen && next?.[1]) {
      const whole = hyphen + next[1];
      if (knowsWord(vocabulary, whole) && !knowsWord(vocabulary, `${hyphen}-${next[1]}`)) {
        repairs.push({ kind: 'hyphenation', before: `${hyphen}- ${next[1]}`, after: whole });
        parts[parts.length - 1] = parts.at(-1)!.slice(0, -1);
        tail = hyphen;
      }
      append(line, true);
      continue;
    }
    parts.push(/^(?:[-–•]|\d+[.)]) /.test(line) ? '\n' : ' ');
    append(line, false);
  }
  return { text: parts.join(''), repairs };
}

/** The letters `text` has just before `end`, found from the end (a pattern anchored at the end backtracks). */
function trailingLetters(text: string, end: number): string {
  let start = end;
  while (start > 0) {
    const low = text.charCodeAt(start - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && start > 1 ? 2 : 1;
    if (!/^\p{L}$/u.test(text.slice(start - pair, start))) break;
    start -= pair;
  }
  return text.slice(start, end);
}

/** Collapses spacing inside each line and trims; keeps line breaks. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** All the unambiguous repairs of a cell's text, in order. */
export function repairCellText(text: string, vocabulary: Vocabulary, options: { names?: boolean } = {}): Repaired {
  const repairs: Repair[] = [];
  let current = text;
  const steps: ((t: string) => Repaired)[] = [
    repairHtmlLists,
    repairZeroOO,
    (t) => repairLetterSpacing(t, vocabulary),
    (t) => repairBrokenWords(t, vocabulary),
  ];
  if (options.names) steps.push(repairBrokenSurname, repairInitials);
  for (const step of steps) {
    const result = step(current);
    current = result.text;
    repairs.push(...result.repairs);
  }
  return { text: tidy(current), repairs };
}
