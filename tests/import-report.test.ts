// What the import takes from the owner and says in its report: the level inferred from `--owner` (a school, a
// municipality), the deadlines it does not understand with their rows, the responsible cells split at a comma as
// guesses, and the order's requisites of a document holding the roadmap alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importBytes } from './support/import-run.ts';
import { makeDocx, makeXlsx } from './support/office-files.ts';

const document = `Утверждена приказом от 30.08.2024 № 245

Дорожная карта по повышению качества образования на 2024-2025 учебный год

| № | Мероприятие | Сроки | Ответственные |
| --- | --- | --- | --- |
| 1. | Анализ результатов ВПР | до 25 числа каждого месяца | Классные руководители 9, 11 классов |
| 2. | Консультации для родителей | в течение месячника | Руководители ОО, педагогические работники |
| 3. | Педагогический совет | по мере готовности отчёта | Лукашова И.Б. |
`;
const run = (owner?: string) => importBytes(new TextEncoder().encode(document), 'карта.md', owner);

test(
  'the level comes from the owner: a school’s roadmap is of the school level, ' + 'a municipality’s municipal',
  async () => {
    const school = await run('apsheronsk-sosh-7');
    assert.equal(school.result.roadmap.data.level, 'school');
    assert.match(
      school.report,
      /level = «school» — по организации-владельцу \(параметр --owner\): apsheronsk-sosh-7 \(school\)/,
    );
    assert.ok(!school.result.roadmap.placeholders.some((p) => p.path === 'level'));
    const municipality = await run('sochi');
    assert.equal(municipality.result.roadmap.data.level, 'municipal');
    const authority = await run('sochi-uon');
    assert.equal(authority.result.roadmap.data.level, 'municipal');
    assert.match(authority.report, /sochi-uon \(authority\) → sochi \(municipality\)/);
    const none = await run();
    assert.equal(none.result.roadmap.data.level, null, 'no owner, no issuer in the text: left to fill');
  },
);

test('the report lists the deadlines Карта does not understand, with their rows', async () => {
  const { report } = await run('apsheronsk-sosh-7');
  const section = report.slice(report.indexOf('Сроки, которых Карта не понимает (2)'));
  assert.ok(report.includes('Сроки, которых Карта не понимает (2)'), report);
  assert.match(section, /таблица 1, строка 3, ячейка 3 \(строка 8 файла\) \(пункт 2\.\): «в течение месячника»/);
  assert.match(section, /таблица 1, строка 4, ячейка 3 \(строка 9 файла\) \(пункт 3\.\): «по мере готовности отчёта»/);
  assert.doesNotMatch(section.split('\n\n')[0]!, /до 25 числа/, 'an understood deadline is not listed');
});

test(
  'responsible: «9, 11 классов» stays one entry; ' + 'a comma split between non-names is reported under «Угадано»',
  async () => {
    const { result, report } = await run('apsheronsk-sosh-7');
    const items = result.body.built.map((b) => b.item);
    assert.deepStrictEqual(items[0]!.responsible, ['Классные руководители 9, 11 классов']);
    assert.deepStrictEqual(items[1]!.responsible, ['Руководители ОО', 'педагогические работники']);
    const guesses = report.slice(report.indexOf('Угадано'));
    assert.match(guesses, /ответственные разделены по запятой на 2: «Руководители ОО», «педагогические работники»/);
    assert.doesNotMatch(guesses, /Классные руководители/);
  },
);

test(
  'the order’s requisites of a document that holds the roadmap alone: ' + '«Утверждена приказом от 30.08.2024 № 245»',
  async () => {
    const { result, report } = await run('apsheronsk-sosh-7');
    assert.equal(result.roadmap.data.order.date, '2024-08-30');
    assert.equal(result.roadmap.data.order.number, '245');
    assert.match(report, /order\.number = «245» — «Утверждена приказом от 30\.08\.2024 № 245»/);
  },
);

test('a sheet that is not a roadmap table is summed up in one line, not listed cell by cell', async () => {
  const roadmap = {
    header: ['№', 'Мероприятие', 'Сроки', 'Ответственные'],
    rows: [{ cells: ['1.', 'Семинар для учителей', 'март 2025 г.', 'Директор'] }],
  };
  const figures = {
    header: ['№', 'Показатель', '2024', '2025'],
    rows: [
      { cells: ['1', 'Доля обучающихся, выполнивших ВПР на «2»', '18 %', '10 %'] },
      { cells: ['2', 'Доля педагогов, прошедших курсы', '60 %', '100 %'] },
    ],
  };
  const { result, report } = await importBytes(await makeXlsx([roadmap, figures]), 'карта.xlsx');
  // As wide as the roadmap, yet not its continuation: a sheet is a table of its own.
  assert.deepEqual(result.otherTables, [2]);
  assert.equal(result.body.built.length, 1);
  const leftOut = report.slice(report.indexOf('Не перенесено'));
  assert.match(
    leftOut,
    /^ {2}- лист «Таблица 2» \(таблица 2, 3 строки\) не перенесён: это не таблица мероприятий — .*нет столбца/m,
  );
  assert.doesNotMatch(report, /18 %|ячейка C2/, 'no cell of the sheet is listed');
});

test('the title over two lines above the table is the roadmap’s; the approval line gives the order', async () => {
  const docx = await makeDocx(
    [
      {
        header: ['№', 'Мероприятие', 'Сроки', 'Ответственные'],
        rows: [{ cells: ['1.', 'Семинар для учителей', 'март 2025 г.', 'Директор'] }],
      },
    ],
    [
      'Дорожная карта',
      'по переходу МБОУ «Школа № 0» в эффективный режим функционирования на 2024–2025 учебный год',
      'Утверждена приказом от 30.08.2024 № 245',
    ],
  );
  const { result } = await importBytes(docx, 'карта.docx');
  const { title, order, period } = result.roadmap.data;
  assert.equal(
    title,
    'Дорожная карта по переходу МБОУ «Школа № 0» в эффективный режим функционирования на 2024–2025 учебный год',
  );
  assert.equal(order.date, '2024-08-30');
  assert.equal(order.number, '245');
  assert.deepEqual(period, { start: '2024-09-01', end: '2025-08-31' });
});

test('a note said many times is one line with how many and its first places, not a line each', async () => {
  const header = ' №     Мероприятие                            Сроки             Ответственные';
  const pages = Array.from(
    { length: 8 },
    (_, i) => `\f${header}\n ${i + 1}.    Заседание методического объединения    октябрь 2024 г.   Петрова А.А.`,
  );
  const text = `Дорожная карта (пример)\n\n${pages.join('\n').slice(1)}\n`;
  const { report, result } = await importBytes(new TextEncoder().encode(text), 'карта.txt', 'apsheronsk-sosh-7');
  assert.equal(result.roadmap.data.sections?.[0]?.items?.length, 8, report);
  const repeats = report.split('\n').filter((line) => line.includes('повтор шапки'));
  assert.equal(repeats.length, 1, report);
  assert.match(
    repeats[0]!,
    /— 7 раз: таблица 1 \(строка 5 файла\); таблица 1 \(строка 7 файла\); таблица 1 \(строка 9 файла\) и далее$/,
  );
});
