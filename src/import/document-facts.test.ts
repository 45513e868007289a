// The order's requisites read from the text around the tables: the seeds' appendix and approval stamps (the part
// of each source text from the stamp on, as a document holding the roadmap alone would begin), and common forms of
// other documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readDocumentFacts, readRequisites } from './document-facts.ts';
import type { TextLine } from './model.ts';

const linesOf = (text: string, first = 1): TextLine[] =>
  text.split('\n').flatMap((line, i) => (line.trim() ? [{ text: line, place: { line: first + i } }] : []));
const source = (file: string, from: number, to: number) =>
  linesOf(
    readFileSync(path.join(import.meta.dirname, '../../sources', file), 'utf8')
      .split('\n')
      .slice(from - 1, to)
      .join('\n'),
    from,
  );
const order = (lines: TextLine[]) => {
  const facts = readDocumentFacts(lines);
  return {
    date: facts.orderDate?.value,
    number: facts.orderNumber?.value,
    line: facts.orderNumber?.place.line ?? facts.orderDate?.place.line,
  };
};

test(
  'the seeds’ stamps: «УТВЕРЖДЕНА приказом управления образования … от 07 марта 2023 года № 1119» ' +
    'over several lines',
  () => {
    assert.deepStrictEqual(order(source('002_7c3c0ab9f92a9e58.txt', 94, 110)), {
      date: '2023-03-07',
      number: '1119',
      line: 94,
    });
    assert.deepStrictEqual(order(source('003_aeba9ef5a97725a6.txt', 139, 160)), {
      date: '2023-03-06',
      number: '681',
      line: 141,
    });
    assert.deepStrictEqual(order(source('004_a99dcda4ede82080.txt', 36, 50)), {
      date: '2023-04-18',
      number: '600',
      line: 36,
    });
  },
);

test(
  'common forms: «Приложение к приказу … от … №», «Утверждена приказом от … №», ' + 'the issuer’s own «№» skipped',
  () => {
    const read = (text: string) => {
      const r = readRequisites(linesOf(text));
      return r && { date: r.date, number: r.number };
    };
    assert.deepStrictEqual(read('Приложение к приказу МБОУ СОШ № 5\nот 30.08.2024 № 245\n\nДорожная карта'), {
      date: '2024-08-30',
      number: '245',
    });
    assert.deepStrictEqual(read('Утверждена приказом от 30.08.2024 № 245'), { date: '2024-08-30', number: '245' });
    assert.deepStrictEqual(
      read('УТВЕРЖДЕНА\nприказом управления образования\nадминистрации Энского района\nот 2 сентября 2024 г. № 312-од'),
      { date: '2024-09-02', number: '312-од' },
    );
    assert.deepStrictEqual(read('Приложение № 2 к приказу директора от «30» августа 2024 года № 101/1'), {
      date: '2024-08-30',
      number: '101/1',
    });
    assert.deepStrictEqual(read('Приложение 1\nк распоряжению от 01.09.24 №7'), { date: '2024-09-01', number: '7' });
    assert.deepStrictEqual(
      read('УТВЕРЖДАЮ\nДиректор МБОУ «СОШ № 5»\n__________ И.И. Иванова\nПриказ от 02.09.2024 № 140'),
      { date: '2024-09-02', number: '140' },
    );
    assert.deepStrictEqual(read('Приложение\nк приказу управления\nот'), undefined, 'a stamp without its date');
    assert.deepStrictEqual(
      order(linesOf('Утверждена приказом от 30.08.2024 № 245\n\nДорожная карта на 2024-2025 учебный год')),
      { date: '2024-08-30', number: '245', line: 1 },
    );
  },
);
