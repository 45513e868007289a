// What a search result shows of a roadmap item, carried in the title Pagefind keeps for the item's row
// (`data-pagefind-title`, src/site/items-table-html.ts): the number and title, then the deadline, the responsible
// and the form, each after a separator, and the status of a reported item at the end («… — просрочено»). A field is
// in the index already as words of the row; kept here too, the result can say «Срок: …» without the search page
// fetching anything more, and the fragment Pagefind compresses grows by little (the same words are in its text).
// Shared by the build and the browser: no imports.

/** Between the fields of the title: a character no roadmap text uses. */
export const fieldSeparator = '␟';

export interface ItemFields {
  /** Number and title. */
  title: string;
  deadline?: string;
  responsible?: string;
  form?: string;
  /** As the execution filter spells it («просрочено»), when reported. */
  status?: string;
}

interface TitledItem {
  number?: string | null;
  title: string;
  form?: string | null;
  deadline: { text: string | null };
  responsible: readonly { text: string }[];
}

const clean = (text: string | null | undefined) => (text ?? '').replaceAll(fieldSeparator, ' ').replace(/\s+/g, ' ').trim();

/** The row's title for the search: «1. Title␟deadline␟responsible␟form — status». */
export function itemTitleForSearch(item: TitledItem, status: string): string {
  const head = clean([item.number, item.title].filter(Boolean).join(' '));
  const fields = [item.deadline.text, item.responsible.map((r) => r.text).join(', '), item.form].map(clean);
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
  const [head = '', deadline, responsible, form] = rest.split(fieldSeparator);
  return { title: head.trim(), ...(deadline ? { deadline } : {}), ...(responsible ? { responsible } : {}), ...(form ? { form } : {}), ...(status ? { status } : {}) };
}
