// Hostile input for the security tests: order texts that try to run code at build time or put markup into the page,
// and text-field payloads that try to run script in a visitor's browser. Every payload that could run would create
// the file at `marker`, so a test proves that nothing ran by that file's absence.

/** Code that creates `marker` if it ever runs (in the build's Node, or anywhere). */
const run = (marker: string) => `process.getBuiltinModule("node:fs").writeFileSync(${JSON.stringify(marker)}, "ran")`;

/** Order texts the check must refuse (each one a paragraph of its own). */
export function refusedOrderTexts(marker: string): { name: string; text: string }[] {
  const code = run(marker);
  return [
    { name: 'an expression dressed as a comment', text: `{/**/ ${code} /**/}` },
    {
      name: 'an expression inside a GFM table row that looks like a code span',
      text: `| a | b | c |\n| --- | --- | --- |\n| \`x | {${code}} | y\` |`,
    },
    { name: 'nested comments around code', text: `{/* /* */ ${code} /* */}` },
    { name: 'a template literal', text: `{\`\${${code}}\`}` },
    { name: 'an escaped backslash before an expression', text: `\\\\{${code}}` },
    { name: 'an expression as a link address', text: `[ссылка]({${code}})` },
    { name: 'an expression in a table cell', text: `| a |\n| --- |\n| {${code}} |` },
    { name: 'Fragment set:html', text: `<Fragment set:html={"<script>alert(1)</script>"} />` },
    { name: 'JSX with an expression attribute', text: `<a href={${code}}>ссылка</a>` },
    { name: 'a spread expression', text: `<b {...{ x: ${code} }}>x</b>` },
    { name: 'an import', text: `import fs from "node:fs"` },
    { name: 'an export', text: `export const x = ${code}` },
    { name: 'a script element', text: `<script>${code}</script>` },
    { name: 'an image that runs script', text: `<img src="x" onerror="alert(1)" />` },
    { name: 'a meta refresh', text: `<meta http-equiv="refresh" content="0;url=https://evil.example" />` },
    { name: 'a javascript: link', text: `[нажмите](javascript:alert(1))` },
    { name: 'a javascript: link in a table', text: `| a |\n| --- |\n| [x](javascript:alert(1)) |` },
    { name: 'a protocol-relative link', text: `[файл](//evil.example/order.pdf)` },
    { name: 'an image from another host', text: `![печать](https://evil.example/track.png)` },
  ];
}

/** Order texts that look hostile but are text, and must be published as text: no markup, nothing run. */
export function textualOrderTexts(marker: string): { name: string; text: string; shown: string }[] {
  const code = run(marker);
  return [
    { name: 'escaped braces', text: `\\{${code}\\}`, shown: `{${code}}` },
    {
      name: 'HTML entities',
      text: '&lt;script&gt;alert(1)&lt;/script&gt; &#123;x&#125;',
      shown: '<script>alert(1)</script> {x}',
    },
    { name: 'a code span with braces', text: '`{process.exit()}`', shown: '{process.exit()}' },
    {
      name: 'a link title with braces',
      text: '[официальный сайт](https://example.org "заголовок {x}")',
      shown: 'официальный сайт',
    },
    { name: 'an escaped tag', text: '\\<meta http-equiv="refresh"\\>', shown: '<meta http-equiv="refresh">' },
  ];
}

/**
 * Payloads for text fields: each would add an element with `data-xss` or open a dialog if it reached the page
 * as markup.
 */
export const xssPayloads = [
  '<img data-xss src=x onerror=alert(1)>',
  '"><svg data-xss onload=alert(2)>',
  "'><script data-xss>alert(3)</script>",
  '</title><script data-xss>alert(4)</script>',
  '<a data-xss href="javascript:alert(5)">x</a>',
];
