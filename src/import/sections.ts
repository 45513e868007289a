// Section rows to nested sections: a level («МУНИЦИПАЛЬНЫЙ УРОВЕНЬ») holds parts («I. Мероприятия …»), a part
// holds numbered blocks («1. Мероприятия, направленные на …», «1.1. …»). Each section gets the anchor the site
// uses (`regional`, `municipal`, `school`; the part's numeral; the block's number).

type SectionKind = 'level' | 'heading' | 'part' | 'block';

export interface SectionHead {
  kind: SectionKind;
  id?: string;
  number?: string;
  title: string;
  /** Nesting rank: a section closes every open section of the same or a deeper rank. */
  rank: number;
  /** What was guessed about the section (for the report). */
  guess?: string;
}

const romanPattern = /^([IVXLC]+)\.?\s+(.+)$/su;
const arabicPattern = /^(\d+(?:\.\d+)*)\.?\s*(\S.*)$/su;

function levelId(title: string): string | undefined {
  const t = title.toUpperCase();
  if (/КРАЕВ|РЕГИОНАЛЬН|ОБЛАСТН|РЕСПУБЛИКАНСК/.test(t)) return 'regional';
  if (/МУНИЦИПАЛЬН|РАЙОНН|ГОРОДСК/.test(t)) return 'municipal';
  if (/ОБРАЗОВАТЕЛЬН\S* ОРГАНИЗАЦИ|ШКОЛЬН|\bОО\b/.test(t)) return 'school';
  return undefined;
}

const toRoman = (n: number) => ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][n - 1] ?? String(n);
const fromRoman = (s: string) => ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'].indexOf(s) + 1;

/**
 * Reads a section row's text. `previousPart` is the numeral of the part before at the same level, so that a part
 * whose numeral the extraction mangled («илМЕРОПРИЯТИЯ …» after «I.») can be numbered as the next one (a guess).
 */
export function readSectionHead(text: string, previousPart?: string): SectionHead {
  const title = text.replace(/\s+/g, ' ').trim();
  if (/УРОВЕН[ЬЯ]/iu.test(title) && title.length < 80) {
    return { kind: 'level', id: levelId(title), title, rank: 0 };
  }
  const roman = romanPattern.exec(title);
  if (roman?.[1] && roman[2]) {
    const numeral = roman[1];
    return { kind: 'part', id: numeral, number: numeral, title: stripGarbagePrefix(roman[2]), rank: 1 };
  }
  const arabic = arabicPattern.exec(title);
  if (arabic?.[1] && arabic[2]) {
    const depth = arabic[1].split('.').length;
    const number = title.slice(0, title.indexOf(arabic[2])).trim();
    return { kind: 'block', id: arabic[1], number, title: arabic[2].trim(), rank: 1 + depth };
  }
  // Capitals after a few stray small letters («илМЕРОПРИЯТИЯ …»): the extraction ate the numeral.
  const garbage = /^(\p{Ll}{1,3})(\p{Lu}{3,}.*)$/u.exec(title);
  if (garbage?.[2] && previousPart) {
    const next = toRoman(fromRoman(previousPart) + 1);
    return {
      kind: 'part',
      id: next,
      number: next,
      title: garbage[2],
      rank: 1,
      guess:
        `номер раздела искажён при извлечении («${garbage[1]}…»); ` +
        `принят следующий после «${previousPart}»: «${next}»`,
    };
  }
  return { kind: 'heading', title, rank: 0 };
}

function stripGarbagePrefix(title: string): string {
  return title.replace(/^\p{Ll}{1,2}(?=\p{Lu}{3,})/u, '');
}
