// The Snowball stemmer for Russian, as Pagefind applies it to every word it indexes and to every word of a query
// (Pagefind's `forceLanguage: 'ru'`; https://snowballstem.org/algorithms/russian/stemmer.html). The build needs the
// same stems to know which dictionary forms the stems do not already join: «стажировок» has the stem «стажировок»,
// «стажировка» and «стажировки» the stem «стажировк», so a page with «стажировок» is given «стажировка» too
// (src/search/word-forms.ts). A test compares these stems with the words of a real Pagefind index.
//
// Words are lower case. Like Pagefind, which drops combining marks before stemming, «ё» is read as «е» and «й» as
// «и» (their decomposed forms are «е» and «и» with a mark): Pagefind indexes «район» as «раион».

const vowels = new Set('аеиоуыэюя');

type Group = { endings: string[]; afterAOrYa?: boolean };

/** Endings sorted longest first, as Snowball's `among` takes the longest that matches. */
function among(...groups: Group[]): { ending: string; afterAOrYa: boolean }[] {
  return groups
    .flatMap((g) => g.endings.map((ending) => ({ ending, afterAOrYa: Boolean(g.afterAOrYa) })))
    .sort((a, b) => b.ending.length - a.ending.length);
}

const perfectiveGerund = among(
  { endings: ['в', 'вши', 'вшись'], afterAOrYa: true },
  { endings: ['ив', 'ивши', 'ившись', 'ыв', 'ывши', 'ывшись'] },
);
const adjective = among({
  endings: [
    'ее',
    'ие',
    'ые',
    'ое',
    'ими',
    'ыми',
    'ей',
    'ий',
    'ый',
    'ой',
    'ем',
    'им',
    'ым',
    'ом',
    'его',
    'ого',
    'ему',
    'ому',
    'их',
    'ых',
    'ую',
    'юю',
    'ая',
    'яя',
    'ою',
    'ею',
  ],
});
const participle = among(
  { endings: ['ем', 'нн', 'вш', 'ющ', 'щ'], afterAOrYa: true },
  { endings: ['ивш', 'ывш', 'ующ'] },
);
const reflexive = among({ endings: ['ся', 'сь'] });
const verb = among(
  {
    endings: ['ла', 'на', 'ете', 'йте', 'ли', 'й', 'л', 'ем', 'н', 'ло', 'но', 'ет', 'ют', 'ны', 'ть', 'ешь', 'нно'],
    afterAOrYa: true,
  },
  {
    endings: [
      'ила',
      'ыла',
      'ена',
      'ейте',
      'уйте',
      'ите',
      'или',
      'ыли',
      'ей',
      'уй',
      'ил',
      'ыл',
      'им',
      'ым',
      'ен',
      'ило',
      'ыло',
      'ено',
      'ят',
      'ует',
      'уют',
      'ит',
      'ыт',
      'ены',
      'ить',
      'ыть',
      'ишь',
      'ую',
      'ю',
    ],
  },
);
const noun = among({
  endings: [
    'а',
    'ев',
    'ов',
    'ие',
    'ье',
    'е',
    'иями',
    'ями',
    'ами',
    'еи',
    'ии',
    'и',
    'ией',
    'ей',
    'ой',
    'ий',
    'й',
    'иям',
    'ям',
    'ием',
    'ем',
    'ам',
    'ом',
    'о',
    'у',
    'ах',
    'иях',
    'ях',
    'ы',
    'ь',
    'ию',
    'ью',
    'ю',
    'ия',
    'ья',
    'я',
  ],
});
const derivational = among({ endings: ['ост', 'ость'] });

/**
 * Removes the longest of `endings` that ends `word` within the region from `limit` on, when its condition holds
 * (Snowball's `among`: the longest match decides; if its condition fails, nothing is removed). Returns the shorter
 * word, or undefined.
 */
function removeEnding(
  word: string,
  limit: number,
  endings: readonly { ending: string; afterAOrYa: boolean }[],
): string | undefined {
  for (const { ending, afterAOrYa } of endings) {
    if (!word.endsWith(ending) || word.length - ending.length < limit) continue;
    const start = word.length - ending.length;
    if (afterAOrYa) {
      const before = word[start - 1];
      if (start - 1 < limit || (before !== 'а' && before !== 'я')) return undefined;
    }
    return word.slice(0, start);
  }
  return undefined;
}

/** RV (after the first vowel) and R2, as positions in the word. */
function regions(word: string): { rv: number; r2: number } {
  const n = word.length;
  let i = 0;
  while (i < n && !vowels.has(word[i]!)) i++;
  if (i >= n) return { rv: n, r2: n };
  const rv = i + 1;
  // R1: after the first non-vowel following a vowel; R2: the same within R1.
  let j = rv;
  while (j < n && vowels.has(word[j]!)) j++;
  if (j >= n) return { rv, r2: n };
  j++;
  while (j < n && !vowels.has(word[j]!)) j++;
  if (j >= n) return { rv, r2: n };
  j++;
  while (j < n && vowels.has(word[j]!)) j++;
  if (j >= n) return { rv, r2: n };
  return { rv, r2: j + 1 };
}

/** A word as Pagefind stems it: without combining marks (NFD), so «ё» → «е», «й» → «и». */
export function withoutMarks(word: string): string {
  return /[ёй]/.test(word) || !/^[а-я]*$/.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '') : word;
}

export function russianStem(input: string): string {
  let word = withoutMarks(input);
  const { rv, r2 } = regions(word);
  if (rv >= word.length) return word;
  // Step 1: a perfective gerund, or else (after a reflexive ending) an adjectival, verb or noun ending.
  const gerund = removeEnding(word, rv, perfectiveGerund);
  if (gerund !== undefined) {
    word = gerund;
  } else {
    word = removeEnding(word, rv, reflexive) ?? word;
    const adjectival = removeEnding(word, rv, adjective);
    if (adjectival !== undefined) word = removeEnding(adjectival, rv, participle) ?? adjectival;
    else word = removeEnding(word, rv, verb) ?? removeEnding(word, rv, noun) ?? word;
  }
  // Step 2: a final «и».
  if (word.endsWith('и') && word.length - 1 >= rv) word = word.slice(0, -1);
  // Step 3: a derivational ending in R2.
  word = removeEnding(word, Math.max(r2, rv), derivational) ?? word;
  // Step 4: superlative «ейш(е)» and a doubled «н», or a final «ь».
  if (word.length - 4 >= rv && word.endsWith('ейше')) word = word.slice(0, -4);
  else if (word.length - 3 >= rv && word.endsWith('ейш')) word = word.slice(0, -3);
  else if (word.endsWith('нн') && word.length - 2 >= rv) return word.slice(0, -1);
  else if (word.endsWith('ь') && word.length - 1 >= rv) return word.slice(0, -1);
  else return word;
  // After a superlative ending, a doubled «н» is undoubled.
  return word.endsWith('нн') && word.length - 2 >= rv ? word.slice(0, -1) : word;
}
