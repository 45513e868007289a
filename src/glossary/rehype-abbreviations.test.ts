import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAbbreviator } from './abbreviations.ts';
import { rehypeAbbreviations } from './rehype-abbreviations.ts';

test('text of an MDX narrative gets <abbr>, code and existing <abbr> are left alone, the owner picks the scope', () => {
  const scopes: (string | undefined)[] = [];
  const plugin = rehypeAbbreviations({
    abbreviatorFor(owner) {
      scopes.push(owner);
      return createAbbreviator([{ abbr: 'ОО', expansion: 'общеобразовательная организация' }]);
    },
  });
  const tree = {
    type: 'root',
    children: [
      { type: 'element', tagName: 'p', children: [{ type: 'text', value: 'Руководителям ОО.' }] },
      { type: 'element', tagName: 'code', children: [{ type: 'text', value: 'ОО' }] },
    ],
  };
  plugin(tree, { data: { astro: { frontmatter: { owner: 'sochi-uon' } } } });
  assert.deepEqual(scopes, ['sochi-uon']);
  assert.deepEqual(tree.children[0]!.children, [
    { type: 'text', value: 'Руководителям ' },
    { type: 'element', tagName: 'abbr', properties: { title: 'общеобразовательная организация' }, children: [{ type: 'text', value: 'ОО' }] },
    { type: 'text', value: '.' },
  ]);
  assert.deepEqual(tree.children[1]!.children, [{ type: 'text', value: 'ОО' }]);
});
