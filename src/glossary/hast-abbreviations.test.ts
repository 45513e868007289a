import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAbbreviator } from './abbreviations.ts';
import { markAbbreviations } from './hast-abbreviations.ts';

test('text of an order gets <abbr>, code and existing <abbr> are left alone', () => {
  const tree = {
    type: 'root',
    children: [
      { type: 'element', tagName: 'p', children: [{ type: 'text', value: 'Руководителям ОО.' }] },
      { type: 'element', tagName: 'code', children: [{ type: 'text', value: 'ОО' }] },
      { type: 'element', tagName: 'abbr', properties: { title: 'x' }, children: [{ type: 'text', value: 'ОО' }] },
    ],
  };
  markAbbreviations(tree, createAbbreviator([{ abbr: 'ОО', expansion: 'общеобразовательная организация' }]));
  assert.deepEqual(tree.children[0]!.children, [
    { type: 'text', value: 'Руководителям ' },
    {
      type: 'element',
      tagName: 'abbr',
      properties: { title: 'общеобразовательная организация' },
      children: [{ type: 'text', value: 'ОО' }],
    },
    { type: 'text', value: '.' },
  ]);
  assert.deepEqual(tree.children[1]!.children, [{ type: 'text', value: 'ОО' }]);
  assert.deepEqual(tree.children[2]!.children, [{ type: 'text', value: 'ОО' }]);
});
