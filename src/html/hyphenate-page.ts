// In the browser, at the largest print of the version for the visually impaired (html[data-font='3'], public/a11y.js):
// soft hyphens in the long words of the page's headings (src/html/hyphenate.ts says why). Added here rather than in
// the built pages so that the text the search indexes, the PDF's text layer and copied text keep whole words; the
// Russian patterns load only for this setting. `data-hyphenated` on <html> says when it is done.
const root = document.documentElement;

async function hyphenateHeadings(): Promise<void> {
  const { softHyphens } = await import('./hyphenate.ts');
  for (const heading of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // An abbreviation is short, and its expansion is written after it when focused (public/abbreviations.js).
      if (node.parentElement?.closest('abbr')) continue;
      const text = node.nodeValue ?? '';
      const hyphenated = softHyphens(text);
      if (hyphenated !== text) node.nodeValue = hyphenated;
    }
  }
  root.setAttribute('data-hyphenated', '');
}

let started = false;
function whenLargest(): void {
  if (started || root.getAttribute('data-font') !== '3') return;
  started = true;
  void hyphenateHeadings();
}

whenLargest();
new MutationObserver(whenLargest).observe(root, { attributes: true, attributeFilter: ['data-font'] });
