import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, html, trusted } from './html.ts';

test('values are escaped, Html and lists of it are put in as they are, nothing is nothing', () => {
  const payload = '"><script>alert(1)</script>';
  const cell = html`<td title="${payload}">${payload}</td>`;
  assert.equal(cell.value, `<td title="${escapeHtml(payload)}">${escapeHtml(payload)}</td>`);
  assert.doesNotMatch(cell.value, /<script>/);
  const row = html`<tr>${[cell, html`<td>${'a & b'}</td>`]}${undefined}${false}${null}</tr>`;
  assert.match(row.value, /^<tr><td title="&quot;&gt;&lt;script&gt;[^"]*">[^<]*<\/td><td>a &amp; b<\/td><\/tr>$/);
  assert.equal(html`<p>${trusted('<abbr title="x">ОО</abbr>')}</p>`.value, '<p><abbr title="x">ОО</abbr></p>');
  assert.equal(html`${0}`.value, '0', 'a number is text');
  assert.equal(String(html`<b>${'&'}</b>`), '<b>&amp;</b>');
});
