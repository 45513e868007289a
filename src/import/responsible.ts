// Splitting a «responsible» cell into the people and bodies it names, as the source lists them:
// «Лукашова И.Б.,\nЦерекидзе В.Г.» → two; «ЦОКО ИРО КК» → two (known abbreviations); but
// «Рогозин А.С., директор МБОУ СОШ №25» stays one (a person and their position), «руководство, педагогические
// работники ОО» and «руководители ТМС, ШНОР» stay one (the parts share their words), «Классные руководители 9, 11
// классов» stays one (a comma inside a list of numbers), «Углава Я.М. (по согласованию)» stays one.
// A split at a comma between parts that are not names of people nor known bodies («Руководители ОО, педагогические
// работники») is a guess: `readResponsible` says so, and the import report lists it under «Угадано».
import { splitAbbreviations, type Vocabulary } from './vocabulary.ts';

/** «Лукашова И.Б.», «Миронова Е.В» (the source's missing dot kept), «Шорохова Я.В.». */
export const personNamePattern = /\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}\.\s?\p{Lu}\.?/u;
const personAtStart = new RegExp(`^${personNamePattern.source}`, 'u');
const personWhole = new RegExp(`^${personNamePattern.source}$`, 'u');

/** Words that begin a position held by the person named just before («…, директор МБОУ СОШ №25»). */
const positionWords = new RegExp(
  String.raw`^(?:директор|заместитель|зам\.|начальник|методист|специалист|главный|ведущий|старший|руководитель|` +
    String.raw`учитель|педагог|заведующий|председатель|и\.\s?о\.|куратор|советник|консультант|социальный|` +
    'психолог|логопед|дефектолог|тьютор|ответственный|классный|воспитатель|преподаватель|секретарь|' +
    String.raw`библиотекарь|инспектор|эксперт|координатор|организатор|администратор|член|инженер|завуч)(?=[\s,.-]|$)`,
  'u',
);

/**
 * «Заместитель директора по УВР» above «Котова А.Б.» in one cell: a position, and on the next line the name of the
 * person who holds it — one entry, as «Заместитель директора по УВР Котова А.Б.» on one line is.
 */
function namesHolder(position: string, line: string): boolean {
  return (
    personWhole.test(line) &&
    positionWords.test(position.toLowerCase()) &&
    !personNamePattern.test(position) &&
    !/[,;:]$/.test(position)
  );
}

/** Splits on commas and semicolons outside brackets and quotes. */
function splitOutside(text: string, separators: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === '«') quote++;
    else if (ch === '»') quote = Math.max(0, quote - 1);
    if (depth === 0 && quote === 0 && separators.test(ch)) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

const isLowerStart = (s: string) => /^\p{Ll}/u.test(s);
const isAbbreviationOnly = (s: string) => /^[\p{Lu}\d]{2,}(?: [\p{Lu}\d]{2,})*$/u.test(s);

/** Breaks one line (or one comma part) after each person's name that another entry follows on the same line. */
function splitAfterNames(part: string): string[] {
  const out: string[] = [];
  let rest = part;
  for (;;) {
    const match = personAtStart.exec(rest);
    if (!match) break;
    const after = rest.slice(match[0].length);
    // «Ловенецкая И.В. Руководители ОО», «Церекидзе В.Г. Козлова Д.Д.»: a capital after the name starts another entry.
    const next = /^\s+(?=\p{Lu})/u.exec(after);
    if (!next) break;
    out.push(match[0].trim());
    rest = after.slice(next[0].length);
  }
  out.push(rest.trim());
  return out.filter(Boolean);
}

/** A part that names a person or only known bodies: splitting before or after it is no guess. */
function isName(part: string, vocabulary: Vocabulary): boolean {
  return (
    personAtStart.test(part) || isAbbreviationOnly(part) || (splitAbbreviations(vocabulary, part)?.length ?? 0) > 0
  );
}

/** The entries of a responsible cell, as the source writes them (whitespace tidied). */
export function splitResponsible(cell: string, vocabulary: Vocabulary): string[] {
  return readResponsible(cell, vocabulary).entries;
}

/**
 * The entries of a responsible cell, and the comma splits that are guesses: those between parts of which one is
 * neither a person's name nor a known body («Руководители ОО» | «педагогические работники»).
 */
export function readResponsible(cell: string, vocabulary: Vocabulary): { entries: string[]; guessed: string[][] } {
  const guessed: string[][] = [];
  const lines = cell
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  // Lines that continue an entry («педагогические» + «работники», «(участники проекта» + ««500+» 2022 года)»)
  // are joined first; a line that begins with a name or a capital after a finished entry starts a new one.
  const logical: string[] = [];
  for (const line of lines) {
    const previous = logical.at(-1);
    if (previous === undefined) {
      logical.push(line);
      continue;
    }
    const openBracket = (previous.match(/\(/g)?.length ?? 0) > (previous.match(/\)/g)?.length ?? 0);
    const continues =
      openBracket ||
      /^[(«]/.test(line) ||
      (isLowerStart(line) && !/[,;]$/.test(previous) && !positionWords.test(line)) ||
      /[-–]$/.test(previous) ||
      namesHolder(previous, line);
    if (continues) logical[logical.length - 1] = `${previous} ${line}`;
    else logical.push(line);
  }

  const entries: string[] = [];
  for (const line of logical) {
    // «Классные руководители 9, 11 классов»: a comma between numbers lists them, it does not separate entries.
    const parts = splitOutside(line, /[,;]/)
      .reduce<string[]>((list, part) => {
        const previous = list.at(-1);
        if (previous !== undefined && /^\d/.test(part) && /\d$/.test(previous))
          list[list.length - 1] = `${previous}, ${part}`;
        else list.push(part);
        return list;
      }, [])
      .flatMap(splitAfterNames);
    // Elliptical lists share their words: «руководство, педагогические работники ОО», «руководители ТМС, ШНОР».
    const elliptical = parts.some(
      (p, i) =>
        (i < parts.length - 1 && /^\p{Ll}+$/u.test(p)) ||
        (i > 0 && isAbbreviationOnly(p) && isLowerStart(parts[i - 1] ?? '') && !personWhole.test(parts[i - 1] ?? '')),
    );
    if (elliptical && parts.length > 1) {
      entries.push(line.replace(/[,;]\s*$/, '').trim());
      continue;
    }
    const commaParts = splitOutside(line, /[,;]/).length > 1 ? parts : [];
    if (commaParts.length > 1 && commaParts.some((p) => !isName(p, vocabulary)))
      guessed.push(commaParts.map((p) => p.replace(/[,;]\s*$/, '').trim()));
    for (const part of parts) {
      const previous = entries.at(-1);
      // A person's position after their name belongs to them.
      if (previous && personWhole.test(previous) && positionWords.test(part)) {
        entries[entries.length - 1] = `${previous}, ${part}`;
        continue;
      }
      // «ЦОКО ИРО КК»: several known bodies written one after another.
      const bodies = splitAbbreviations(vocabulary, part);
      if (bodies && bodies.length > 1) entries.push(...bodies);
      else entries.push(part);
    }
  }
  const final = entries.map((e) => e.replace(/[,;]\s*$/, '').trim()).filter(Boolean);
  // A guess is one only if the parts did become separate entries (a person's position joined back is not one).
  return { entries: final, guessed: guessed.filter((parts) => parts.every((p) => final.includes(p))) };
}
