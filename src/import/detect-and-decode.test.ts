import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeText } from '../content-model/decode-text.ts';
import { detectFormat } from './detect-format.ts';
import { ImportError } from './import-error.ts';
import { readDate, readDocumentFacts, readPeriod } from './document-facts.ts';

test('text in UTF-8, UTF-8 with BOM and Windows-1251 is decoded', () => {
  const text = 'Мероприятие;Сроки выполнения;Ответственные лица\nСеминар;март;Миронова Е.В.\n';
  assert.deepEqual(decodeText(Buffer.from(text, 'utf8')), { text, encoding: 'UTF-8' });
  assert.deepEqual(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])), {
    text,
    encoding: 'UTF-8',
  });
  assert.deepEqual(decodeText(iconv.encode(text, 'windows-1251')), { text, encoding: 'Windows-1251' });
});

test('formats by their bytes and names; what cannot be read is refused in Russian', () => {
  assert.equal(detectFormat(Buffer.from('| a | b |'), 'x.md').format, 'markdown');
  assert.equal(detectFormat(Buffer.from('a\tb'), 'x.tsv').format, 'tsv');
  assert.equal(detectFormat(Buffer.from('a;b'), 'x.csv').format, 'csv');
  assert.equal(detectFormat(Buffer.from('a b'), 'x.txt').format, 'text');
  assert.throws(
    () => detectFormat(Buffer.alloc(0), 'x.docx'),
    (e: unknown) => e instanceof ImportError && /пуст/.test(e.message),
  );
  assert.throws(
    () => detectFormat(Buffer.from('data'), 'x.rtf'),
    (e: unknown) => e instanceof ImportError && /не поддерживается/.test(e.message),
  );
  const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64)]);
  assert.throws(
    () => detectFormat(ole, 'x.doc'),
    (e: unknown) => e instanceof ImportError && /старого формата/.test(e.message),
  );
});

test('a text file with a stray NUL is refused with the line of the character', () => {
  assert.throws(
    () => detectFormat(Buffer.from('№;Мероприятие\n1;Семинар\u0000\n'), 'план.csv'),
    /в файле «план\.csv» в строке 2 есть символ NUL .*удалите этот символ/,
  );
  // Many NULs: a binary file under a text name.
  assert.throws(() => detectFormat(Buffer.alloc(100), 'план.txt'), /формат файла «план\.txt» не поддерживается/);
});

test('the order, the title and the period are read from the text', () => {
  assert.deepEqual(readDate('от 18.04.23'), { iso: '2023-04-18', words: '18.04.23' });
  assert.deepEqual(readDate('07 марта 2023 г.    г. Георгиевск'), { iso: '2023-03-07', words: '07 марта 2023' });
  assert.deepEqual(readPeriod('на 2023-2024 г.г.'), { start: '2023-01-01', end: '2024-12-31' });
  assert.deepEqual(readPeriod('на второе полугодие 2022-2023 учебного года и 2023-2024 учебный год'), {
    start: '2023-01-01',
    end: '2024-08-31',
  });
  const line = (text: string, n: number) => ({ text, place: { line: n } });
  const facts = readDocumentFacts([
    line('УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ РАЙОНА', 1),
    line('ПРИКАЗ', 3),
    line('от 26.01.2021', 5),
    line('№ 59/0103', 7),
    line('Об утверждении муниципальной дорожной карты', 9),
    line('на 2021 год', 10),
    line('В соответствии с законом от 29 декабря 2012 г. № 273-ФЗ приказываю:', 12),
  ]);
  assert.equal(facts.orderDate?.value, '2021-01-26');
  assert.equal(facts.orderNumber?.value, '59/0103');
  assert.equal(facts.orderTitle?.value, 'Об утверждении муниципальной дорожной карты на 2021 год');
  assert.deepEqual(facts.period?.value, { start: '2021-01-01', end: '2021-12-31' });
  assert.equal(facts.level?.value, 'municipal');
});
