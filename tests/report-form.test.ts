// Reports filled in Excel, end to end with the real commands on a copy of the content: `karta report-form` writes the
// form (exceljs), a school fills it in with another library (xlsx-populate, as Excel would save it) or saves it as
// ODS or CSV, `karta report` reads it back and appends the entries to the report file, and `karta check` accepts
// the result. Every kind of bad row is refused at its sheet, row and column, with nothing written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import XlsxPopulate from 'xlsx-populate';
import { parse } from 'yaml';
import { copyContent, edit, karta } from './support/content-copy.ts';
import { makeExcelCsv, makeOdsSheet, type SheetValue } from './support/office-files.ts';
import { tempDir } from './support/temp-dir.ts';

const roadmap = 'sochi-example-school-2023';
const reportFile = `reports/${roadmap}.yaml`;

type Fill = Partial<
  Record<
    'status' | 'date' | 'comment' | 'evidenceTitle' | 'evidenceKind' | 'evidenceUrl' | 'title' | 'anchor',
    string | Date
  >
>;

/** The headings of the form's columns, as a school sees them. */
const headings = {
  status: 'Статус',
  date: 'Дата',
  comment: 'Комментарий',
  evidenceTitle: 'Документ: название',
  evidenceKind: 'Вид документа',
  evidenceUrl: 'Ссылка на документ',
  title: 'Мероприятие',
} as const;

/** A new form of the example school's roadmap in a fresh copy of the content. */
function newForm(extra: string[] = []): { content: string; form: string } {
  const content = copyContent();
  const form = path.join(tempDir('karta-forms-'), 'отчёт.xlsx');
  const made = karta(['report-form', roadmap, '--content', content, '--out', form, ...extra]);
  assert.equal(made.code, 0, made.output);
  return { content, form };
}

/** The form's cells as xlsx-populate reads them (row 1 first), and the column of each heading. */
async function sheetOf(file: string) {
  const workbook = await XlsxPopulate.fromDataAsync(readFileSync(file));
  const sheet = workbook.sheet(0);
  const values = sheet.usedRange()!.value();
  const headingRow = values.findIndex((row) => row[0] === 'columns');
  const column = (heading: string) => values[headingRow]!.indexOf(heading) + 1;
  const rowOf = (anchor: string) => {
    const index = values.findIndex((row) => row[0] === anchor);
    assert.ok(index >= 0, `no row for ${anchor}`);
    return index + 1;
  };
  return { workbook, sheet, values, column, rowOf };
}

/** Fills the form as a person in Excel would (xlsx-populate: another library than the reader's exceljs). */
async function fillXlsx(form: string, fills: Record<string, Fill>, reporter?: string): Promise<string> {
  const { workbook, sheet, values, column, rowOf } = await sheetOf(form);
  for (const [anchor, fill] of Object.entries(fills)) {
    const row = rowOf(anchor);
    for (const [key, value] of Object.entries(fill)) {
      const cell =
        key === 'anchor' ? sheet.cell(row, 1) : sheet.cell(row, column(headings[key as keyof typeof headings]));
      if (value instanceof Date) cell.value(value).style('numberFormat', 'dd.mm.yyyy');
      else cell.value(value);
    }
  }
  // The yellow cell after «Заполнил(а):» (column E).
  if (reporter) sheet.cell(values.findIndex((row) => row[0] === 'reporter') + 1, 5).value(reporter);
  const filled = form.replace(/\.xlsx$/, '-заполнена.xlsx');
  writeFileSync(filled, await workbook.outputAsync());
  return filled;
}

