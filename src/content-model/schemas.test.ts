import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  itemSchema,
  organizationSchema,
  personSchema,
  roadmapSchema,
  glossaryEntrySchema,
  riskFactorListSchema,
  siteSchema,
} from './schemas.ts';

const minimalRoadmap = () => ({
  title: 'Дорожная карта (пример, не настоящий документ)',
  level: 'school',
  owner: 'example-school',
  order: { issuer: 'example-school', date: '2024-09-02', title: 'Об утверждении дорожной карты' },
  period: { start: '2024-09-01', end: '2025-08-31' },
  sections: [
    { title: 'Мероприятия', items: [{ number: '1.', title: 'Анализ результатов ВПР', deadline: 'сентябрь' }] },
  ],
});

test('a minimal roadmap is valid and keeps numbers and deadlines as written', () => {
  const result = roadmapSchema.parse(minimalRoadmap());
  assert.equal(result.sections[0]?.items?.[0]?.number, '1.');
  assert.equal(result.sections[0]?.items?.[0]?.deadline, 'сентябрь');
});

test('a date is the text written: a Date object (what a YAML 1.1 timestamp would give) is not taken for one', () => {
  const data = minimalRoadmap();
  (data.order as { date: unknown }).date = new Date('2023-03-06T00:00:00Z');
  assert.equal(roadmapSchema.safeParse(data).success, false);
});

test('an impossible date is rejected', () => {
  const data = minimalRoadmap();
  data.period.end = '2025-02-30';
  const result = roadmapSchema.safeParse(data);
  assert.equal(result.success, false);
  assert.deepEqual(result.error?.issues[0]?.path, ['period', 'end']);
});

test('unknown fields are errors at every depth', () => {
  const data = minimalRoadmap();
  (data.sections[0]?.items?.[0] as Record<string, unknown>).responsibel = ['Иванова И.И.'];
  (data as Record<string, unknown>).titel = 'опечатка';
  const result = roadmapSchema.safeParse(data);
  assert.equal(result.success, false);
  const unknown = result.error!.issues.filter((i) => i.code === 'unrecognized_keys');
  assert.deepEqual(
    unknown.map((i) => i.path),
    [['sections', 0, 'items', 0], []],
  );
});

test('an item number written as a YAML number is rejected (1.10 would silently become 1.1)', () => {
  const result = itemSchema.safeParse({ number: 1.1, title: 'x' });
  assert.equal(result.success, false);
  assert.deepEqual(result.error?.issues[0]?.path, ['number']);
});

test('responsible entries are free text or references to a person or an organisation', () => {
  const ok = itemSchema.parse({
    title: 'x',
    responsible: ['руководители ОО', { person: 'sochi-mironova-ev' }, { organization: 'sochi-uon', as: 'УОН' }],
  });
  assert.equal(ok.responsible?.length, 3);
  assert.equal(itemSchema.safeParse({ title: 'x', responsible: [{ people: 'x' }] }).success, false);
  assert.equal(itemSchema.safeParse({ title: 'x', responsible: [''] }).success, false);
});

test('an empty roadmap (no sections) and an empty title are rejected', () => {
  const data = minimalRoadmap();
  data.sections = [];
  data.title = '   ';
  const paths = roadmapSchema.safeParse(data).error?.issues.map((i) => i.path.join('.'));
  assert.deepEqual(paths?.sort(), ['sections', 'title']);
});

test('sections nest to any depth and are strict too', () => {
  const data = minimalRoadmap();
  data.sections = [
    {
      title: 'Уровень',
      sections: [{ title: 'Часть I', sections: [{ title: 'Блок', items: [{ title: 'x' }], colour: 'red' }] }],
    },
  ] as never;
  const issue = roadmapSchema.safeParse(data).error?.issues[0];
  assert.equal(issue?.code, 'unrecognized_keys');
  assert.deepEqual(issue?.path, ['sections', 0, 'sections', 0, 'sections', 0]);
});

test('an attached signed file is limited to 15 MB and needs the signature requisites', () => {
  const data = minimalRoadmap();
  (data.order as Record<string, unknown>).file = {
    url: '/files/order.pdf',
    format: 'pdf',
    sizeBytes: 16 * 1024 * 1024,
    signature: { signedAt: '2024-09-02T10:15', signer: 'Иванова И.И.', position: 'директор' },
  };
  const paths = roadmapSchema
    .safeParse(data)
    .error?.issues.map((i) => i.path.join('.'))
    .sort();
  assert.deepEqual(paths, ['order.file.signature.key', 'order.file.sizeBytes']);
});

test('organisations, people, glossary entries and risk-factor lists', () => {
  assert.equal(
    organizationSchema.safeParse({ kind: 'school', name: 'МБОУ СОШ № 1', statuses: [{ year: 2023, status: 'shnor' }] })
      .success,
    true,
  );
  assert.equal(organizationSchema.safeParse({ kind: 'college', name: 'x' }).success, false);
  assert.equal(
    organizationSchema.safeParse({ kind: 'school', name: 'x', website: 'javascript:alert(1)' }).success,
    false,
  );
  assert.equal(personSchema.safeParse({ name: 'Миронова Е.В.' }).success, false, 'shortName is required');
  assert.equal(
    glossaryEntrySchema.safeParse({ abbr: 'ШНОР', expansion: 'школы с низкими образовательными результатами' }).success,
    true,
  );
  assert.equal(riskFactorListSchema.safeParse({ title: 'x', factors: [] }).success, false);
});

test('site.yaml: how long the search waits for another site is whole seconds from 1 to 60, 5 unless given', () => {
  assert.equal(siteSchema.parse({}).searchSitesWait, 5);
  assert.equal(siteSchema.parse({ searchSitesWait: 60 }).searchSitesWait, 60);
  for (const wrong of [0, 61, 2.5, '5'])
    assert.equal(siteSchema.safeParse({ searchSitesWait: wrong }).success, false, String(wrong));
});

test('site.yaml: a base path in Cyrillic is told which letters a path may have, not only the slashes', () => {
  const result = siteSchema.safeParse({ base: '/школа/' });
  assert.equal(result.success, false);
  assert.match(result.error!.issues[0]!.message, /из латинских букв, цифр/);
  assert.equal(siteSchema.parse({ base: '/shkola-12/' }).base, '/shkola-12/');
});
