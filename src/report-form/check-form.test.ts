// The form's rows checked against a small roadmap: the form is written by write-form.ts and read back by
// read-form.ts (exceljs both ways: the round trip through another library is tests/report-form.test.ts), then its
// cells are filled in memory as a school would, one case per test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unzipSync, zipSync } from 'fflate';
import { checkContentFiles, errorsOf, type LoadedContent } from '../content-model/load-content.ts';
import type { ContentFile } from '../content-model/content-files.ts';
import { checkFilledForm, parseFormDate } from './check-form.ts';
import { formModel, FormError } from './form-model.ts';
import { readFilledForm, FormReadError, type FilledForm, type FilledRow } from './read-form.ts';
import { writeReportForm } from './write-form.ts';
import type { FormColumn } from './form-layout.ts';

const roadmapText = (title2 = 'Анализ результатов ВПР') => `title: Дорожная карта (пример)
level: school
owner: school-1
order: { issuer: school-1, number: "1", date: 2024-01-10, title: Об утверждении (пример) }
period: { start: 2024-01-01, end: 2024-12-31 }
sections:
  - id: I
    number: I
    title: Организация работы
    items:
      - number: "1."
        title: Разработка программы
        deadline: март 2024 г.
        responsible: [директор, { organization: school-2 }]
      - number: "2."
        title: ${title2}
        deadline: ежеквартально
  - id: school
    title: Уровень школы
    items:
      - number: "1."
        title: Родительские собрания
        deadline: ежемесячно
controlPoints:
  - number: "1"
    title: Контрольная точка
example: true
`;

function contentOf(roadmap = roadmapText(), extra: { report?: string } = {}): LoadedContent {
  const file = (collection: ContentFile['collection'], name: string, text: string): ContentFile => ({
    collection,
    absoluteFile: `/content/${collection}/${name}`,
    file: `${collection}/${name}`,
    text,
  });
  const content = checkContentFiles(
    {
      files: [
        file('organizations', 'school-1.yaml', 'kind: school\nname: Школа № 1 (пример)\nexample: true\n'),
        file(
          'organizations',
          'school-2.yaml',
          'kind: school\nname: Школа № 2 (пример)\nshortName: СОШ № 2\nexample: true\n',
        ),
        file('roadmaps', 'r-2024.yaml', roadmap),
        ...(extra.report ? [file('reports', 'r-2024.yaml', extra.report)] : []),
      ],
      problems: [],
    },
    { today: '2024-06-30' },
  );
  assert.deepEqual(errorsOf(content.problems), []);
  return content;
}

async function emptyForm(
  content: LoadedContent,
  request: Parameters<typeof formModel>[1] = { roadmapId: 'r-2024' },
): Promise<FilledForm & { bytes: Uint8Array }> {
  const bytes = await writeReportForm(formModel(content, request));
  return { ...(await readFilledForm(bytes, 'отчёт.xlsx')), bytes };
}

/** The row of an item, to fill. */
function rowOf(form: FilledForm, anchor: string): FilledRow {
  const row = form.rows.find((r) => r.cells.anchor.text === anchor);
  assert.ok(row, `no row for ${anchor}`);
  return row;
}

function fill(row: FilledRow, values: Partial<Record<FormColumn, string>>): void {
  for (const [column, text] of Object.entries(values)) row.cells[column as FormColumn] = { text };
}

function check(
  form: FilledForm,
  content: LoadedContent,
  request: Parameters<typeof formModel>[1] = { roadmapId: 'r-2024' },
) {
  return checkFilledForm(form, formModel(content, request), content);
}

test('the form holds every item under its section, with where it stands, and the marks a reader needs', async () => {
  const content = contentOf(roadmapText(), {
    report:
      'roadmap: r-2024\norganization: school-1\nentries:\n' +
      '  - { item: p-I-1, date: 2024-02-01, status: in-progress }\n' +
      '  - { item: p-I-1, date: 2024-03-01, status: done }\n',
  });
  const form = await emptyForm(content);
  assert.equal(form.where, 'лист «Отчёт»');
  assert.equal(form.roadmapId, 'r-2024');
  assert.equal(form.organizationId, 'school-1');
  assert.deepEqual(form.covers, []);
  assert.deepEqual(
    form.rows.map((r) => r.cells.anchor.text || r.cells.number.text),
    ['I. Организация работы', 'p-I-1', 'p-I-2', 'Уровень школы', 'p-school-1', 'Контрольные точки', 'control-1'],
  );
  const first = rowOf(form, 'p-I-1');
  assert.equal(first.cells.responsible.text, 'директор, СОШ № 2');
  assert.equal(first.cells.currentStatus.text, 'выполнено');
  assert.equal(first.cells.lastDate.text, '01.03.2024');
  assert.equal(rowOf(form, 'p-I-2').cells.currentStatus.text, 'нет записей');
  assert.deepEqual(form.letters, {
    anchor: 'A',
    fingerprint: 'B',
    number: 'C',
    title: 'D',
    deadline: 'E',
    responsible: 'F',
    currentStatus: 'G',
    lastDate: 'H',
    status: 'I',
    date: 'J',
    comment: 'K',
    evidenceTitle: 'L',
    evidenceKind: 'M',
    evidenceUrl: 'N',
  });
  // An empty form has nothing to say.
  assert.deepEqual(check(form, content), { entries: [], problems: [] });
});

