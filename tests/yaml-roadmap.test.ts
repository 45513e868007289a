// A roadmap written as a plain YAML file (not MDX), with a signed order file: built into a page that shows the
// simple-electronic-signature mark, and into the open data. The school and its roadmap are examples, not real.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyContent } from './support/content-copy.ts';
import { buildSite } from './support/built-site.ts';

let outDir = '';

before(() => {
  const content = copyContent();
  writeFileSync(
    path.join(content, 'organizations', 'example-school.yaml'),
    `kind: school
name: Пример школы (не настоящая организация)
shortName: Школа-пример
parent: sochi
example: true
statuses:
  - year: 2023
    status: shnor
    source: пример
`,
  );
  writeFileSync(
    path.join(content, 'roadmaps', 'example-school-2023.yaml'),
    `# yaml-language-server: $schema=../../dist/data/roadmap.schema.json
title: Дорожная карта школы-примера (не настоящий документ)
level: school
owner: example-school
example: true
basedOn: [sochi-2023]
order:
  issuer: example-school
  number: "1-пример"
  date: 2023-03-30
  title: Об утверждении дорожной карты (пример)
  signedBy: { name: И.И. Примерова, position: директор }
  file:
    url: /files/example-order.pdf
    format: pdf
    sizeBytes: 204800
    signature:
      signedAt: 2023-03-30T10:15
      signer: Примерова Ирина Ивановна
      position: директор
      key: 00A1B2C3D4E5F6
period: { start: 2023-01-01, end: 2023-12-31 }
published: 2023-03-31
updated: 2023-09-01
sections:
  - title: Мероприятия
    items:
      - number: "1."
        title: Анализ результатов ВПР
        form: аналитическая справка
        deadline: до 30 апреля 2023 г.
        responsible: [заместитель директора]
        implements: ["sochi-2023#p-school-I-1"]
`,
  );
  const evidence = '[{ title: Справка, kind: certificate, url: /files/report.pdf }]';
  writeFileSync(
    path.join(content, 'reports', 'example-school-2023.yaml'),
    `roadmap: example-school-2023
organization: example-school
example: true
entries:
  - { item: p-1-1, date: 2023-04-20, status: done, evidence: ${evidence} }
`,
  );
  // Without the roadmaps' documents: this is about the YAML form of a roadmap.
  outDir = buildSite(['--content', content, '--documents', 'none']);
});

test('the YAML roadmap becomes a page with the signature mark, requisites and dates', () => {
  const html = readFileSync(path.join(outDir, 'roadmaps', 'example-school-2023', 'index.html'), 'utf8');
  assert.match(html, /Документ подписан простой электронной подписью/);
  assert.match(html, /00A1B2C3D4E5F6/);
  assert.match(html, /Примерова Ирина Ивановна/);
  assert.match(html, /30\.03\.2023 10:15/);
  assert.match(html, /Это пример, а не настоящий документ/);
  assert.match(html, /<time datetime="2023-09-01">01\.09\.2023<\/time>/);
  assert.match(
    html,
    /<tr id="p-1-1" data-pagefind-title="[^"]*› п\. 1\. [^"]+">/,
    'the item row, titled for the search',
  );
});

test('the organisation page shows the status by year and the roadmaps at every level', () => {
  const html = readFileSync(path.join(outDir, 'organizations', 'example-school', 'index.html'), 'utf8');
  assert.match(html, /В 2023 году входит в перечень школ с низкими образовательными результатами/);
  const levels = [...html.matchAll(/<h4>([^<]+)<\/h4>/g)].map((m) => m[1]);
  assert.deepEqual(levels, ['Региональный уровень', 'Муниципальный уровень', 'Уровень образовательной организации']);
  assert.match(html, /roadmaps\/krasnodar-krai-2023\//);
  assert.match(html, /roadmaps\/sochi-2023\//);
  assert.match(html, /roadmaps\/example-school-2023\//);
});

test('the YAML roadmap is in the open data with its status and evidence, from its report', () => {
  const data = JSON.parse(readFileSync(path.join(outDir, 'data', 'roadmaps', 'example-school-2023.json'), 'utf8'));
  const item = data.sections[0].items[0];
  assert.deepEqual(
    [item.execution.status, item.execution.history[0].evidence[0].title, item.implements[0]],
    ['done', 'Справка', 'sochi-2023#p-school-I-1'],
  );
  assert.equal(data.order.file.signature.key, '00A1B2C3D4E5F6');
});
