// Which lines above a table are its caption: the title right above it, over all its lines («Дорожная карта» /
// «по переходу МБОУ … на 2024–2025 учебный год»), never an approval stamp or an appendix line between the title and
// the table («Утверждена приказом … от … № …», «Приложение 1 к приказу …») nor a page number. Those stay in the
// document's text, where the order's requisites are read from; a caption taken from them would also become the
// roadmap's title. Shared by the readers of Word documents, sheets and text.

/** Markdown's emphasis and heading marks, which say nothing of what a line is. */
const plain = (text: string) =>
  text
    .replace(/\*\*/g, '')
    .replace(/^#+\s*/, '')
    .trim();

const stamp = new RegExp(
  '^(?:утвержд|приложени|согласован|принят|рассмотрен|приказ|распоряжени|постановлени)' +
    String.raw`|^от\s+«?\d|^№\s*\d|_{3,}`,
  'iu',
);
/** A page number alone on its line: «2», «- 2 -». */
export const bareNumber = /^[-–—]?\s*\d{1,4}\s*[-–—]?$/u;
/** A page number in words («Страница 2 из 3», «стр. 2»): nothing else is written so, wherever it stands. */
export const pageNumberInWords = /^(?:страница|стр\.?)\s*\d{1,4}(?:\s*(?:из|\/)\s*\d{1,4})?$/iu;
const pageNumber = (line: string) => bareNumber.test(line) || pageNumberInWords.test(line);

/** An approval stamp's, an appendix's or a signature's line, or a page number: never a table's caption. */
export function isNotCaption(text: string): boolean {
  const line = plain(text);
  return stamp.test(line) || pageNumber(line);
}

const endsSentence = (text: string) => /[.;:]$/.test(plain(text));
const inCapitals = (text: string) => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
const titleStart = /^(?:дорожная\s+карта|план(?:-график)?|программа|антирисковая\s+программа)(?![\p{L}-])/iu;

/**
 * The line above goes on into the line below as one title: the lower line starts in small letters (the sentence
 * goes on), both are in capitals, or the upper line is the title's opening words («Дорожная карта», «ПЛАН»).
 */
function continuesTitle(upper: string, lower: string): boolean {
  if (isNotCaption(upper) || endsSentence(upper)) return false;
  const [a, b] = [plain(upper), plain(lower)];
  return /^[\p{Ll}«(]/u.test(b) || (inCapitals(a) && inCapitals(b)) || (titleStart.test(a) && a.length <= 40);
}

/**
 * The caption's lines among the lines above a table (in document order, the nearest last; the caller gives only
 * lines after the table before, so that no caption is taken twice). `near` says whether a line is close enough to
 * the one below it to belong with it. An approval stamp right above the table is passed over to the title above it.
 */
export function captionLines<T extends { text: string }>(
  above: readonly T[],
  near: (upper: T, lower: T) => boolean,
): T[] {
  let end = above.length - 1;
  while (end >= 0 && isNotCaption(above[end]!.text)) {
    if (end === 0 || !near(above[end - 1]!, above[end]!)) return [];
    end--;
  }
  const last = above[end];
  if (!last || endsSentence(last.text) || last.text.length > 300) return [];
  let first = end;
  while (
    first > 0 &&
    end - first < 3 &&
    near(above[first - 1]!, above[first]!) &&
    continuesTitle(above[first - 1]!.text, above[first]!.text)
  )
    first--;
  return above.slice(first, end + 1);
}
