import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorsOf, loadContent } from './load-content.ts';
import { copyContent, edit, positionOf, realContent } from '../../tests/support/content-copy.ts';

const sochi = 'roadmaps/sochi-2023.mdx';
const georgievsk = 'roadmaps/georgievsk-2023-2024.mdx';

test('every deadline of the seed roadmaps is understood: no warnings', () => {
  const warnings = loadContent(realContent).problems.filter((p) => p.severity === 'warning');
  assert.deepEqual(warnings, []);
});

test('a deadline the parser does not understand is a warning with file, line, column and field, not an error', () => {
  const dir = copyContent();
  edit(dir, sochi, 'deadline: "до 30 января 2023 г."', 'deadline: "по мере поступления средств"');
  edit(dir, georgievsk, 'deadline: "Декабрь, май отчетного года"', 'deadline: "когда получится"');
  const { problems } = loadContent(dir, { displayRoot: dir });
  assert.deepEqual(errorsOf(problems), []);
  const at = (file: string, needle: string) => positionOf(dir, file, needle);
  assert.deepEqual(
    problems.map((p) => [p.severity, p.file, p.line, p.column, p.field]),
    [
      [
        'warning',
        georgievsk,
        at(georgievsk, '"когда получится"').line,
        at(georgievsk, '"когда получится"').column,
        'controlPoints[0].deadline',
      ],
      [
        'warning',
        sochi,
        at(sochi, '"по мере').line,
        at(sochi, '"по мере').column,
        'sections[0].sections[0].items[0].deadline',
      ],
    ],
  );
  assert.match(problems[1]!.message, /^срок «по мере поступления средств» не распознан: он будет показан как написан/);
});

test('an organisation may set its academic calendar; a malformed one is an error', () => {
  const good = copyContent();
  edit(
    good,
    'organizations/krasnodar-krai.yaml',
    'kind: region',
    'kind: region\nacademicCalendar:\n  quarters:\n' +
      '    - { start: "09-01", end: "10-27" }\n    - { start: "11-06", end: "12-29" }\n' +
      '    - { start: "01-09", end: "03-22" }\n    - { start: "04-01", end: "05-24" }',
  );
  assert.deepEqual(errorsOf(loadContent(good, { displayRoot: good }).problems), []);

  const bad = copyContent();
  edit(
    bad,
    'organizations/krasnodar-krai.yaml',
    'kind: region',
    'kind: region\nacademicCalendar:\n  quarters:\n    - { start: "09-01", end: "10-27" }\n' +
      '  halves:\n    - { start: "9-1", end: "12-31" }\n    - { start: "01-01", end: "05-31" }',
  );
  const messages = errorsOf(loadContent(bad, { displayRoot: bad }).problems).map((p) => `${p.field}: ${p.message}`);
  assert.deepEqual(messages, [
    'academicCalendar.quarters: список должен содержать не меньше 4 элементов',
    'academicCalendar.halves[0].start: день года в виде ММ-ДД, например 09-01',
  ]);
});
