// `karta import` as a person runs it: a good file becomes a roadmap that `karta check` accepts; bad input — an empty
// file, a file without a table, a corrupt or password-protected DOCX/XLSX, an unknown format — gets a message in
// Russian, a non-zero exit, and nothing is written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import officeCrypto from 'officecrypto-tool';
import { copyContent, karta, projectRoot } from './support/content-copy.ts';
import { makeDocx, makeXlsx, type TableSpec } from './support/office-files.ts';
import { tempDir } from './support/temp-dir.ts';

const work = tempDir('karta-import-cli-');
const table: TableSpec = {
  header: ['№', 'Наименование мероприятия', 'Форма', 'Сроки', 'Ответственные'],
  rows: [{ cells: ['1.', 'Разработка дорожной карты', 'приказ', 'до 30 января 2023 г.', 'Миронова Е.В.'] }],
};

function file(name: string, bytes: Uint8Array | string): string {
  const full = path.join(work, name);
  writeFileSync(full, bytes);
  return full;
}

function expectRefused(input: string, message: RegExp) {
  const out = path.join(work, `${path.basename(input)}.yaml`);
  const result = karta(['import', input, '--out', out]);
  assert.notEqual(result.code, 0, result.output);
  assert.match(result.stderr, message);
  assert.match(result.stderr, /Ничего не записано/);
  assert.ok(!existsSync(out), 'nothing written');
}

test('a seed text imports into a content folder and `karta check` accepts it', () => {
  const content = copyContent();
  const out = path.join(content, 'roadmaps', 'sochi-imported.yaml');
  const result = karta([
    'import',
    path.join(projectRoot, 'sources', '000_95093b87e5d69197.txt'),
    '--owner',
    'sochi-uon',
    '--out',
    out,
    '--content',
    content,
  ]);
  assert.equal(result.code, 0, result.output);
  assert.match(result.stdout, /Записано: .*sochi-imported\.yaml — пунктов 52/);
  assert.match(result.stdout, /Исправлено[\s\S]*«0 0» вместо «ОО»/);
  assert.match(result.stdout, /Угадано — проверьте по документу/);
  assert.match(
    readFileSync(out, 'utf8'),
    /number: "1\."\n\s+title: "Разработка и утверждение муниципальной дорожной карты/,
  );
  const check = karta(['check', '--content', content]);
  assert.equal(check.code, 0, check.output);
});