test('the sheet is protected, columns A and B hidden, the cells to fill unlocked with drop-down lists', async () => {
  const { bytes } = await emptyForm(contentOf());
  const files = unzipSync(bytes);
  const sheet = Buffer.from(files['xl/worksheets/sheet1.xml']!).toString('utf8');
  const protection = /<sheetProtection [^>]*>/.exec(sheet)?.[0] ?? '';
  assert.match(protection, /sheet="1"/);
  assert.doesNotMatch(
    protection,
    /insertRows="0"|deleteRows="0"|sort="0"/,
    'inserting, deleting and sorting rows stay forbidden',
  );
  assert.doesNotMatch(protection, /hashValue/, 'no password: a school can lift the protection if it must');
  assert.match(sheet, /<col min="1" max="2" width="[\d.]+" hidden="1"/);
  const validations = [...sheet.matchAll(/<dataValidation [^>]*sqref="([^"]+)"[^>]*>(.*?)<\/dataValidation>/g)].map(
    (m) => [m[1], m[2]],
  );
  const list = '<formula1>&quot;запланировано,выполняется,выполнено,не выполнено,отменено&quot;</formula1>';
  const kinds = '<formula1>&quot;протокол,приказ,справка,отчёт,план,фотоотчёт,ссылка,документ&quot;</formula1>';
  // Item rows 9–10, 12 and 14 (sections in 8, 11, 13): one range each, none overlapping.
  assert.deepEqual(
    validations
      .filter(([, f]) => f === list)
      .map(([r]) => r)
      .sort(),
    ['I12:I12', 'I14:I14', 'I9:I10'],
  );
  assert.deepEqual(
    validations
      .filter(([, f]) => f === kinds)
      .map(([r]) => r)
      .sort(),
    ['M12:M12', 'M14:M14', 'M9:M10'],
  );
  assert.match(sheet, /type="date" [^>]*sqref="J9:J10"><formula1>45292<\/formula1><formula2>45657<\/formula2>/);
  const styles = Buffer.from(files['xl/styles.xml']!).toString('utf8');
  assert.match(styles, /<protection locked="0"\/>/);
});

test(
  'a filled row becomes an entry: Russian words, a date as written, the default kind, ' + 'who filled it in',
  async () => {
    const content = contentOf();
    const form = await emptyForm(content);
    form.reporter = 'Иванова И.И., заместитель директора';
    fill(rowOf(form, 'p-I-1'), {
      status: 'Выполнено',
      date: '12.05.2024',
      comment: 'Программа утверждена',
      evidenceTitle: 'Приказ № 5',
      evidenceUrl: 'https://school.example/p5.pdf',
    });
    fill(rowOf(form, 'p-I-2'), { status: 'не  выполнено', date: '2024-06-30' });
    fill(rowOf(form, 'control-1'), {
      status: 'выполняется',
      date: '45444',
      evidenceTitle: 'Справка',
      evidenceKind: 'Справка',
      evidenceUrl: 'http://school.example/s',
    });
    const { entries, problems } = check(form, content);
    assert.deepEqual(problems, []);
    const reporter = 'Иванова И.И., заместитель директора';
    assert.deepEqual(
      entries.map((e) => e.entry),
      [
        {
          item: 'p-I-1',
          date: '2024-05-12',
          status: 'done',
          comment: 'Программа утверждена',
          reporter,
          evidence: [{ title: 'Приказ № 5', kind: 'link', url: 'https://school.example/p5.pdf' }],
        },
        { item: 'p-I-2', date: '2024-06-30', status: 'not-done', reporter },
        {
          item: 'control-1',
          date: '2024-06-01',
          status: 'in-progress',
          reporter,
          evidence: [{ title: 'Справка', kind: 'certificate', url: 'http://school.example/s' }],
        },
      ],
    );
    assert.equal(entries[0]!.row, rowOf(form, 'p-I-1').row);
  },
);

