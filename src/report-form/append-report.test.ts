import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { reportSchema, type ReportEntry } from '../content-model/schemas.ts';
import { appendEntries, entryKey } from './append-report.ts';

const existing = `# Отчёт школы (комментарий в начале файла остаётся)
roadmap: r-2024
organization: school-1
entries:
  # первая запись
  - item: p-I-1
    date: 2024-03-01
    status: in-progress
    comment: "Начали: в кавычках, как было"
    evidence:
      - { title: Приказ, kind: order, url: https://example.org/p.pdf }

  - item: p-I-2 # комментарий в строке
    date: 2024-03-02
    status: planned
`;

const header = { roadmap: 'r-2024', organization: 'school-1' };
const done: ReportEntry = {
  item: 'p-I-2',
  date: '2024-05-12',
  status: 'done',
  comment: 'Сделано',
  evidence: [{ title: 'Протокол', kind: 'protocol', url: 'https://example.org/1' }],
};

test('entries are appended after the last one, and everything the file had stays as written', () => {
  const result = appendEntries(existing, header, [done], 'Из формы «отчёт.xlsx», 12.05.2024');
  assert.deepEqual(result.added, [done]);
  assert.ok(result.text.startsWith(existing), result.text);
  assert.equal(
    result.text.slice(existing.length),
    [
      '  # Из формы «отчёт.xlsx», 12.05.2024',
      '  - item: p-I-2',
      '    date: 2024-05-12',
      '    status: done',
      '    comment: Сделано',
      '    evidence:',
      '      - title: Протокол',
      '        kind: protocol',
      '        url: https://example.org/1',
      '',
    ].join('\n'),
  );
  const data = reportSchema.parse(parse(result.text));
  assert.equal(data.entries.length, 3);
});

test('reading the same entries again adds nothing and leaves the text as it is', () => {
  const once = appendEntries(existing, header, [done]);
  const twice = appendEntries(once.text, header, [done]);
  assert.deepEqual(twice.added, []);
  assert.deepEqual(twice.skipped, [done]);
  assert.equal(twice.text, once.text);
});

test('an entry the file has in another style (flow mapping, quotes) is the same entry', () => {
  const same: ReportEntry = {
    item: 'p-I-1',
    date: '2024-03-01',
    status: 'in-progress',
    comment: 'Начали: в кавычках, как было',
    evidence: [{ title: 'Приказ', kind: 'order', url: 'https://example.org/p.pdf' }],
  };
  const result = appendEntries(existing, header, [same]);
  assert.deepEqual(result.added, []);
  assert.equal(result.text, existing);
  // Any difference — a comment, a date, a document's kind — is a new entry.
  for (const changed of [
    { ...same, comment: 'Начали' },
    { ...same, date: '2024-03-04' },
    { ...same, evidence: [{ ...same.evidence![0]!, kind: 'link' as const }] },
  ]) {
    assert.equal(appendEntries(existing, header, [changed]).added.length, 1, JSON.stringify(changed));
  }
  assert.notEqual(entryKey(same), entryKey({ ...same, status: 'done' }));
  assert.equal(
    entryKey(same),
    entryKey({ ...same, reporter: 'другой человек' }),
    'who sent it does not make another entry',
  );
});

test('an entry repeated within one form is added once', () => {
  const result = appendEntries(existing, header, [done, done]);
  assert.equal(result.added.length, 1);
  assert.equal(result.skipped.length, 1);
});

test('keys after entries stay where they are, and an empty flow list becomes a block list', () => {
  const text = 'roadmap: r-2024\norganization: school-1\nentries: []\nexample: true # пример\n';
  const result = appendEntries(text, header, [done]);
  assert.match(result.text, /^entries:\n {2}- item: p-I-2\n/m);
  assert.match(result.text, /\nexample: true # пример\n$/);
  assert.equal(reportSchema.parse(parse(result.text)).entries.length, 1);
});

test('a new report file names the roadmap, the organisation and its sections, and passes the schema', () => {
  const result = appendEntries(undefined, { ...header, organization: 'school-2', covers: ['s-school'] }, [done]);
  assert.match(result.text, /^# Отчёт о выполнении дорожной карты r-2024: school-2\./);
  const data = reportSchema.parse(parse(result.text));
  assert.deepEqual(data.covers, ['s-school']);
  assert.equal(data.organization, 'school-2');
  assert.deepEqual(data.entries, [done]);
  assert.equal(data.example, undefined);
  const example = appendEntries(undefined, { ...header, example: true }, [done]);
  assert.equal(reportSchema.parse(parse(example.text)).example, true);
});
