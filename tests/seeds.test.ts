// The five seed documents as content: complete (the counts of sources/README.md) and faithful (items checked word
// for word against the extracted source text in sources/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { dataById, loadContent, errorsOf } from '../src/content-model/load-content.ts';
import { walkItems, walkSections } from '../src/content-model/roadmap-structure.ts';
import { responsibleToOpen } from '../src/open-data/roadmap-json.ts';
import type { Item, Section } from '../src/content-model/schemas.ts';
import { projectRoot, realContent } from './support/content-copy.ts';

const content = loadContent(realContent);
const lookups = dataById(content);
const sharedSeeds = path.join(projectRoot, 'sources');

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();
function sourceText(file: string): string {
  return normalize(readFileSync(path.join(sharedSeeds, file), 'utf8'));
}

function roadmap(id: string) {
  const entry = content.roadmaps.get(id);
  assert.ok(entry, `roadmap ${id} exists`);
  return entry.data;
}

/** Items per section that holds items, keyed by section anchor. */
function counts(id: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const visit of walkSections<Item, Section>(roadmap(id).sections)) {
    if (visit.section.items) out[visit.anchor] = visit.section.items.length;
  }
  return out;
}

function item(id: string, anchor: string): Item {
  const found = [...walkItems<Item, Section>(roadmap(id).sections)].find((v) => v.anchor === anchor);
  assert.ok(found, `${id}#${anchor} exists`);
  return found.item;
}

const responsibleText = (i: Item) => (i.responsible ?? []).map((r) => responsibleToOpen(r, lookups).text);

/** Each value is in the source document as written (whitespace aside). */
function assertInSource(file: string, ...values: (string | undefined)[]) {
  const source = sourceText(file);
  for (const value of values) {
    assert.ok(value, 'value present');
    assert.ok(source.includes(normalize(value)), `«${value}» is in ${file}`);
  }
}

test('seed content is valid', () => {
  assert.deepEqual(errorsOf(content.problems), []);
  assert.ok(existsSync(sharedSeeds), `seed documents found at ${sharedSeeds}`);
});

test('000 Sochi: 21 + 11 municipal and 12 + 8 school items, exact items', () => {
  assert.deepEqual(counts('sochi-2023'), {
    's-municipal-I': 21,
    's-municipal-II': 11,
    's-school-I': 12,
    's-school-II': 8,
  });
  const first = item('sochi-2023', 'p-municipal-I-1');
  assert.equal(first.number, '1.');
  assert.equal(
    first.title,
    'Разработка и утверждение муниципальной дорожной карты, направленной на повышение качества ' +
      'образовательных результатов в ШНОР',
  );
  assert.equal(first.form, 'приказ УОН');
  assert.equal(first.deadline, 'до 30 января 2023 г.');
  assert.deepEqual(responsibleText(first), ['Лукашова И.Б.', 'Сапелкина Л.В.', 'Миронова Е.В.', 'Церекидзе В.Г.']);
  const last = item('sochi-2023', 'p-school-II-8');
  assert.equal(last.title, 'Внесение изменений в Положение о внутренней системе оценки качества образования');
  assert.deepEqual([last.form, last.deadline], ['ВСОКО', 'декабрь 2023 г.']);
  assertInSource('000_95093b87e5d69197.txt', first.title, first.deadline, item('sochi-2023', 'p-municipal-II-6').title);
  const sochi = roadmap('sochi-2023');
  assert.deepEqual(
    [sochi.order.date, sochi.order.issuer, sochi.basedOn],
    ['2023-03-23', 'sochi-uon', ['krasnodar-krai-2023']],
  );
});

test(
  '001 Apsheronsk: 45 rows with the gap at 41 and the unnumbered row after 29, ' + 'six schools with ФИС ОКО logins',
  () => {
    const items = roadmap('apsheronsk-2021').sections[0]!.items!;
    assert.equal(items.length, 45);
    const numbers = items.map((i) => i.number);
    assert.ok(!numbers.includes('41.'), 'no 41 in the source');
    assert.deepEqual(numbers.slice(28, 31), ['29.', undefined, '30.']);
    assert.deepEqual(numbers.slice(38, 42), ['38.', '39.', '40.', '42.']);
    assert.equal(items[44]?.number, '45.');
    assert.deepEqual(
      [items[0]?.title, items[0]?.form, items[0]?.deadline],
      ['Издание приказа о создании муниципального сообщества тьюторов', 'приказ', 'декабрь 2020'],
    );
    assert.equal(
      items.some((i) => i.responsible),
      false,
      'the source has no responsible column',
    );
    assertInSource('001_c9417ca1234b8be1.txt', items[0]?.title, items[22]?.title, items[22]?.deadline);
    const schools = roadmap('apsheronsk-2021').schools ?? [];
    assert.equal(schools.length, 6);
    for (const school of schools) {
      const org = content.organizations.get(school)?.data;
      assert.equal(org?.kind, 'school');
      assert.match(org?.fisOkoLogin ?? '', /^sch\d+$/);
      assertInSource('001_c9417ca1234b8be1.txt', org?.fisOkoLogin);
    }
    assert.equal(roadmap('apsheronsk-2021').order.number, '59/0103');
  },
);

