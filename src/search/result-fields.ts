// What a search result shows of a roadmap item, carried in the title Pagefind keeps for the item's row
// (`data-pagefind-title`, src/site/items-table-html.ts): the number and title, then the deadline and the responsible,
// each after a separator, and the status of a reported item at the end («… — просрочено»). A field is in the index
// already as words of the row; kept here too, the result can say «Срок: …» without the search page fetching anything
// more, and the text Pagefind compresses grows by little (the same words are in it). The form is left out: it would
// cost a first query as much again and says little the title does not.
// Shared by the build and the browser: no imports.

/** Between the fields of the title: a character no roadmap text uses. */
export const fieldSeparator = '␟';

export interface ItemFields {
  /** Number and title. */
  title: string;
  deadline?: string;
  responsible?: string;
  /** As the execution filter spells it («просрочено»), when reported. */
  status?: string;
}

interface TitledItem {
  number?: string | null;
  title: string;
  deadline: { text: string | null };
  responsible: readonly { text: string }[];
}

const clean = (text: string | null | undefined) =>
  (text ?? '').replaceAll(fieldSeparator, ' ').replace(/\s+/g, ' ').trim();

/** The row's title for the search: «1. Title␟deadline␟responsible — status». */
export function itemTitleForSearch(item: TitledItem, status: string): string {
  const head = clean([item.number, item.title].filter(Boolean).join(' '));
  const fields = [item.deadline.text, item.responsible.map((r) => r.text).join(', ')].map(clean);
  const tail = fields.some(Boolean) ? fields.map((f) => `${fieldSeparator}${f}`).join('') : '';
  return `${head}${tail}${status ? ` — ${status}` : ''}`;
}

/** The fields of a title written by itemTitleForSearch (`statuses`: the status names it may end with). */
export function itemFieldsOf(title: string, statuses: readonly string[]): ItemFields {
  let rest = title;
  let status: string | undefined;
  for (const name of statuses) {
    if (rest.endsWith(` — ${name}`)) {
      status = name;
      rest = rest.slice(0, -` — ${name}`.length);
      break;
    }
  }
  const [head = '', deadline, responsible] = rest.split(fieldSeparator);
  return {
    title: head.trim(),
    ...(deadline ? { deadline } : {}),
    ...(responsible ? { responsible } : {}),
    ...(status ? { status } : {}),
  };
}
