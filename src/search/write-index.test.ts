import { test } from 'node:test';
import assert from 'node:assert/strict';
import { globsOf } from './write-index.ts';

test('a batch is looked for folder by folder, each name taken literally', () => {
  assert.deepEqual(globsOf(['roadmaps/a/index.html', 'organizations/c/index.html', 'roadmaps/b.2,{x}/index.html']), [
    { glob: 'roadmaps/{a,b.2\\,\\{x\\}}/index.html', files: 2 },
    { glob: 'organizations/c/index.html', files: 1 },
  ]);
});
