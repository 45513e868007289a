import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadContent } from '../content-model/load-content.ts';
import { readSiteConfig } from '../content-model/site-config.ts';
import { siteContentFrom, type Collections } from '../site/site-content.ts';
import { writeDataFiles } from './write-data-files.ts';
import { decodeItemFacets } from '../search/item-facets.ts';
import { tempDir } from '../../tests/support/temp-dir.ts';
import { copyContent } from '../../tests/support/content-copy.ts';
import { icsProblems } from '../../tests/support/ics-strict.ts';
import { hasIcs, roadmapsOf } from '../site/calendar-pages.ts';

// The project's content with the made-up amendment the editions' tests use.
const contentDir = copyContent(true);
const loaded = loadContent(contentDir);
const entries = <T>(map: Map<string, { id: string; data: T }>) =>
  [...map.values()].map(({ id, data }) => ({ id, data }));
const collections = {
  organizations: entries(loaded.organizations),
  people: entries(loaded.people),
  riskFactors: entries(loaded.riskFactors),
  glossary: entries(loaded.glossary),
  roadmaps: entries(loaded.roadmaps),
  reports: entries(loaded.reports),
} as Collections;
const site = readSiteConfig(contentDir);

const filesOf = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();

test(
  'the data files: the open data of every roadmap, the schema, .ics files of roadmaps, organisations and the portal, ' +
    'and the facets of items for the search',
  () => {
    const dir = tempDir('karta-data-');
    writeDataFiles(dir, siteContentFrom(collections, site, '2026-01-15'));
    const written = filesOf(dir);
    assert.ok(
      written.includes(path.join('data', 'roadmaps.json')) &&
        written.includes(path.join('data', 'roadmap.schema.json')),
    );
    // Every roadmap once, as in force; the files of its later editions are not roadmaps of their own.
    const published = siteContentFrom(collections, site, '2026-01-15').roadmaps;
    assert.equal(published.length, collections.roadmaps.length - 1, 'the demo has one roadmap with two editions');
    for (const { id } of published) {
      assert.ok(written.includes(path.join('data', 'roadmaps', `${id}.json`)), id);
      assert.ok(written.includes(path.join('roadmaps', id, 'calendar.ics')), id);
      // Every seed roadmap has items with dates: the search page narrows them by month with this file.
      const facets = decodeItemFacets(readFileSync(path.join(dir, 'search', 'items', `${id}.json`), 'utf8'));
      assert.ok(facets.size > 0 && [...facets.values()].some((f) => f.months.length > 0), id);
    }
    assert.ok(written.includes('calendar.ics'));
    // Every .ics written passes the strict RFC 5545 checks; an organisation gets one exactly when it has events (a
    // calendar without a component is not valid, and its pages do not link to one).
    const ics = written.filter((f) => f.endsWith('.ics'));
    for (const file of ics) assert.deepStrictEqual(icsProblems(readFileSync(path.join(dir, file), 'utf8')), [], file);
    const content = siteContentFrom(collections, site, '2026-01-15');
    let without = 0;
    for (const id of content.published) {
      const expected = hasIcs(content, roadmapsOf(content, id));
      if (!expected) without++;
      assert.equal(written.includes(path.join('organizations', id, 'calendar.ics')), expected, id);
    }
    assert.ok(without > 0, 'the seeds have organisations without dated items');
    const combined = readFileSync(path.join(dir, 'data', 'roadmaps.json'), 'utf8');
    assert.equal(JSON.parse(combined).roadmaps.length, published.length);
    // A roadmap a line, the same data as in its own file.
    const lines = combined.trimEnd().split('\n').slice(1);
    assert.equal(lines.length, published.length);
    // The earlier edition in a file of its own, listed with the current one in the roadmap's file.
    const amended = JSON.parse(readFileSync(path.join(dir, 'data', 'roadmaps', 'belorechensk-2023-2024.json'), 'utf8'));
    assert.deepEqual(
      amended.editions.map((e: { date: string; current: boolean; data: string }) => [e.date, e.current, e.data]),
      [
        ['2023-04-18', false, 'data/roadmaps/belorechensk-2023-2024/editions/2023-04-18.json'],
        ['2023-09-15', true, 'data/roadmaps/belorechensk-2023-2024.json'],
      ],
    );
    assert.ok(written.includes(path.join('data', 'roadmaps', 'belorechensk-2023-2024', 'editions', '2023-04-18.json')));
    const first = JSON.parse(lines[0]!.replace(/,$/, '')) as { id: string };
    assert.deepEqual(first, JSON.parse(readFileSync(path.join(dir, 'data', 'roadmaps', `${first.id}.json`), 'utf8')));
  },
);