test(
  '002 Georgievsk: 25 plan items in 5 sections, 8 control points, 5 mechanisms, specialists, goal, indicators, ' +
    'directions',
  () => {
    const g = roadmap('georgievsk-2023-2024');
    assert.deepEqual(Object.values(counts('georgievsk-2023-2024')), [3, 5, 7, 7, 3]);
    assert.equal(g.controlPoints?.length, 8);
    assert.equal(g.mechanisms?.length, 5);
    assert.equal(g.indicators?.length, 3);
    assert.deepEqual(
      g.directions?.map((d) => d.number?.replace(/\.$/, '')),
      ['1', '2', '3', '3', '4', '5'],
    );
    assert.equal(
      g.specialists?.filter((s) => s.person === 'georgievsk-kovaleva-vyu').length,
      2,
      'one person listed twice',
    );
    assert.match(g.goal ?? '', /^повышение показателей качества образования в школах с низкими результатами обучения/);
    const cp = g.controlPoints![0]!;
    assert.deepEqual(
      [cp.number, cp.deadline, responsibleText(cp)],
      ['1', 'Декабрь, май отчетного года', ['Ковалева В.Ю.']],
    );
    const last = item('georgievsk-2023-2024', 'p-plan-5-5.3');
    assert.equal(last.title, 'Открытие ЦОС на базе МБОУ СОШ № 25 пос. Новоульяновского');
    assert.equal(last.reports, 'План работы, план сетевого взаимодействия');
    assertInSource('002_7c3c0ab9f92a9e58.txt', cp.title, g.mechanisms![4]!.title, last.title, last.reports);
    assert.equal(g.order.number, '1119');
  },
);

test(
  '003 Krasnodar: 31 + 71 regional, 24 + 12 municipal, 12 + 6 school items, ' +
    'the coordination centre and the official abbreviations',
  () => {
    assert.deepEqual(counts('krasnodar-krai-2023'), {
      's-regional-I': 31,
      's-regional-II': 71,
      's-municipal-I': 24,
      's-municipal-II': 12,
      's-school-I': 12,
      's-school-III': 6,
    });
    const k = roadmap('krasnodar-krai-2023');
    const first = item('krasnodar-krai-2023', 'p-regional-I-1');
    assert.deepEqual(
      [first.title, first.form, first.deadline, responsibleText(first)],
      [
        'Определение регионального координатора и муниципальных координаторов по работе со ШНОР',
        'приказ МОНиМП КК',
        'до 30 января 2023 г.',
        ['МОНиМП КК'],
      ],
    );
    assert.equal(
      item('krasnodar-krai-2023', 'p-regional-I-2').title,
      'Заселение координационного центра',
      'the source typo is kept',
    );
    // Extraction dumped the responsible cells of items 2–11 of regional part II into item 1; they are back in place.
    assert.deepEqual(responsibleText(item('krasnodar-krai-2023', 'p-regional-II-3')), ['ИРО КК']);
    const school = item('krasnodar-krai-2023', 'p-school-III-6');
    assert.deepEqual([school.form, school.deadline], ['ВСОКО', 'декабрь 2023 г.']);
    assertInSource(
      '003_aeba9ef5a97725a6.txt',
      first.title,
      item('krasnodar-krai-2023', 'p-regional-II-48').title,
      school.title,
    );
    assert.equal(k.committees?.[0]?.members.length, 14);
    assert.ok((k.abbreviations?.length ?? 0) >= 7);
    for (const a of k.abbreviations ?? []) {
      assert.ok(
        [...content.glossary.values()].some((g) => g.data.abbr === a.abbr),
        `${a.abbr} is in the glossary`,
      );
    }
    assert.deepEqual([k.order.number, k.order.date, k.level], ['681', '2023-03-06', 'regional']);
  },
);

test('004 Belorechensk: goal, 5 tasks, 14 coded risk parameters in the audit, 29 items linked to them', () => {
  const b = roadmap('belorechensk-2023-2024');
  assert.equal(b.tasks?.length, 5);
  assert.equal(b.audit?.rows.length, 14);
  const list = content.riskFactors.get(b.riskFactors ?? '')?.data;
  assert.equal(list?.factors.length, 5);
  assert.equal(list?.factors.flatMap((f) => f.parameters ?? []).length, 14);
  assert.deepEqual(Object.values(counts('belorechensk-2023-2024')), [29]);
  const first = item('belorechensk-2023-2024', 'p-II-1');
  assert.deepEqual(
    [first.title, first.form, first.deadline, first.venue, first.riskCodes, responsibleText(first)],
    [
      '«Инновационная деятельность – условие развития системы образования»',
      'Муниципальный педагогический форум',
      'Март 2023',
      'МБОУ СОШ № 2',
      ['1.1.'],
      ['УО', 'ЦРО', 'директор МБОУ СОШ № 2'],
    ],
  );
  assertInSource(
    '004_a99dcda4ede82080.txt',
    first.title,
    first.audience,
    item('belorechensk-2023-2024', 'p-II-29').title,
  );
  assert.equal(b.order.number, '600');
});

test('the glossary explains every abbreviation the roadmaps use in their own lists', () => {
  const abbrs = new Set([...content.glossary.values()].map((g) => g.data.abbr));
  for (const abbr of [
    'ШНОР',
    'ШССУ',
    'ОО',
    'УО',
    'УОН',
    'ТМС',
    'МНЦ',
    'МТКП',
    'ИОМ',
    'ВПР',
    'ГИА',
    'ЕГЭ',
    'ОГЭ',
    'ВСОКО',
    'КТП',
    'КПК',
    'ИРО КК',
    'ЦОКО',
    'ЦСО',
    'ЦРО',
    'СЦРО',
    'МОНиМП КК',
    'ФИС ОКО',
    'ОВЗ',
    'ФГОС НОО',
    'ФГОС ООО',
    'ФГОС СОО',
    'ШМО',
    'РМО',
    'ППЭ',
    'ЦОС',
    'КДР',
    'РПР',
    'СКИРО ПК и ПРО',
    'СГПИ',
  ]) {
    assert.ok(abbrs.has(abbr), `${abbr} is in the glossary`);
  }
});