test('dates: a date cell, ДД.ММ.ГГГГ, ДД.ММ.ГГ, ГГГГ-ММ-ДД and Excel day numbers; not a day is undefined', () => {
  assert.equal(parseFormDate({ text: '12.05.24', date: '2024-05-12' }), '2024-05-12');
  assert.equal(parseFormDate({ text: '1.9.2024' }), '2024-09-01');
  assert.equal(parseFormDate({ text: '12.05.24' }), '2024-05-12');
  assert.equal(parseFormDate({ text: '12.05.2024 г.' }), '2024-05-12');
  assert.equal(parseFormDate({ text: '2024-05-12' }), '2024-05-12');
  assert.equal(parseFormDate({ text: '45424' }), '2024-05-12');
  for (const text of ['31.02.2024', '12 мая', 'вчера', '2024-13-01', '12.05'])
    assert.equal(parseFormDate({ text }), undefined, text);
});

/** The one problem of a form with one row filled as `values`. */
async function problemOf(values: Partial<Record<FormColumn, string>>, anchor = 'p-I-1') {
  const content = contentOf();
  const form = await emptyForm(content);
  const row = rowOf(form, anchor);
  fill(row, values);
  const { entries, problems } = check(form, content);
  assert.deepEqual(entries, []);
  return { problems, row: row.row };
}

const bad: [string, Partial<Record<FormColumn, string>>, FormColumn | undefined, RegExp][] = [
  [
    'an unknown status word',
    { status: 'сделано', date: '12.05.2024' },
    'status',
    /неизвестный статус «сделано»: выберите из списка — запланировано, выполняется, выполнено, не выполнено, отменено/,
  ],
  [
    'a date before the period',
    { status: 'выполнено', date: '31.12.2023' },
    'date',
    /дата 31\.12\.2023 вне периода дорожной карты \(01\.01\.2024 — 31\.12\.2024\)/,
  ],
  [
    'a date after today',
    { status: 'выполнено', date: '01.07.2024' },
    'date',
    /дата 01\.07\.2024 ещё не наступила \(сегодня 30\.06\.2024\)/,
  ],
  [
    'not a date',
    { status: 'выполнено', date: 'в мае' },
    'date',
    /«в мае» — не дата: напишите день в виде ДД\.ММ\.ГГГГ/,
  ],
  [
    'a day that is not in the calendar',
    { status: 'выполнено', date: '31.04.2024' },
    'date',
    /«31\.04\.2024» — такого дня нет: в этом месяце 30 дней: напишите день в виде ДД\.ММ\.ГГГГ/,
  ],
  ['a month that does not exist', { status: 'выполнено', date: '2024-13-01' }, 'date', /«2024-13-01» — месяца 13 нет/],
  ['a status without a date', { status: 'выполнено' }, 'date', /есть статус, но нет даты/],
  ['a date without a status', { date: '12.05.2024' }, 'status', /есть дата, но нет статуса/],
  ['a comment alone', { comment: 'Сделали' }, 'status', /нет статуса и даты/],
  [
    'a link that is not http(s)',
    { status: 'выполнено', date: '12.05.2024', evidenceTitle: 'Протокол', evidenceUrl: 'javascript:alert(1)' },
    'evidenceUrl',
    /не адрес страницы в интернете: ссылка должна начинаться с https:\/\/ или http:\/\//,
  ],
  [
    'a link without its scheme',
    { status: 'выполнено', date: '12.05.2024', evidenceTitle: 'Протокол', evidenceUrl: 'www.school.ru/p.pdf' },
    'evidenceUrl',
    /не адрес страницы в интернете/,
  ],
  [
    'a file link',
    { status: 'выполнено', date: '12.05.2024', evidenceTitle: 'Протокол', evidenceUrl: 'file:///C:/Документы/p.pdf' },
    'evidenceUrl',
    /не адрес страницы в интернете/,
  ],
  [
    'a link without a title',
    { status: 'выполнено', date: '12.05.2024', evidenceUrl: 'https://school.example/p.pdf' },
    'evidenceTitle',
    /у ссылки нет названия/,
  ],
  [
    'a document without a link',
    { status: 'выполнено', date: '12.05.2024', evidenceTitle: 'Протокол' },
    'evidenceUrl',
    /у документа нет ссылки.*файлы форма не принимает/,
  ],
  [
    'an unknown document kind',
    {
      status: 'выполнено',
      date: '12.05.2024',
      evidenceTitle: 'Протокол',
      evidenceKind: 'скан',
      evidenceUrl: 'https://school.example/p.pdf',
    },
    'evidenceKind',
    /неизвестный вид документа «скан»: выберите из списка — протокол, приказ/,
  ],
  [
    'a locked cell typed over',
    { status: 'выполнено', date: '12.05.2024', title: 'Разработка программы (исправлено)' },
    'title',
    /эту ячейку менять нельзя: в ней текст дорожной карты/,
  ],
  [
    'a deadline typed over',
    { status: 'выполнено', date: '12.05.2024', deadline: 'май 2024 г.' },
    'deadline',
    /эту ячейку менять нельзя/,
  ],
];