test('fields the text does not give are left for the user and `karta check` names them', () => {
  const content = copyContent();
  const input = file('без-реквизитов.csv', 'Мероприятие;Сроки;Ответственные\nСеминар для учителей;март 2024;ЦРО\n');
  const out = path.join(content, 'roadmaps', 'school-imported.yaml');
  const result = karta(['import', input, '--out', out, '--content', content]);
  assert.equal(result.code, 0, result.output);
  assert.match(result.stdout, /ЗАПОЛНИТЕ вручную[\s\S]*- owner:[\s\S]*- order\.date:/);
  const yaml = readFileSync(out, 'utf8');
  assert.match(yaml, /owner: # ЗАПОЛНИТЕ: идентификатор организации/);
  const check = karta(['check', '--content', content]);
  assert.notEqual(check.code, 0);
  assert.match(check.stderr, /school-imported\.yaml:\d+:\d+ {2}ошибка в поле owner/);
  assert.match(check.stderr, /school-imported\.yaml:\d+:\d+ {2}ошибка в поле order\.date/);
});

test('a deadline Карта does not understand is a warning: listed once, and the import succeeds', () => {
  const content = copyContent();
  const input = file(
    'со-странным-сроком.csv',
    'Мероприятие;Сроки;Ответственные\nСеминар для учителей;март 2024;ЦРО\nВстреча с родителями;когда получится;ЦРО\n',
  );
  const out = path.join(content, 'roadmaps', 'school-odd-deadline.yaml');
  const result = karta(['import', input, '--out', out, '--content', content]);
  assert.equal(result.code, 0, result.output);
  assert.match(result.stdout, /ошибок нет, кроме незаполненных полей/);
  assert.match(result.stdout, /Сроки, которых Карта не понимает \(1\)[^\n]*\n.*«когда получится»/);
  assert.equal(result.stdout.split('«когда получится»').length, 2, 'listed once');
});

test('an existing file is not overwritten without --force', () => {
  const input = file('карта.csv', 'Мероприятие;Сроки\nСеминар;март 2024\n');
  const out = file('existing.yaml', 'title: "прежний"\n');
  const refused = karta(['import', input, '--out', out]);
  assert.notEqual(refused.code, 0);
  assert.match(refused.stderr, /уже есть: укажите другой --out или добавьте --force/);
  assert.equal(readFileSync(out, 'utf8'), 'title: "прежний"\n');
  const forced = karta(['import', input, '--out', out, '--force']);
  assert.equal(forced.code, 0, forced.output);
  assert.match(readFileSync(out, 'utf8'), /Семинар/);
});

test('an empty file', () => {
  expectRefused(file('пустой.txt', ''), /файл «пустой\.txt» пуст/);
  expectRefused(file('пустой.docx', ''), /файл «пустой\.docx» пуст/);
  expectRefused(file('пробелы.csv', '  \n\n '), /пуст/);
});

test('a file with no table', async () => {
  expectRefused(
    file('письмо.txt', 'Уважаемые коллеги!\n\nНаправляем вам план работы на 2023 год.\n'),
    /не найдено ни одной таблицы/,
  );
  expectRefused(
    file('без-таблицы.docx', await makeDocx([], ['ПРИКАЗ', 'Об утверждении дорожной карты'])),
    /не найдено ни одной таблицы/,
  );
  // The headings it saw, so that the person knows what to rename.
  expectRefused(
    file('список.csv', 'ФИО;Должность\nИванова И.И.;учитель\n'),
    /нет таблицы мероприятий[\s\S]*таблица 1, строка 1 \(строка 1 файла\): «ФИО», «Должность»;[\s\S]*Переименуйте/,
  );
});

test('a corrupt DOCX or XLSX', async () => {
  const docx = await makeDocx([table]);
  expectRefused(file('обрезан.docx', docx.subarray(0, Math.floor(docx.length / 2))), /повреждён/);
  expectRefused(file('мусор.docx', Buffer.from('PK\u0003\u0004 это не архив, а мусор')), /повреждён/);
  const xlsx = await makeXlsx([table]);
  expectRefused(file('обрезан.xlsx', xlsx.subarray(0, Math.floor(xlsx.length / 2))), /повреждён/);
});

test('a password-protected DOCX or XLSX', async () => {
  const docx = await officeCrypto.encrypt(await makeDocx([table]), { password: 'школа' });
  expectRefused(file('с-паролем.docx', docx), /защищён паролем/);
  const xlsx = await officeCrypto.encrypt(await makeXlsx([table]), { password: 'школа' });
  expectRefused(file('с-паролем.xlsx', xlsx), /защищён паролем/);
});

test('an unknown format', () => {
  expectRefused(
    file('скан.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    /не поддерживается/,
  );
  expectRefused(file('карта.pdf', '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n'), /\(\.pdf\) не поддерживается/);
});

test('no file, a missing file, a bad --owner', () => {
  const none = karta(['import']);
  assert.notEqual(none.code, 0);
  assert.match(none.stderr, /укажите файл/);
  const missing = karta(['import', path.join(work, 'нет-такого.docx')]);
  assert.notEqual(missing.code, 0);
  assert.match(missing.stderr, /не найден/);
  const owner = karta(['import', file('x.csv', 'Мероприятие;Сроки\nСеминар;март\n'), '--owner', 'Школа №1']);
  assert.notEqual(owner.code, 0);
  assert.match(owner.stderr, /не похож на идентификатор/);
});
