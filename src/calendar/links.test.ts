import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemUrlFor } from './links.ts';

test('item links: absolute with the site address, from the site root (with the base) without it', () => {
  assert.equal(itemUrlFor('/')('sochi-2023', 'p-municipal-I-1'), '/roadmaps/sochi-2023/#p-municipal-I-1');
  assert.equal(itemUrlFor('/shnor/')('sochi-2023', 'p-municipal-I-1'), '/shnor/roadmaps/sochi-2023/#p-municipal-I-1');
  assert.equal(itemUrlFor('shnor')('r', 'p-1'), '/shnor/roadmaps/r/#p-1');
  assert.equal(
    itemUrlFor('/shnor/', 'https://school7.example.ru')('r', 'p-plan-1-1.1'),
    'https://school7.example.ru/shnor/roadmaps/r/#p-plan-1-1.1',
  );
  assert.equal(
    itemUrlFor('/', 'https://portal.example/')('r', 'control-1'),
    'https://portal.example/roadmaps/r/#control-1',
  );
});
