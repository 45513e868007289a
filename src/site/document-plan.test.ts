import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAbbreviator } from '../glossary/abbreviations.ts';
import { markedFields, orderTextParts, type DocumentField } from './order-text-html.ts';
import { documentPlan, isDocumentTitle, planAppendixNumber, shortTitle, tocSections } from './document-plan.ts';

const abbreviator = createAbbreviator([{ abbr: 'ШНОР', expansion: 'школы с низкими образовательными результатами' }]);
const order =
  '## ПРИКАЗ\n\nот 06.03.2023 № 681\n\n1. Утвердить дорожную карту (приложение 2).\n\nМинистр\\\nЕ.В. Воробьева\n';
const appendix1 =
  '---\n\n## Приложение 1\n\nУТВЕРЖДЕН\\\nприказом министерства\\\nот 06.03.2023 г. № 681\n\n' +
  '### СОСТАВ Координационного центра\n\n{/* Состав — в поле committees. */}\n\nНачальник отдела\\\nМ.Е. Бойкова\n';
const appendix2 =
  '---\n\n## Приложение 2\n\nУТВЕРЖДЕНА\\\nприказом министерства\\\nот 06.03.2023 № 681\n\n' +
  '### ДОРОЖНАЯ КАРТА по работе со ШНОР\n\nНастоящая «дорожная карта» разработана…\n\n' +
  '{/* Принятые сокращения — в поле abbreviations; мероприятия — в поле sections. */}\n';
const fields = (...names: DocumentField[]) => new Set<DocumentField>(names);
const shape = (parts: ReturnType<typeof documentPlan>) =>
  parts.map((p) =>
    [
      p.kind,
      p.number ?? '',
      p.generated ? 'made' : 'text',
      p.chunks
        .map((c) =>
          'html' in c
            ? c.html.startsWith('<div class="stamp">')
              ? 'stamp'
              : 'html'
            : 'fields' in c
              ? c.fields.join('+')
              : 'stamp' in c
                ? 'made-stamp'
                : 'title',
        )
        .join(' '),
    ].join(':'),
  );

test('comments name the fields the document has there', () => {
  assert.deepEqual(
    markedFields('/* Принятые сокращения — в поле abbreviations; мероприятия (три уровня) — в поле sections. */'),
    ['abbreviations', 'sections'],
  );
  assert.deepEqual(
    markedFields('/* Цель и показатели — в полях goal, indicators, directions; план — в поле sections */'),
    ['goal', 'indicators', 'directions', 'sections'],
  );
  assert.deepEqual(markedFields('/* Здесь ничего: в поле nothing, в поле schools */'), []);
});

test('the text is cut at its appendices, each with its stamp, the page break before it dropped', () => {
  const parts = orderTextParts(`${order}\n${appendix1}\n${appendix2}`, abbreviator, 'x');
  assert.deepEqual(
    parts.map((p) => [p.kind, p.number, p.heading]),
    [
      ['order', undefined, 'ПРИКАЗ'],
      ['appendix', '1', 'СОСТАВ Координационного центра'],
      ['appendix', '2', 'ДОРОЖНАЯ КАРТА по работе со ШНОР'],
    ],
  );
  const stamp = (parts[2]!.chunks[0] as { html: string }).html;
  assert.match(stamp, /^<div class="stamp"><h2 id="order-приложение-2">Приложение 2<\/h2>\n<p>УТВЕРЖДЕНА<br>/);
  assert.ok(
    !parts.some((p) => p.chunks.some((c) => 'html' in c && c.html.includes('<hr>'))),
    'no thematic break before an appendix',
  );
});

test(
  'Krasnodar: the committee in appendix 1, the abbreviations and the plan in appendix 2, ' +
    'where the comments put them',
  () => {
    const parts = orderTextParts(`${order}\n${appendix1}\n${appendix2}`, abbreviator, 'x');
    const plan = documentPlan({ parts, present: fields('committees', 'abbreviations', 'sections'), planAppendix: '2' });
    assert.deepEqual(shape(plan), [
      'order::text:html',
      'appendix:1:text:stamp html committees html',
      'appendix:2:text:stamp html abbreviations+sections',
    ]);
    assert.deepEqual(
      plan.map((p) => p.holdsPlan),
      [false, false, true],
    );
  },
);

test('Sochi: only the order is written out; the plan is an appendix made from the requisites after it', () => {
  const plan = documentPlan({
    parts: orderTextParts(order, abbreviator, 'x'),
    present: fields('sections'),
    planAppendix: undefined,
  });
  assert.deepEqual(shape(plan), ['order::text:html', 'appendix::made:made-stamp title sections']);
});

