// `karta deadline` as a user runs it: the real command in a subprocess, its JSON read back; and a deadline it does not
// understand in `karta check`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { copyContent, edit, karta, positionOf } from './support/content-copy.ts';

const sochi = 'roadmaps/sochi-2023.mdx';

test('karta deadline prints the structure and the occurrences in the period as JSON', () => {
  const result = karta(['deadline', 'не реже одного раза в четверть', '--period', '2023-01-01:2023-12-31']);
  assert.equal(result.code, 0, result.output);
  assert.equal(result.stderr, '');
  assert.deepStrictEqual(JSON.parse(result.stdout), {
    period: { start: '2023-01-01', end: '2023-12-31' },
    text: 'не реже одного раза в четверть',
    kind: 'recurrence',
    understood: true,
    recurrence: { unit: 'school-quarter', interval: 1, times: 1, atLeast: true },
    occurrences: [
      { start: '2023-01-01', end: '2023-03-31' },
      { start: '2023-04-01', end: '2023-05-31' },
      { start: '2023-09-01', end: '2023-10-31' },
      { start: '2023-11-01', end: '2023-12-31' },
    ],
  });
});

test('karta deadline: words given without quotes are one phrase; the period decides the year of a bare month', () => {
  const result = karta(['deadline', 'Февраль,', 'июнь', '--period', '2023-09-01:2024-08-31']);
  assert.equal(result.code, 0, result.output);
  const parsed = JSON.parse(result.stdout);
  assert.equal(parsed.text, 'Февраль, июнь');
  assert.equal(parsed.kind, 'months');
  assert.deepStrictEqual(parsed.occurrences, [
    { start: '2024-02-01', end: '2024-02-29' },
    { start: '2024-06-01', end: '2024-06-30' },
  ]);
});

test('karta deadline: a phrase it does not understand is printed as unscheduled with a note, exit code 0', () => {
  const result = karta(['deadline', 'когда получится', '--period', '2023-01-01:2023-12-31']);
  assert.equal(result.code, 0, result.output);
  assert.deepStrictEqual(JSON.parse(result.stdout), {
    period: { start: '2023-01-01', end: '2023-12-31' },
    text: 'когда получится',
    kind: 'unscheduled',
    understood: false,
    occurrences: [],
  });
  assert.match(result.stderr, /Срок не распознан/);
});

test('karta deadline: a malformed period or a missing phrase is an error in Russian', () => {
  const badPeriod = karta(['deadline', 'февраль', '--period', '2023-12-31:2023-01-01']);
  assert.equal(badPeriod.code, 1);
  assert.match(badPeriod.stderr, /период «2023-12-31:2023-01-01» не понят/);
  const noPhrase = karta(['deadline', '--period', '2023-01-01:2023-12-31']);
  assert.equal(noPhrase.code, 1);
  assert.match(noPhrase.stderr, /укажите срок в кавычках/);
  assert.match(karta(['help']).stdout, /karta deadline "СРОК"/);
  assert.match(karta(['deadline', '--help']).stdout, /--period ОТ:ДО +период ГГГГ-ММ-ДД:ГГГГ-ММ-ДД/);
});

test('karta check prints the warning and still exits 0', () => {
  const dir = copyContent();
  edit(dir, sochi, 'deadline: "до 30 января 2023 г."', 'deadline: "по мере поступления средств"');
  const result = karta(['check', '--content', dir]);
  assert.equal(result.code, 0, result.output);
  const at = positionOf(dir, sochi, '"по мере');
  assert.ok(
    result.stderr.includes(
      `${path.join(dir, sochi)}:${at.line}:${at.column}  предупреждение в поле ` +
        'sections[0].sections[0].items[0].deadline (раздел МУНИЦИПАЛЬНЫЙ УРОВЕНЬ › раздел I › пункт 1, № 1.): ' +
        'срок «по мере поступления средств» не распознан',
    ),
    result.stderr,
  );
  assert.match(result.stdout, /Содержимое в порядке: .*; предупреждений: 1\./);
});