for (const [name, values, column, message] of bad) {
  test(`a bad row is an error at its place: ${name}`, async () => {
    const { problems, row } = await problemOf(values);
    assert.equal(problems.length, 1, JSON.stringify(problems));
    const [problem] = problems;
    assert.equal(problem!.column, column);
    assert.match(problem!.message, message);
    const letter = {
      status: 'I',
      date: 'J',
      evidenceUrl: 'N',
      evidenceTitle: 'L',
      evidenceKind: 'M',
      title: 'D',
      deadline: 'E',
    }[column as string];
    const heading = {
      status: 'Статус',
      date: 'Дата',
      evidenceUrl: 'Ссылка на документ',
      evidenceTitle: 'Документ: название',
      evidenceKind: 'Вид документа',
      title: 'Мероприятие',
      deadline: 'Срок',
    }[column as string];
    assert.equal(problem!.place, `лист «Отчёт», строка ${row}, столбец ${letter} («${heading}»)`);
  });
}

test('who filled the form in is one line of reasonable length', async () => {
  const content = contentOf();
  const form = await emptyForm(content);
  form.reporter = 'Иванова И.И. '.repeat(400);
  fill(rowOf(form, 'p-I-1'), { status: 'выполнено', date: '12.05.2024' });
  const { problems } = check(form, content);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.place, `лист «Отчёт», строка ${form.reporterRow}`);
  assert.match(problems[0]!.message, /«Заполнил\(а\)» длиннее 5\s000 знаков/);
});

test('a row with several errors names each, in the order of its columns', async () => {
  const { problems } = await problemOf({
    status: 'сделано',
    date: '32.13.2024',
    evidenceTitle: 'Протокол',
    evidenceUrl: 'ftp://school.example/p.pdf',
  });
  assert.deepEqual(
    problems.map((p) => p.column),
    ['status', 'date', 'evidenceUrl'],
  );
});

test('an item gone from the roadmap, or changed in it since the form was made, needs a new form', async () => {
  const content = contentOf();
  const form = await emptyForm(content);
  fill(rowOf(form, 'p-I-2'), { status: 'выполнено', date: '12.05.2024' });
  fill(rowOf(form, 'p-school-1'), { status: 'выполнено', date: '12.05.2024' });
  // The roadmap is amended: item 2 gets another title, and the school section's item gets an id (a new anchor).
  const amended = contentOf(
    roadmapText('Анализ результатов ВПР и всероссийских олимпиад').replace(
      '      - number: "1."\n        title: Родительские собрания',
      '      - id: sobraniya\n        number: "1."\n        title: Родительские собрания',
    ),
  );
  const { entries, problems } = check(form, amended);
  assert.deepEqual(entries, []);
  assert.equal(problems.length, 2);
  assert.match(
    problems[0]!.message,
    new RegExp(
      'пункт изменён в дорожной карте после того, как создана форма: ' +
        String.raw`теперь это «2\. Анализ результатов ВПР и всероссийских олимпиад»\. ` +
        'Создайте новую форму командой karta report-form',
    ),
  );
  assert.match(
    problems[1]!.message,
    /пункта «p-school-1» больше нет в дорожной карте «r-2024»: его удалили или перенесли/,
  );
  assert.equal(problems[1]!.place, `лист «Отчёт», строка ${rowOf(form, 'p-school-1').row}`);
});

test('a changed deadline in the roadmap does not stop a report on the same item', async () => {
  const content = contentOf();
  const form = await emptyForm(content);
  fill(rowOf(form, 'p-I-1'), { status: 'выполнено', date: '12.05.2024' });
  const { entries, problems } = check(form, contentOf(roadmapText().replace('март 2024 г.', 'апрель 2024 г.')));
  assert.deepEqual(problems, []);
  assert.equal(entries.length, 1);
});