/** The form with the same fills as a grid of what a program would save: dates as date cells. */
async function gridOf(form: string, fills: Record<string, Fill>, reporter?: string): Promise<SheetValue[][]> {
  const { values, column } = await sheetOf(form);
  const width = Math.max(...values.map((row) => row.length));
  const text = (value: unknown) =>
    value === undefined || value === null
      ? ''
      : typeof value === 'object' && 'text' in value
        ? (value as { text(): string }).text()
        : String(value);
  const grid: SheetValue[][] = values.map((row) => Array.from({ length: width }, (_, c) => text(row[c])));
  for (const [anchor, fill] of Object.entries(fills)) {
    const row = grid.find((r) => r[0] === anchor)!;
    for (const [key, value] of Object.entries(fill)) {
      const c = key === 'anchor' ? 1 : column(headings[key as keyof typeof headings]);
      row[c - 1] =
        value instanceof Date
          ? {
              date: value.toISOString().slice(0, 10),
              shown: value.toISOString().slice(0, 10).split('-').reverse().join('.'),
            }
          : value;
    }
  }
  if (reporter) grid.find((r) => r[0] === 'reporter')![4] = reporter;
  return grid;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const reporter = 'Петрова А.А., заместитель директора (пример)';
const fills: Record<string, Fill> = {
  'p-I-2': {
    status: 'выполнено',
    date: day('2023-11-20'),
    comment: 'Справка обсуждена на педсовете;\nрекомендации переданы учителям',
    evidenceTitle: 'Аналитическая справка по результатам ВПР (пример)',
    evidenceUrl: 'https://example.org/sochi-example-school/spravka-vpr',
  },
  // A date typed as text, as in a cell that is not a date cell.
  'p-II-4': { status: 'выполняется', date: '01.12.2023' },
  'p-II-5': {
    status: 'Выполнено',
    date: day('2023-09-29'),
    evidenceTitle: 'Протокол родительского собрания (пример)',
    evidenceKind: 'протокол',
    evidenceUrl: 'https://example.org/sochi-example-school/sobranie',
  },
};
const expected = [
  {
    item: 'p-I-2',
    date: '2023-11-20',
    status: 'done',
    comment: 'Справка обсуждена на педсовете;\nрекомендации переданы учителям',
    reporter,
    evidence: [
      {
        title: 'Аналитическая справка по результатам ВПР (пример)',
        kind: 'link',
        url: 'https://example.org/sochi-example-school/spravka-vpr',
      },
    ],
  },
  { item: 'p-II-4', date: '2023-12-01', status: 'in-progress', reporter },
  {
    item: 'p-II-5',
    date: '2023-09-29',
    status: 'done',
    reporter,
    evidence: [
      {
        title: 'Протокол родительского собрания (пример)',
        kind: 'protocol',
        url: 'https://example.org/sochi-example-school/sobranie',
      },
    ],
  },
];

function entriesOf(content: string, file = reportFile) {
  return (parse(readFileSync(path.join(content, file), 'utf8')) as { entries: unknown[] }).entries;
}

test(
  'an Excel form filled by another program: its entries are appended, the file kept, ' +
    'and a second read adds nothing',
  async () => {
    const { content, form } = newForm();
    const before = readFileSync(path.join(content, reportFile), 'utf8');
    const filled = await fillXlsx(form, fills, reporter);

    const read = karta(['report', filled, '--content', content]);
    assert.equal(read.code, 0, read.output);
    assert.match(read.stdout, /Отчёт дополнен: .*reports\/sochi-example-school-2023\.yaml\. Добавлено записей: 3:/);
    assert.match(
      read.stdout,
      new RegExp(
        String.raw`\n {2}I › п\. 2 — выполнено \(20\.11\.2023\)` +
          String.raw`, документ «Аналитическая справка по результатам ВПР \(пример\)» — строка \d+\n`,
      ),
    );
    assert.match(read.stdout, /\n {2}II › п\. 4 — выполняется \(01\.12\.2023\) — строка \d+\n/);
    const after = readFileSync(path.join(content, reportFile), 'utf8');
    assert.ok(after.startsWith(before), 'what the file had — its comments included — stays as it was');
    assert.match(
      after.slice(before.length),
      /^ {2}# Из формы «отчёт-заполнена\.xlsx», \d\d\.\d\d\.\d{4}\n {2}- item: p-I-2\n/,
    );
    assert.deepEqual(entriesOf(content).slice(-3), expected);

    const check = karta(['check', '--content', content]);
    assert.equal(check.code, 0, check.output);

    const again = karta(['report', filled, '--content', content]);
    assert.equal(again.code, 0, again.output);
    assert.match(again.stdout, /Новых записей нет: все 3 заполненные строки формы уже есть в отчёте/);
    assert.equal(readFileSync(path.join(content, reportFile), 'utf8'), after);

    // A new form shows where the items stand now.
    const next = path.join(path.dirname(form), 'следующая.xlsx');
    assert.equal(karta(['report-form', roadmap, '--content', content, '--out', next]).code, 0);
    const { values, rowOf, column } = await sheetOf(next);
    assert.equal(values[rowOf('p-I-2') - 1]![column('Текущий статус') - 1], 'выполнено');
    assert.equal(values[rowOf('p-I-2') - 1]![column('Последняя запись') - 1], '20.11.2023');
  },
);

test('the first report of a made-up roadmap is a new file marked as an example, which the check accepts', async () => {
  const { content, form } = newForm();
  rmSync(path.join(content, reportFile));
  const filled = await fillXlsx(form, { 'p-I-2': fills['p-I-2']! }, reporter);
  const read = karta(['report', filled, '--content', content]);
  assert.equal(read.code, 0, read.output);
  const report = parse(readFileSync(path.join(content, reportFile), 'utf8')) as { example?: boolean };
  assert.equal(report.example, true);
  const check = karta(['check', '--content', content]);
  assert.equal(check.code, 0, check.output);
});

test('the same form saved as ODS and as CSV gives the same entries', async () => {
  for (const [name, make] of [
    ['отчёт.ods', (grid: SheetValue[][]) => makeOdsSheet('Отчёт', grid, 2)],
    ['отчёт.csv', (grid: SheetValue[][]) => makeExcelCsv(grid)],
  ] as const) {
    const { content, form } = newForm();
    const file = path.join(path.dirname(form), name);
    writeFileSync(file, make(await gridOf(form, fills, reporter)));
    const read = karta(['report', file, '--content', content]);
    assert.equal(read.code, 0, `${name}: ${read.output}`);
    assert.match(read.stdout, /Добавлено записей: 3:/, name);
    assert.deepEqual(entriesOf(content).slice(-3), expected, name);
    assert.equal(karta(['check', '--content', content]).code, 0, name);
    const again = karta(['report', file, '--content', content]);
    assert.match(again.stdout, /Новых записей нет/, name);
  }
});

test('every bad row is named with its sheet, row and column, and nothing is written', async () => {
  const { content, form } = newForm();
  const bad: Record<string, Fill> = {
    'p-I-1': { status: 'сделано', date: day('2023-05-12') },
    'p-I-2': { status: 'выполнено', date: day('2023-01-15') },
    'p-I-3': { status: 'выполнено', date: '01.01.2099' },
    'p-I-4': { status: 'выполнено' },
    'p-I-5': { date: day('2023-06-01') },
    'p-II-1': {
      status: 'выполнено',
      date: day('2023-06-01'),
      evidenceTitle: 'Положение',
      evidenceUrl: 'ftp://example.org/polozhenie.pdf',
    },
    'p-II-2': { status: 'выполнено', date: day('2023-06-01'), evidenceUrl: 'https://example.org/konsultacii' },
    'p-II-3': { status: 'выполнено', date: day('2023-06-01'), title: 'Школьный фестиваль (исправлено)' },
    'p-II-4': { anchor: 'p-II-9', status: 'выполнено', date: day('2023-06-01') },
    'p-II-5': {
      status: 'выполнено',
      date: day('2023-06-01'),
      evidenceTitle: 'Фото',
      evidenceKind: 'скан',
      evidenceUrl: 'https://example.org/foto',
    },
  };
  const { rowOf } = await sheetOf(form);
  const filled = await fillXlsx(form, bad);
  const before = readFileSync(path.join(content, reportFile), 'utf8');
  const read = karta(['report', filled, '--content', content]);
  assert.equal(read.code, 1, read.output);
  const at = (anchor: string, column: string) =>
    `лист «Отчёт», строка ${rowOf(anchor)}${column ? `, столбец ${column}` : ''}`;
  const lines = read.stderr.trim().split('\n');
  const expectedLines: [string, RegExp][] = [
    [
      at('p-I-1', 'I («Статус»)'),
      new RegExp(
        'неизвестный статус «сделано»: выберите из списка —' +
          ' запланировано, выполняется, выполнено, не выполнено, отменено',
      ),
    ],
    [at('p-I-2', 'J («Дата»)'), /дата 15\.01\.2023 вне периода дорожной карты \(30\.03\.2023 — 31\.12\.2023\)/],
    [at('p-I-3', 'J («Дата»)'), /дата 01\.01\.2099 ещё не наступила/],
    [at('p-I-4', 'J («Дата»)'), /есть статус, но нет даты/],
    [at('p-I-5', 'I («Статус»)'), /есть дата, но нет статуса/],
    [
      at('p-II-1', 'N («Ссылка на документ»)'),
      new RegExp(
        String.raw`«ftp:\/\/example\.org\/polozhenie\.pdf» — не адрес страницы в интернете:` +
          String.raw` ссылка должна начинаться с https:\/\/ или http:\/\/`,
      ),
    ],
    [at('p-II-2', 'L («Документ: название»)'), /у ссылки нет названия/],
    [at('p-II-3', 'D («Мероприятие»)'), /эту ячейку менять нельзя/],
    [
      at('p-II-4', ''),
      /пункта «p-II-9» больше нет в дорожной карте «sochi-example-school-2023»: его удалили или перенесли/,
    ],
    [at('p-II-5', 'M («Вид документа»)'), /неизвестный вид документа «скан»/],
  ];
  for (const [place, message] of expectedLines) {
    const line = lines.find((l) => l.startsWith(`${place}: `));
    assert.ok(line, `no line for ${place} in\n${read.stderr}`);
    assert.match(line, message);
  }
  assert.equal(lines.filter((l) => l.startsWith('лист «Отчёт»')).length, expectedLines.length, read.stderr);
  assert.match(
    read.stderr,
    /В форме 10 ошибок\. Исправьте их в форме и запустите karta report снова\. Ничего не записано\./,
  );
  assert.doesNotMatch(read.output, /\n\s+at |Error:/, 'no stack trace');
  assert.equal(readFileSync(path.join(content, reportFile), 'utf8'), before);
});

test('an item changed or removed by an amendment of the roadmap since the form was made needs a new form', async () => {
  const { content, form } = newForm();
  edit(
    content,
    `roadmaps/${roadmap}.yaml`,
    'title: Анализ результатов ВПР в 5–9 классах',
    'title: Анализ результатов ВПР и региональных диагностик в 5–9 классах',
  );
  edit(
    content,
    `roadmaps/${roadmap}.yaml`,
    '      - number: "4."\n        title: Актуализация социального паспорта школы',
    '      - number: "4."\n        id: socpasport\n        title: Актуализация социального паспорта школы',
  );
  const { rowOf } = await sheetOf(form);
  const filled = await fillXlsx(form, {
    'p-I-2': { status: 'выполнено', date: day('2023-06-01') },
    'p-II-4': { status: 'выполнено', date: day('2023-06-01') },
    'p-I-1': { status: 'выполнено', date: day('2023-06-01') },
  });
  const read = karta(['report', filled, '--content', content]);
  assert.equal(read.code, 1, read.output);
  assert.match(
    read.stderr,
    new RegExp(
      `лист «Отчёт», строка ${rowOf('p-I-2')}: пункт изменён в дорожной карте после того, как создана форма: ` +
        'теперь это «2\\. Анализ результатов ВПР и региональных диагностик',
    ),
  );
  assert.match(
    read.stderr,
    new RegExp(`лист «Отчёт», строка ${rowOf('p-II-4')}: пункта «p-II-4» больше нет в дорожной карте`),
  );
  assert.match(read.stderr, /В форме 2 ошибки/);
});

test(
  'an organisation that carries out a section of another roadmap: the first form names its sections, ' +
    'the report is created',
  async () => {
    const content = copyContent();
    const dir = tempDir('karta-forms-');
    const form = path.join(dir, 'школа.xlsx');
    const base = [
      'report-form',
      'sochi-2023',
      '--organization',
      'sochi-example-school',
      '--content',
      content,
      '--out',
      form,
    ];
    const refused = karta(base);
    assert.equal(refused.code, 1);
    assert.match(
      refused.stderr,
      new RegExp(
        String.raw`не владелец карты «sochi-2023» \(владелец — sochi-uon\): укажите --covers.*` +
          String.raw`Форма не записана\.\nРазделы карты:\n {2}s-municipal — МУНИЦИПАЛЬНЫЙ УРОВЕНЬ\n`,
        's',
      ),
    );
    assert.ok(!existsSync(form));
    const made = karta([...base, '--covers', 's-school']);
    assert.equal(made.code, 0, made.output);
    assert.match(made.stdout, /20 пунктов в разделах s-school/);
    const { values } = await sheetOf(form);
    const anchors = values.map((row) => row[0]).filter((a): a is string => typeof a === 'string' && a.startsWith('p-'));
    assert.equal(anchors.length, 20);
    assert.ok(
      anchors.every((a) => a.startsWith('p-school-')),
      anchors.join(' '),
    );

    const filled = await fillXlsx(form, {
      'p-school-I-2': { status: 'выполнено', date: day('2023-04-25'), comment: 'Программа утверждена' },
    });
    const read = karta(['report', filled, '--content', content]);
    assert.equal(read.code, 0, read.output);
    assert.match(
      read.stdout,
      new RegExp(
        String.raw`Создан отчёт: .*reports\/sochi-2023-sochi-example-school\.yaml\. Добавлено записей: 1:` +
          String.raw`\n {2}УРОВЕНЬ ОБРАЗОВАТЕЛЬНОЙ ОРГАНИЗАЦИИ › I › п\. 2 — выполнено \(25\.04\.2023\)`,
      ),
    );
    const created = parse(readFileSync(path.join(content, 'reports/sochi-2023-sochi-example-school.yaml'), 'utf8'));
    assert.deepEqual(created, {
      roadmap: 'sochi-2023',
      organization: 'sochi-example-school',
      covers: ['s-school'],
      // The school is made-up: so is its report on the real roadmap.
      example: true,
      entries: [{ item: 'p-school-I-2', date: '2023-04-25', status: 'done', comment: 'Программа утверждена' }],
    });
    assert.equal(karta(['check', '--content', content]).code, 0);

    // The next form takes the sections from the report file; another set of sections is refused.
    const next = path.join(dir, 'следующая.xlsx');
    assert.equal(karta([...base.slice(0, -1), next]).code, 0);
    const other = karta([
      'report-form',
      'sochi-2023',
      '--organization',
      'sochi-example-school',
      '--covers',
      's-municipal',
      '--content',
      content,
      '--out',
      path.join(dir, 'x.xlsx'),
    ]);
    assert.equal(other.code, 1);
    assert.match(other.stderr, /разделы организации уже записаны в её отчёте .*covers: s-school/);
  },
);

test('wrong arguments and files that are not forms get a Russian message and no file', () => {
  const content = copyContent();
  const dir = tempDir('karta-forms-');
  const unknown = karta(['report-form', 'no-such-roadmap', '--content', content, '--out', path.join(dir, 'a.xlsx')]);
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /дорожной карты «no-such-roadmap» нет в папке содержимого.*Форма не записана/);
  const ods = karta(['report-form', roadmap, '--content', content, '--out', path.join(dir, 'a.ods')]);
  assert.equal(ods.code, 1);
  assert.match(ods.stderr, /форма записывается в файл Excel с расширением \.xlsx/);
  assert.ok(!existsSync(path.join(dir, 'a.ods')));

  const csv = path.join(dir, 'план.csv');
  writeFileSync(csv, '№;Мероприятие;Срок\n1;Анализ ВПР;май\n');
  const notForm = karta(['report', csv, '--content', content]);
  assert.equal(notForm.code, 1);
  assert.match(notForm.stderr, /karta report: в «план\.csv» нет формы отчёта Карты.*Ничего не записано\./s);
  const missing = karta(['report', path.join(dir, 'нет.xlsx'), '--content', content]);
  assert.match(missing.stderr, /файл «.*нет\.xlsx» не найден/);
  const help = karta(['report', '--help']);
  assert.match(help.stdout, /karta report ФОРМА \[ПАРАМЕТРЫ\][\s\S]*--dry-run/);
  assert.match(
    karta(['report-form', '--help']).stdout,
    /--covers РАЗДЕЛЫ\s+для организации, которая не владеет картой/,
  );
});

test('--dry-run shows what would be added and writes nothing', async () => {
  const { content, form } = newForm();
  const before = readFileSync(path.join(content, reportFile), 'utf8');
  const filled = await fillXlsx(form, { 'p-II-4': fills['p-II-4']! });
  const read = karta(['report', filled, '--content', content, '--dry-run']);
  assert.equal(read.code, 0, read.output);
  assert.match(
    read.stdout,
    new RegExp(
      'Проверка без записи: в отчёт .* добавилось бы записей: 1:' +
        String.raw`\n {2}II › п\. 4 — выполняется \(01\.12\.2023\)` +
        String.raw`[\s\S]*Ничего не записано \(--dry-run\)\.`,
    ),
  );
  assert.equal(readFileSync(path.join(content, reportFile), 'utf8'), before);
});