test('Apsheronsk: the plan is appendix 1, the text has appendix 2 only: the plan comes before it', () => {
  const list =
    '---\n\n## Приложение 2\n\nк приказу управления образования\\\n№ 89/01-03 от «26» 01 2021\n\n### Список\n\n' +
    '| Школа | Логин в системе ФИС ОКО |\n| --- | --- |\n| СОШ № 7 | sch236024 |\n';
  const parts = orderTextParts(`${order}\n${list}`, abbreviator, 'x');
  const plan = documentPlan({ parts, present: fields('sections'), planAppendix: '1' });
  assert.deepEqual(shape(plan), [
    'order::text:html',
    'appendix:1:made:made-stamp title sections',
    'appendix:2:text:stamp html',
  ]);
  const table = parts[1]!.chunks.map((c) => ('html' in c ? c.html : '')).join('');
  assert.doesNotMatch(table, /sch236024|<th>Логин/, 'logins are not published by default');
  assert.match(table, /не публикуется/);
  const published = orderTextParts(`${order}\n${list}`, abbreviator, 'x', { fisOkoLogins: true });
  assert.match(published[1]!.chunks.map((c) => ('html' in c ? c.html : '')).join(''), /sch236024/);
});

test("Belorechensk: the text's one appendix has only its stamp; the fields and the title go into it", () => {
  const stampOnly = '* * *\n\nПриложение  \nк приказу управления  \nот 18.04.2023 № 600\n';
  const plan = documentPlan({
    parts: orderTextParts(`${order}\n${stampOnly}`, abbreviator, 'x'),
    present: fields('goal', 'tasks', 'audit', 'sections'),
    planAppendix: undefined,
  });
  assert.deepEqual(shape(plan), ['order::text:html', 'appendix::text:stamp title goal+tasks+audit+sections']);
});

test("a roadmap without text: one appendix made from the requisites, fields in the document's usual order", () => {
  const plan = documentPlan({
    parts: [],
    present: fields('sections', 'goal', 'mechanisms', 'controlPoints'),
    planAppendix: undefined,
  });
  assert.deepEqual(shape(plan), ['appendix::made:made-stamp title goal+controlPoints+sections+mechanisms']);
});

test('the appendix that is the roadmap: titled as the roadmap, or a «Дорожная карта …»', () => {
  const title = 'Дорожная карта по работе со ШНОР в 2023 году';
  assert.equal(
    planAppendixNumber(title, [
      { number: '1', title: 'Состав центра' },
      { number: '2', title: 'Дорожная карта по работе со ШНОР в 2023 году' },
    ]),
    '2',
  );
  assert.equal(
    planAppendixNumber(title, [{ number: '1', title: 'Дорожная карта по методическому сопровождению' }]),
    '1',
  );
  assert.equal(planAppendixNumber(title, [{ title: 'Список специалистов' }]), undefined);
});

test('parts have anchors, and the contents count the items of every section and below', () => {
  const plan = documentPlan({
    parts: orderTextParts(`${order}\n${appendix1}\n${appendix2}`, abbreviator, 'x'),
    present: fields('committees', 'sections'),
    planAppendix: '2',
  });
  assert.deepEqual(
    plan.map((p) => p.id),
    ['order-text', 'appendix-1', 'appendix-2'],
  );
  const toc = tocSections([
    {
      anchor: 's-regional',
      title: 'КРАЕВОЙ УРОВЕНЬ',
      sections: [
        { anchor: 's-regional-I', number: 'I', title: 'Мониторинг', items: [1, 2, 3] },
        { anchor: 's-regional-II', number: 'II', title: 'Профилактика', items: [1] },
      ],
    },
    { anchor: 's-2', title: 'Без подразделов', items: [1, 2] },
  ]);
  assert.deepEqual(
    toc.map((s) => [s.title, s.items, s.sections.map((c) => `${c.title} ${c.items}`)]),
    [
      ['КРАЕВОЙ УРОВЕНЬ', 4, ['I. Мониторинг 3', 'II. Профилактика 1']],
      ['Без подразделов', 2, []],
    ],
  );
});

test('long titles are cut at a word for folds and the contents', () => {
  assert.equal(shortTitle('Короткий заголовок'), 'Короткий заголовок');
  assert.equal(
    shortTitle('СОСТАВ Координационного центра по работе со школами, имеющими низкие образовательные результаты', 40),
    'СОСТАВ Координационного центра по работе…',
  );
});

test("a plan whose first section is the document's title gets no second title", () => {
  assert.ok(isDocumentTitle('ДОРОЖНАЯ КАРТА ПО МЕТОДИЧЕСКОМУ СОПРОВОЖДЕНИЮ'));
  assert.ok(!isDocumentTitle('Дорожные карты школ'));
  const plan = documentPlan({ parts: [], present: fields('sections'), titledBySection: true });
  assert.deepEqual(shape(plan), ['appendix::made:made-stamp sections']);
});