test('a filled row that is not an item (a section row, a row added) is an error', async () => {
  const content = contentOf();
  const form = await emptyForm(content);
  const section = form.rows.find((r) => r.cells.number.text === 'Уровень школы')!;
  fill(section, { status: 'выполнено', date: '12.05.2024' });
  const { problems } = check(form, content);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!.message, /строка не относится ни к одному пункту/);
});

test(
  'an organisation other than the owner gets the items of its sections only, ' + 'and reports on nothing else',
  async () => {
    const content = contentOf();
    assert.throws(
      () => formModel(content, { roadmapId: 'r-2024', organizationId: 'school-2' }),
      (e: Error) =>
        e instanceof FormError &&
        /не владелец карты.*укажите --covers.*\n.*s-I — I\. Организация работы/s.test(e.message),
    );
    assert.throws(
      () => formModel(content, { roadmapId: 'r-2024', organizationId: 'school-2', covers: ['s-nope'] }),
      /нет раздела с якорем «s-nope»/,
    );
    assert.throws(
      () => formModel(content, { roadmapId: 'r-2024', covers: ['s-school'] }),
      /владелец карты.*--covers не нужен/,
    );
    const request = { roadmapId: 'r-2024', organizationId: 'school-2', covers: ['s-school'] };
    const form = await emptyForm(content, request);
    assert.deepEqual(form.covers, ['s-school']);
    assert.deepEqual(form.rows.map((r) => r.cells.anchor.text).filter(Boolean), ['p-school-1']);
    // A row of another section pasted into the form (in LibreOffice, say) is refused.
    fill(form.rows[1]!, { anchor: 'p-I-1', status: 'выполнено', date: '12.05.2024' });
    const { problems } = check(form, content, request);
    assert.match(
      problems[0]?.message ?? '',
      /пункт «p-I-1» не входит в разделы, о которых отчитывается организация \(Уровень школы\)/,
    );
  },
);

test('a file that is not a form, or a form whose columns were removed, is refused as a whole', async () => {
  await assert.rejects(
    readFilledForm(Buffer.from('№;Мероприятие\n1;Анализ\n'), 'план.csv'),
    (e: Error) => e instanceof FormReadError && /в «план\.csv» нет формы отчёта Карты/.test(e.message),
  );
  await assert.rejects(
    readFilledForm(Buffer.from('просто текст'), 'отчёт.txt'),
    /не таблица: форму отчёта читают из XLSX/,
  );
  // The form saved as CSV without the column «Дата».
  const content = contentOf();
  const { bytes } = await emptyForm(content);
  const csv = await csvOf(bytes, (cells) => cells.filter((_, i) => i !== 9));
  await assert.rejects(
    readFilledForm(Buffer.from(csv), 'отчёт.csv'),
    /файл «отчёт\.csv», строка 7: нет столбца «Дата»\. Столбцы формы нельзя удалять/,
  );
});

test('the same form as CSV (UTF-8 with BOM, «;») reads the same, with «файл …» as its place', async () => {
  const content = contentOf();
  const { bytes } = await emptyForm(content);
  const csv = await csvOf(bytes, (cells, anchor) =>
    anchor === 'p-I-2'
      ? cells.map((c, i) =>
          i === 8 ? 'выполнено' : i === 9 ? '12.05.2024' : i === 10 ? 'Строка 1\nстрока 2; с точкой с запятой' : c,
        )
      : cells,
  );
  const form = await readFilledForm(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)]), 'отчёт.csv');
  assert.equal(form.where, 'файл «отчёт.csv»');
  const { entries, problems } = check(form, content);
  assert.deepEqual(problems, []);
  assert.deepEqual(
    entries.map((e) => e.entry),
    [{ item: 'p-I-2', date: '2024-05-12', status: 'done', comment: 'Строка 1\nстрока 2; с точкой с запятой' }],
  );
});

/** The form's cells as CSV, as Excel saves it: «;», quotes where needed, CRLF; `change` edits each row's cells. */
async function csvOf(bytes: Uint8Array, change: (cells: string[], anchor: string) => string[]): Promise<string> {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(zipSync(unzipSync(bytes))) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const lines: string[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const cells = Array.from({ length: 14 }, (_, c) => {
      const cell = sheet.getRow(r).getCell(c + 1);
      return cell.isMerged && cell.master.address !== cell.address ? '' : String(cell.text ?? '');
    });
    lines.push(
      change(cells, cells[0]!)
        .map((c) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c))
        .join(';'),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
