// Which addresses content may link to: a page of another site (http, https), mail or a phone, or a path on this
// site. Anything else — `javascript:`, `data:`, `vbscript:` — would let a content file run code in a visitor's
// browser from a link, so it is refused where links are written (schemas, the MDX text).

const allowedSchemes = new Set(['http', 'https', 'mailto', 'tel']);

/** Whether `address` is safe to put in a link's href. */
export function isSafeLink(address: string): boolean {
  // As a browser reads it (WHATWG URL): spaces and control characters around it, tabs and line breaks anywhere
  // (`java\nscript:` is `javascript:`), are dropped.
  const read = address.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  // `//host/…` (and `/\host`, `\\host`, which browsers read the same way) leaves the site with the page's scheme:
  // it looks like a path on the site but is another site's address.
  if (/^[/\\]{2}/.test(read)) return false;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(read)?.[1];
  return scheme === undefined || allowedSchemes.has(scheme.toLowerCase());
}

export const unsafeLinkMessage =
  'адрес ссылки: https://…, http://…, mailto:… или путь на сайте (/files/…); ' +
  'другие виды адресов (javascript:, data:, //другой-сайт) не допускаются';
