import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSafeLink } from './safe-link.ts';

test('links to other sites, mail, phones and paths of the site are allowed', () => {
  for (const address of [
    'https://example.org/a.pdf',
    'http://school.ru',
    'mailto:info@school.ru',
    'tel:+78612000000',
    '/files/order.pdf',
    'files/order.pdf',
    '#p-1',
    'HTTPS://EXAMPLE.ORG',
  ]) {
    assert.ok(isSafeLink(address), address);
  }
});

test('script and data addresses are refused, however they are disguised', () => {
  for (const address of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ]) {
    assert.equal(isSafeLink(address), false, JSON.stringify(address));
  }
});

test('addresses without a scheme that leave the site are refused: they look like paths of the site', () => {
  for (const address of [
    '//evil.example/x.pdf',
    ' //evil.example',
    '/\\evil.example/x',
    '\\\\evil.example\\x',
    '/\t/evil.example',
  ]) {
    assert.equal(isSafeLink(address), false, JSON.stringify(address));
  }
});
