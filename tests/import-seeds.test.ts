// Importing the five real source texts: the items must match the hand-made transcriptions in src/content/roadmaps
// (number, activity, form, deadline, responsible as text, whitespace aside) for at least 95 % of the items, the report
// must point at every item that does not match, every non-empty source cell must be accounted for, and the written
// file must pass the same validation as `npm run check` except for the fields left for the user to fill.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { formatPlace } from '../src/import/model.ts';
import { expectedItems, importedItems, matchItems } from './support/import-compare.ts';
import { importFile } from './support/import-run.ts';
import { projectRoot } from './support/content-copy.ts';
import { seeds } from './support/import-seeds.ts';

const cellsAccountedFor = 'every non-empty cell is in the file or in the report, and the file validates';
for (const seed of seeds) {
  test(
    `import of ${seed.file} matches ${seed.roadmap} for at least 95 % of the items; ` +
      'the report accounts for the rest',
    async () => {
      const { result, report } = await importFile(path.join(projectRoot, 'sources', seed.file), seed.owner);
      const expected = expectedItems(seed.roadmap);
      const actual = importedItems(result.body);
      const { matched, unmatchedExpected } = matchItems(expected, actual);
      const percent = (100 * matched.length) / expected.length;
      console.log(
        `${seed.file} → ${seed.roadmap}: ${matched.length} of ${expected.length} items match (${percent.toFixed(1)} %)`,
      );
      assert.ok(percent >= 95, `${percent.toFixed(1)} % of the items match`);

      // Each item that does not match is flagged in the report («Угадано — проверьте») at its place in the source.
      assert.equal(actual.length, expected.length, 'as many items as the hand-made roadmap');
      const guesses = report.slice(report.indexOf('Угадано'));
      for (const index of unmatchedExpected) {
        const built = result.body.built[index];
        assert.ok(built, `item ${index} was imported`);
        assert.ok(
          report.includes('Угадано') && guesses.includes(`  - ${formatPlace(built.place)}:`),
          `the report flags ${expected[index]!.number} «${expected[index]!.title.slice(0, 40)}…» ` +
            `at ${formatPlace(built.place)}`,
        );
      }
    },
  );

  test(`import of ${seed.file}: ${cellsAccountedFor}`, async () => {
    const { result, report } = await importFile(path.join(projectRoot, 'sources', seed.file), seed.owner);
    assert.ok(result.cells.length > 0);
    for (const cell of result.cells) {
      if (cell.disposition === 'leftover' || cell.disposition === 'dropped') {
        assert.ok(
          report.includes(formatPlace(cell.place)) ||
            report.includes(`${formatPlace({ ...cell.place, cell: undefined })}:`),
          `the report names ${formatPlace(cell.place)} («${cell.text.slice(0, 30)}»)`,
        );
      }
    }
    // Mapped cells' words are in the file (repairs aside, the first word of each cell is there).
    const yaml = result.yaml.replace(/\s+/g, ' ');
    for (const cell of result.cells.filter((c) => c.disposition === 'mapped')) {
      const word = /[\p{L}\d]{4,}/u.exec(cell.text)?.[0];
      if (word) assert.ok(yaml.includes(word), `«${word}» of ${formatPlace(cell.place)} is in the file`);
    }
    const placeholders = new Set(result.roadmap.placeholders.map((p) => p.path));
    assert.deepEqual(
      result.problems.filter((p) => !placeholders.has(p.field)),
      [],
      'no problems but the fields to fill',
    );
    for (const p of result.roadmap.placeholders)
      assert.ok(report.includes(`  - ${p.path}:`), `the report asks to fill ${p.path}`);
  });
}
