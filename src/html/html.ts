// HTML written as strings, safe by construction: the pages' tables, calendars and execution are strings (a region's
// pages have hundreds of thousands of cells, and components would cost the build), and in a string every value from
// content must be escaped. `html` escapes every value put into it, unless it is itself `Html` (made by `html`, or
// `trusted` for what another module has already escaped, such as text with its abbreviations marked up).
export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}

function render(value: unknown): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === undefined || value === null || value === false || value === '') return '';
  return escapeHtml(String(value));
}

/** `html\`<td>${text}</td>\``: every value escaped, `Html` values (and lists of them) put in as they are. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]!;
  return new Html(out);
}

/** HTML that another module made and escaped (an abbreviator's markup): put in as it is. */
export function trusted(markup: string): Html {
  return new Html(markup);
}