test(
  'the data files pass the published schema of the data files; ' +
    'the source schema, named as such, ' +
    'is not theirs',
  async () => {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const dir = tempDir('karta-data-schema-');
    writeDataFiles(dir, siteContentFrom(collections, site, '2026-01-15'));
    // biome-ignore lint/suspicious/noExplicitAny: read loosely; the files' schema is checked by Ajv in the test below
    const json = (file: string): any => JSON.parse(readFileSync(path.join(dir, 'data', file), 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const one = ajv.compile(json('roadmap.data.schema.json'));
    const every = ajv.compile(json('roadmaps.data.schema.json'));
    const source = ajv.compile(json('roadmap.source.schema.json'));
    // Earlier editions' files too (data/roadmaps/<id>/editions/<date>.json).
    for (const file of filesOf(path.join(dir, 'data', 'roadmaps'))) {
      const data = json(path.join('roadmaps', file));
      assert.ok(one(data), `${file}: ${ajv.errorsText(one.errors)}`);
      assert.equal(source(data), false, `${file} is not a source file`);
    }
    assert.ok(every(json('roadmaps.json')), ajv.errorsText(every.errors));
    const all = json('roadmaps.json');
    // The schema is strict: an unknown field, a date that is not one, a deadline kind that does not exist are refused.
    const broken = structuredClone(all.roadmaps[0]);
    broken.sections[0].colour = 'red';
    assert.equal(one(broken), false);
    const badDate = structuredClone(all.roadmaps[0]);
    badDate.period.start = '01.01.2023';
    assert.equal(one(badDate), false);
    const badKind = structuredClone(all.roadmaps[0]);
    badKind.controlPoints = [
      {
        ...(badKind.sections[0].items ?? badKind.sections[0].sections[0].items)[0],
        deadline: { text: 'x', kind: 'soon', understood: true, occurrences: [] },
      },
    ];
    assert.equal(one(badKind), false);
    const organizations = ajv.compile(json('organizations.data.schema.json'));
    assert.ok(organizations(json('organizations.json')), ajv.errorsText(organizations.errors));
    const badProgress = json('organizations.json');
    badProgress.organizations.find((o: { progress: unknown }) => o.progress).progress.percent = 140;
    assert.equal(organizations(badProgress), false);
  },
);

test('items.csv: UTF-8 with a byte order mark, «;» and CRLF for Excel, one row per item with its dates', async () => {
  const { parse } = await import('csv-parse/sync');
  const dir = tempDir('karta-data-csv-');
  writeDataFiles(dir, siteContentFrom(collections, site, '2026-01-15'));
  const bytes = readFileSync(path.join(dir, 'data', 'items.csv'));
  assert.deepStrictEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'byte order mark');
  const text = bytes.toString('utf8').slice(1);
  assert.ok(text.endsWith('\r\n'), 'CRLF after the last row');
  // Read with CRLF as the only row separator: a row ended otherwise would merge with the next and break the counts.
  const rows = parse(text, { delimiter: ';', record_delimiter: '\r\n' }) as string[][];
  const [header, ...items] = rows;
  assert.deepStrictEqual(header, [
    'Карта',
    'Название карты',
    'Организация',
    'Уровень',
    'Раздел',
    'Номер',
    'Мероприятие',
    'Форма',
    'Срок',
    'Первая дата',
    'Последняя дата',
    'Ответственные',
    'Статус',
    'Статус на дату',
    'Просрочено',
  ]);
  const all = JSON.parse(readFileSync(path.join(dir, 'data', 'roadmaps.json'), 'utf8')).roadmaps as {
    sections: unknown[];
    controlPoints: unknown[];
    mechanisms: unknown[];
  }[];
  const count = (sections: { items?: unknown[]; sections?: unknown[] }[]): number =>
    sections.reduce<number>((n, s) => n + (s.items?.length ?? 0) + count((s.sections ?? []) as never), 0);
  assert.equal(
    items.length,
    all.reduce((n, r) => n + count(r.sections as never) + r.controlPoints.length + r.mechanisms.length, 0),
    'one row per item',
  );
  const first = items.find((r) => r[0] === 'sochi-2023')!;
  assert.equal(first[3], 'муниципальный');
  assert.equal(
    first[4],
    'МУНИЦИПАЛЬНЫЙ УРОВЕНЬ / I. МЕРОПРИЯТИЯ, НАПРАВЛЕННЫЕ НА ОРГАНИЗАЦИЮ РАБОТЫ И МОНИТОРИНГ ШНОР',
    'the section path',
  );
  assert.deepStrictEqual(
    [first[5], first[8], first[9], first[10]],
    ['1.', 'до 30 января 2023 г.', '2023-01-30', '2023-01-30'],
  );
  assert.ok(items.some((r) => r[0] === 'georgievsk-2023-2024' && r[4] === 'Контрольные точки'));
  assert.ok(
    items.every((r) => r.length === 15 && !/^[=+\-@]/.test(r[6]!)),
    'no cell Excel would take for a formula',
  );
  // Excel and LibreOffice end a row at a line break of any kind outside quotes: a deadline written on two lines
  // (Георгиевск, mechanism 3) is one cell, quoted.
  const asExcelReads = parse(text, { delimiter: ';', record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
  assert.equal(asExcelReads.length, rows.length, 'no row broken by a line break inside a cell');
  assert.ok(items.some((r) => r[0] === 'georgievsk-2023-2024' && r[8]!.includes('\n')));
  const reported = items.find((r) => r[0] === 'sochi-example-school-2023' && r[4]!.startsWith('I.') && r[5] === '1.')!;
  assert.deepStrictEqual(
    [reported[12], reported[13], reported[14]],
    ['выполнено', '2023-04-25', ''],
    "the item's status from its report",
  );
  assert.ok(
    items.some((r) => r[0] === 'sochi-example-school-2023' && r[14] === 'да'),
    'an overdue item is marked',
  );
});
