// The Word and Excel copies of every seed roadmap import back into the same items with the real importer
// (`karta import`'s pipeline): number, activity, form, deadline and responsible, in document order, all of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dataById, loadContent } from '../src/content-model/load-content.ts';
import { roadmapToOpenData } from '../src/open-data/roadmap-json.ts';
import { officeLayout } from '../src/documents/office-layout.ts';
import { roadmapDocx } from '../src/documents/roadmap-docx.ts';
import { roadmapXlsx } from '../src/documents/roadmap-xlsx.ts';
import { expectedItems, importedItems, matchItems } from './support/import-compare.ts';
import { importBytes } from './support/import-run.ts';
import { seeds } from './support/import-seeds.ts';
import { realContent } from './support/content-copy.ts';

const lookups = dataById(loadContent(realContent));
const writers = { docx: roadmapDocx, xlsx: roadmapXlsx };

for (const seed of seeds) {
  for (const [format, write] of Object.entries(writers)) {
    test(`${seed.roadmap}: its ${format.toUpperCase()} copy imports back into the same items`, async () => {
      const layout = officeLayout(roadmapToOpenData(seed.roadmap, lookups.roadmaps.get(seed.roadmap)!, lookups));
      const bytes = await write(layout);
      const { result } = await importBytes(bytes, `${seed.roadmap}.${format}`, seed.owner);
      const expected = expectedItems(seed.roadmap);
      const actual = importedItems(result.body);
      const { matched, unmatchedExpected } = matchItems(expected, actual);
      assert.equal(actual.length, expected.length);
      assert.deepEqual(
        unmatchedExpected.map((i) => expected[i]),
        [],
        'every item comes back as it was',
      );
      assert.equal(matched.length, expected.length);
    });
  }
}
