import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { loadContent, errorsOf } from './load-content.ts';
import { copyContent, edit, positionOf, realContent } from '../../tests/support/content-copy.ts';

const roadmap = 'roadmaps/sochi-2023.mdx';

function problemsOf(dir: string) {
  return errorsOf(loadContent(dir, { displayRoot: dir }).problems);
}

test('the real content has no errors', () => {
  const content = loadContent(realContent);
  assert.deepEqual(errorsOf(content.problems), []);
  // Six roadmaps; the demo publishes no made-up amendment of a real one.
  assert.equal(content.roadmaps.size, 6);
  assert.equal(
    errorsOf(loadContent(copyContent(true)).problems).length,
    0,
    'nor has it with the example amendment of the tests',
  );
  assert.equal(content.reports.size, 1);
});

test('a wrong type deep in an item is reported with file, line, column and field', () => {
  const dir = copyContent();
  edit(dir, roadmap, 'number: "3."', 'number: 3.');
  const [problem, ...rest] = problemsOf(dir);
  assert.equal(rest.length, 0);
  const expected = positionOf(dir, roadmap, 'number: 3.');
  assert.equal(problem?.file, roadmap);
  assert.equal(problem?.line, expected.line);
  assert.equal(problem?.column, expected.column + 'number: '.length);
  assert.equal(problem?.field, 'sections[0].sections[0].items[2].number');
  assert.match(problem!.message, /прочитано как 3\): заключите значение в кавычки/);
});

test('a content folder that does not exist is an error naming it, not an empty site', () => {
  const missing = path.join(copyContent(), 'no-such-folder');
  const [problem, ...rest] = errorsOf(loadContent(missing).problems);
  assert.equal(rest.length, 0);
  assert.equal(problem?.file, missing);
  assert.match(problem!.message, /папки содержимого нет.*--content/);
});

test(
  'a link that would run a script is refused where it is written: ' + 'the address of a file, a link in the MDX text',
  () => {
    const dir = copyContent();
    edit(dir, roadmap, '  place: "г. Сочи"', '  place: "г. Сочи"\n  file: { url: "javascript:alert(1)", format: pdf }');
    edit(
      dir,
      roadmap,
      'Начальник управления О.Н. Медведева',
      'Начальник управления О.Н. Медведева\n\n[приказ](JavaScript:alert(1))',
    );
    const problems = problemsOf(dir);
    assert.equal(problems.length, 2, JSON.stringify(problems));
    const file = problems.find((p) => p.field === 'order.file.url');
    const link = problems.find((p) => p.field === '');
    assert.equal(file?.field, 'order.file.url');
    assert.equal(file?.line, positionOf(dir, roadmap, 'file: {').line);
    assert.match(file!.message, /javascript:/);
    assert.equal(link?.line, positionOf(dir, roadmap, '[приказ]').line);
    assert.match(link!.message, /не допускаются.*скриптов/);
  },
);

test('a number written in quotes is reported with what to write instead', () => {
  const dir = copyContent();
  const list = 'risk-factors/belorechensk-2023.yaml';
  edit(dir, list, 'year: 2023', 'year: "2023"');
  const [problem, ...rest] = problemsOf(dir);
  assert.equal(rest.length, 0);
  assert.equal(problem?.file, list);
  assert.equal(problem?.field, 'year');
  assert.match(problem!.message, /нужно число.*уберите кавычки — 2023$/);
});

test('a missing required field says to add it and where the required fields are listed', () => {
  const dir = copyContent();
  const list = 'risk-factors/belorechensk-2023.yaml';
  edit(dir, list, 'title: "Факторы негативного влияния (риска): наименование фактора, параметры, код параметра"\n', '');
  const [problem, ...rest] = problemsOf(dir);
  assert.equal(rest.length, 0);
  assert.equal(problem?.field, 'title');
  assert.match(problem!.message, /обязательное поле не заполнено.*допишите его.*«Формат содержимого»/);
});

test('an empty date says what a date is, not just that text is needed', () => {
  const dir = copyContent();
  const file = 'roadmaps/sochi-example-school-2023.yaml';
  const text = readFileSync(path.join(dir, file), 'utf8');
  const date = /^ {2}date: (\S+)$/m.exec(text)![1]!;
  edit(dir, file, `  date: ${date}`, '  date:');
  const [problem, ...rest] = problemsOf(dir);
  assert.equal(rest.length, 0, JSON.stringify(rest));
  assert.equal(problem?.field, 'order.date');
  assert.match(problem!.message, /^нужно: дата в формате ГГГГ-ММ-ДД.*, а записано: пустое значение$/);
});

test('a required field misspelt is one problem at the misspelt key, naming the field meant', () => {
  const dir = copyContent();
  const file = 'roadmaps/sochi-example-school-2023.yaml';
  edit(dir, file, 'period:', 'perod:');
  edit(dir, file, '\ntitle:', '\ntitel:');
  const problems = problemsOf(dir);
  assert.deepEqual(
    problems.map((p) => [p.field, p.message]),
    [
      ['titel', 'неизвестное поле «titel»: видимо, это обязательное поле «title» с опечаткой — исправьте имя'],
      ['perod', 'неизвестное поле «perod»: видимо, это обязательное поле «period» с опечаткой — исправьте имя'],
    ],
  );
  assert.equal(problems[0]!.line, positionOf(dir, file, 'titel:').line);
});

test('an unknown field points at the misspelt key', () => {
  const dir = copyContent();
  edit(dir, roadmap, 'deadline: "до 30 января 2023 г."', 'dedline: "до 30 января 2023 г."');
  const [problem] = problemsOf(dir);
  const expected = positionOf(dir, roadmap, 'dedline:');
  assert.deepEqual([problem?.line, problem?.column], [expected.line, expected.column]);
  assert.match(problem!.field, /\.dedline$/);
  assert.match(problem!.message, /неизвестное поле «dedline»/);
});

test('an unknown reference fails and names the missing id', () => {
  const dir = copyContent();
  edit(dir, roadmap, 'person: sochi-mironova-ev', 'person: sochi-mironova-xx');
  const [problem] = problemsOf(dir);
  const expected = positionOf(dir, roadmap, 'sochi-mironova-xx');
  assert.deepEqual([problem?.file, problem?.line, problem?.column], [roadmap, expected.line, expected.column]);
  assert.match(problem!.message, /«sochi-mironova-xx» \(человек\): может быть, «sochi-mironova-ev»\? Иначе/);
  // The file to create is named in the folder the content was read from, as the messages name that folder.
  const where = path.dirname(dir);
  const [elsewhere] = errorsOf(loadContent(dir, { displayRoot: where }).problems);
  assert.match(
    elsewhere!.message,
    new RegExp(`создайте файл ${path.join(path.basename(dir), 'people', 'sochi-mironova-xx.yaml')}$`),
  );
  assert.equal(elsewhere!.file, path.join(path.basename(dir), roadmap));
});

test('a roadmap whose owner is mistyped is one error at its owner, not also one of its report', () => {
  const dir = copyContent();
  const file = 'roadmaps/sochi-example-school-2023.yaml';
  edit(dir, file, 'owner: sochi-example-school', 'owner: sochi-example-schol');
  const problems = problemsOf(dir);
  assert.deepEqual(
    problems.map((p) => [p.file, p.field]),
    [[file, 'owner']],
    JSON.stringify(problems),
  );
});

test('a school under an education authority (not its municipality) is an error at its parent', () => {
  const dir = copyContent();
  const file = 'organizations/sochi-example-school.yaml';
  edit(dir, file, 'parent: sochi', 'parent: sochi-uon');
  const problems = problemsOf(dir);
  assert.deepEqual(
    problems.map((p) => [p.file, p.field, p.line]),
    [[file, 'parent', positionOf(dir, file, 'parent: sochi-uon').line]],
  );
  assert.match(
    problems[0]!.message,
    new RegExp(
      '^вышестоящая организация \\(школа\\) — муниципалитет или регион, ' +
        'а «sochi-uon» — орган управления образованием: укажите идентификатор муниципалитета',
    ),
  );
});

test('a site whose home is an education authority is an error at home naming its territory', () => {
  const dir = copyContent();
  writeFileSync(path.join(dir, 'site.yaml'), 'title: Портал (пример)\nhome: sochi-uon\n');
  const problems = problemsOf(dir);
  assert.deepEqual(
    problems.map((p) => [p.file, p.field, p.line]),
    [['site.yaml', 'home', 2]],
  );
  assert.equal(
    problems[0]!.message,
    '«sochi-uon» — орган управления образованием, а сайт собирается для школы, муниципалитета или ' +
      'региона: укажите его территорию, «sochi»',
  );
  writeFileSync(path.join(dir, 'site.yaml'), 'title: Портал (пример)\nhome: sochi-example-school\n');
  assert.deepEqual(problemsOf(dir), []);
});

test('a report by an organisation the roadmap does not apply to is a warning at its organisation', () => {
  const dir = copyContent();
  const file = 'reports/sochi-2023-apsheronsk-sosh-7.yaml';
  // A school of another municipality reporting on Sochi's roadmap.
  writeFileSync(
    path.join(dir, file),
    'roadmap: sochi-2023\norganization: apsheronsk-sosh-7\ncovers: [s-school]\nexample: true\nentries: []\n',
  );
  const content = loadContent(dir, { displayRoot: dir });
  assert.deepEqual(errorsOf(content.problems), []);
  const warnings = content.problems.filter((p) => p.severity === 'warning');
  assert.deepEqual(
    warnings.map((p) => [p.file, p.field]),
    [[file, 'organization']],
  );
  assert.match(warnings[0]!.message, /карта «sochi-2023» не относится к «apsheronsk-sosh-7»/);
  // The roadmap's own school, reporting on its part, is not warned.
  writeFileSync(
    path.join(dir, file),
    'roadmap: sochi-2023\norganization: sochi-example-school\ncovers: [s-school]\nexample: true\nentries: []\n',
  );
  assert.deepEqual(
    loadContent(dir, { displayRoot: dir }).problems.filter((p) => p.file === file),
    [],
  );
});

test('an item back from «выполнено» to «запланировано» is a warning that names the status to write', () => {
  const dir = copyContent();
  const file = 'reports/sochi-example-school-2023.yaml';
  appendFileSync(
    path.join(dir, file),
    '  - item: p-I-1\n    date: 2023-05-02\n    status: planned\n    reporter: заместитель директора (пример)\n',
  );
  const content = loadContent(dir, { displayRoot: dir });
  assert.deepEqual(errorsOf(content.problems), []);
  const [warning] = content.problems.filter((p) => p.severity === 'warning' && p.file === file);
  assert.match(warning!.field!, /^entries\[\d+\]\.status$/);
  assert.match(warning!.message, /вернулся от «выполнено» к «запланировано».*напишите «выполняется»/);
});

test('entries made before an amendment that removed and renumbered items: a warning names the item of each', () => {
  const dir = copyContent();
  const original = readFileSync(path.join(dir, 'roadmaps/sochi-example-school-2023.yaml'), 'utf8');
  // Section I without its item 1, the others renumbered 2–5 → 1–4, by an order of 1 July.
  const [head, rest] = original.split('  - id: I\n');
  const [sectionI, others] = rest!.split('  - id: II\n');
  const items = sectionI!.split('      - number: ');
  const renumbered = [items[0], ...items.slice(2).map((item, i) => item.replace(/^"\d+\."/, `"${i + 1}."`))];
  const amended =
    'amends: sochi-example-school-2023\n' +
    head!.replace(/order:\n(?: {2}.*\n)+/, (order) =>
      order
        .replace(/number: .*/, 'number: "7-П"')
        .replace(/date: .*/, 'date: 2023-07-01')
        .replace(/title: .*/, 'title: О внесении изменений в дорожную карту школы (пример)'),
    ) +
    '  - id: I\n' +
    renumbered.join('      - number: ') +
    '  - id: II\n' +
    others;
  writeFileSync(path.join(dir, 'roadmaps/sochi-example-school-2023-izm.yaml'), amended);
  const content = loadContent(dir, { displayRoot: dir });
  assert.deepEqual(errorsOf(content.problems), []);
  const file = 'reports/sochi-example-school-2023.yaml';
  const warnings = content.problems.filter((p) => p.severity === 'warning' && p.file === file);
  // Entries of 3 and 25 April on item 1, of 20 May on item 3, of 30 June on item 4 and of 15 June on item 5; not
  // those made after the amendment (item 3 on 30 October, item 4 on 29 September).
  assert.deepEqual(
    warnings.map((w) => w.field),
    ['entries[0].item', 'entries[1].item', 'entries[2].item', 'entries[4].item', 'entries[6].item'],
  );
  assert.match(warnings[0]!.message, /под якорем «p-I-1» в действующей редакции карты \(приказ от 2023-07-01 № 7-П\)/);
  assert.match(
    warnings[0]!.message,
    /пункт «Анализ результатов ВПР.*», а запись от 2023-04-03 сделана о пункте «Разработка антирисковой программы/,
  );
  assert.match(
    warnings[4]!.message,
    /пункта «p-I-5» в действующей редакции карты «sochi-example-school-2023» \(приказ от 2023-07-01 № 7-П\) нет/,
  );
  assert.match(warnings[4]!.message, /запись от 2023-06-15 — о пункте прежней редакции «Разработка индивидуальных/);
  // An entry on an anchor no edition had is still an error.
  appendFileSync(path.join(dir, file), '  - item: p-I-9\n    date: 2023-05-02\n    status: done\n');
  assert.match(
    errorsOf(loadContent(dir, { displayRoot: dir }).problems)
      .map((p) => p.message)
      .join('\n'),
    /нет пункта с якорем «p-I-9»/,
  );
});

test('a duplicate item number within a section fails', () => {
  const dir = copyContent();
  edit(dir, roadmap, 'number: "5."', 'number: "4."');
  const problems = problemsOf(dir);
  assert.equal(problems.length, 1);
  // The duplicate is the second «4.» of the section, where «5.» was.
  const first = positionOf(dir, roadmap, 'number: "4."');
  assert.ok(problems[0]!.line > first.line, 'points at the second occurrence');
  assert.equal(problems[0]!.field, 'sections[0].sections[0].items[4].number');
  assert.match(problems[0]!.message, /номер «4\.» уже есть в этом разделе/);
});

test('invalid YAML is reported at its position', () => {
  const dir = copyContent();
  edit(dir, 'organizations/sochi.yaml', 'kind: municipality', 'kind: [municipality');
  const problems = problemsOf(dir);
  assert.ok(problems.length >= 1);
  assert.equal(problems[0]?.file, 'organizations/sochi.yaml');
  assert.ok(problems[0]!.line >= 1);
  // Entries referring to the broken file are not reported again as «missing».
  assert.ok(
    problems.every((p) => p.file === 'organizations/sochi.yaml'),
    JSON.stringify(problems),
  );
});

test('every problem is reported at once, across files', () => {
  const dir = copyContent();
  edit(dir, roadmap, 'number: "3."', 'number: 3.');
  edit(dir, 'roadmaps/apsheronsk-2021.mdx', 'form:', 'fomr:');
  edit(dir, 'people/sochi-kozlova-dd.yaml', 'shortName:', 'short:');
  edit(dir, 'roadmaps/georgievsk-2023-2024.mdx', 'issuer: georgievsk-uo', 'issuer: georgievsk-uoo');
  const files = new Set(problemsOf(dir).map((p) => p.file));
  assert.deepEqual(
    [...files].sort(),
    [
      'people/sochi-kozlova-dd.yaml',
      'roadmaps/apsheronsk-2021.mdx',
      'roadmaps/georgievsk-2023-2024.mdx',
      roadmap,
    ].sort(),
  );
});

test('duplicate ids (the same file name in two folders) fail', () => {
  const dir = copyContent();
  writeFileSync(path.join(dir, 'organizations', 'sochi.yml'), 'kind: municipality\nname: Ещё одно Сочи\n');
  const problems = problemsOf(dir);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!.message, /идентификатор «sochi» уже занят/);
});

test('risk codes and implements targets must exist', () => {
  const dir = copyContent();
  edit(dir, 'roadmaps/belorechensk-2023-2024.mdx', 'riskCodes: ["1.1."]', 'riskCodes: ["9.9."]');
  edit(
    dir,
    roadmap,
    'deadline: "до 30 января 2023 г."',
    'deadline: "до 30 января 2023 г."\n            implements: ["krasnodar-krai-2023#p-regional-I-99"]',
  );
  const messages = problemsOf(dir).map((p) => p.message);
  assert.ok(
    messages.some((m) => /код параметра риска «9\.9\.» не найден/.test(m)),
    messages.join('\n'),
  );
  assert.ok(
    messages.some((m) => /нет пункта с якорем «p-regional-I-99»/.test(m)),
    messages.join('\n'),
  );
});

test('a valid implements reference passes', () => {
  const dir = copyContent();
  edit(
    dir,
    roadmap,
    'deadline: "до 30 января 2023 г."',
    'deadline: "до 30 января 2023 г."\n            implements: ["krasnodar-krai-2023#p-municipal-I-1"]',
  );
  assert.deepEqual(problemsOf(dir), []);
});

test('an impossible date is refused at its line, as written — not rolled over to the next month', () => {
  const dir = copyContent();
  edit(dir, roadmap, 'date: 2023-03-23', 'date: 2023-02-30');
  const [problem, ...rest] = problemsOf(dir);
  assert.equal(rest.length, 0, JSON.stringify(rest));
  assert.equal(problem?.field, 'order.date');
  assert.equal(problem?.line, positionOf(dir, roadmap, 'date: 2023-02-30').line);
  assert.match(problem!.message, /такой день должен быть в календаре/);
  const leap = copyContent();
  edit(leap, roadmap, 'date: 2023-03-23', 'date: 2024-02-29');
  assert.deepEqual(problemsOf(leap), []);
});

test('a colon inside a value: one error that shows the line with the value in quotes', () => {
  const dir = copyContent();
  edit(
    dir,
    'glossary/shnor.yaml',
    'source: "Приказ МОНиМП КК от 06.03.2023 № 681: «в целях адресной поддержки школ с низкими образовательными ' +
      'результатами (далее – ШНОР)»; так же в приказе УОН Сочи от 23.03.2023: «(далее - ШНОР)»"',
    'source: Анализ: результаты ВПР',
  );
  const [problem, ...rest] = problemsOf(dir);
  assert.equal(rest.length, 0, JSON.stringify(rest));
  assert.equal(problem?.line, positionOf(dir, 'glossary/shnor.yaml', 'source: Анализ').line);
  assert.match(problem!.message, /двоеточие с пробелом внутри значения.*source: "Анализ: результаты ВПР"$/);
});

test('a colon without a space after it, and a list item shifted, are said in Russian with what to write', () => {
  const dir = copyContent();
  edit(dir, 'organizations/sochi.yaml', 'kind: municipality', 'kind:municipality');
  const [colon, ...rest] = problemsOf(dir);
  assert.equal(rest.length, 0, JSON.stringify(rest));
  assert.equal(colon?.line, positionOf(dir, 'organizations/sochi.yaml', 'kind:municipality').line);
  assert.equal(colon!.message, 'после двоеточия нужен пробел: kind: municipality');

  const shifted = copyContent();
  edit(shifted, roadmap, '        items:', '       items:');
  const [problem] = problemsOf(shifted);
  assert.equal(problem?.line, positionOf(shifted, roadmap, '       items:').line);
  assert.match(problem!.message, /^неверный отступ: строка сдвинута не так, как соседние/);
  assert.doesNotMatch(problem!.message, /[A-Za-z]{3,}/, 'no words of the parser in English');
});

test('one slip of indentation is one error at the slipped field, its echoes counted, not listed', () => {
  const dir = copyContent();
  edit(dir, roadmap, '            form: "программа"', '          form: "программа"');
  const problems = problemsOf(dir);
  assert.equal(problems.length, 1, JSON.stringify(problems));
  assert.equal(problems[0]!.line, positionOf(dir, roadmap, '          form: "программа"').line);
  assert.match(
    problems[0]!.message,
    /поле «form» сдвинуто на 10 пробелов, а поле «title» строкой выше — на 12.*После неё разбор сбился ещё \d+ раз/,
  );
});

test(
  'errors in one round: references and deadlines of a file are checked ' + 'even when other fields of it are wrong',
  () => {
    const dir = copyContent();
    edit(dir, roadmap, 'level: municipal', 'level:');
    edit(dir, roadmap, 'owner: sochi-uon', 'owner: sochi-uon-typo');
    edit(dir, roadmap, 'deadline: "до 30 января 2023 г."', 'deadline: "когда получится"');
    const content = loadContent(dir, { displayRoot: dir });
    const said = content.problems.map((p) => `${p.severity} ${p.field}: ${p.message}`);
    assert.equal(said.length, 3, said.join('\n'));
    assert.match(said[0]!, /^error level: поле не заполнено; допустимые значения: regional, municipal, school$/);
    assert.match(said[1]!, /^error owner: ссылка на несуществующий объект «sochi-uon-typo»/);
    assert.match(
      said[2]!,
      /^warning sections\[0\]\.sections\[0\]\.items\[0\]\.deadline: срок «когда получится» не распознан/,
    );
    assert.equal(
      content.problems[2]!.place,
      'раздел МУНИЦИПАЛЬНЫЙ УРОВЕНЬ › раздел I › пункт 1, № 1.',
      'where, counted from one as people count',
    );
  },
);

const amendment = 'roadmaps/belorechensk-2023-2024-izm-2023-09-15.mdx';

test('an amendment dated before the edition it amends is an error at its date', () => {
  const dir = copyContent(true);
  edit(dir, amendment, 'date: 2023-09-15', 'date: 2023-04-01');
  const problems = problemsOf(dir);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.field, 'order.date');
  assert.equal(problems[0]!.line, positionOf(dir, amendment, 'date: 2023-04-01').line);
  assert.match(problems[0]!.message, /датирован 01\.04\.2023.*утверждена 18\.04\.2023/);
});

test('an edition that changes nothing but the order is an error; a second amendment of one edition too', () => {
  const dir = copyContent(true);
  const text = readFileSync(path.join(dir, amendment), 'utf8');
  writeFileSync(
    path.join(dir, 'roadmaps/belorechensk-same.mdx'),
    text
      .replace('amends: belorechensk-2023-2024\n', 'amends: belorechensk-2023-2024-izm-2023-09-15\n')
      .replace('date: 2023-09-15', 'date: 2023-10-01'),
  );
  writeFileSync(
    path.join(dir, 'roadmaps/belorechensk-branch.mdx'),
    text.replace('date: 2023-09-15', 'date: 2023-11-01').replace('Декабрь 2023', 'Январь 2024'),
  );
  const messages = problemsOf(dir).map((p) => `${path.basename(p.file)} ${p.field}: ${p.message}`);
  assert.equal(messages.length, 2, messages.join('\n'));
  assert.match(messages.find((m) => m.startsWith('belorechensk-same'))!, /amends: эта редакция ничего не меняет/);
  assert.match(
    messages.find((m) => m.startsWith('belorechensk-branch'))!,
    /уже изменяет «belorechensk-2023-2024-izm-2023-09-15»/,
  );
});

test(
  'a report on an edition instead of the roadmap is an error; ' + 'reports check items against the edition in force',
  () => {
    const dir = copyContent(true);
    writeFileSync(
      path.join(dir, 'reports/belorechensk.yaml'),
      'roadmap: belorechensk-2023-2024-izm-2023-09-15\norganization: belorechensk-uo\nentries: []\n',
    );
    writeFileSync(
      path.join(dir, 'reports/belorechensk-current.yaml'),
      // Item 17 is gone from the edition in force; section III is new in it.
      'roadmap: belorechensk-2023-2024\norganization: belorechensk-uo\nentries:\n' +
        '  - { item: p-III-2, date: 2023-10-20, status: done }\n' +
        '  - { item: p-II-17, date: 2023-10-20, status: done }\n',
    );
    const messages = problemsOf(dir).map((p) => `${path.basename(p.file)} ${p.field}: ${p.message}`);
    assert.equal(messages.length, 2, messages.join('\n'));
    assert.ok(
      messages.some((m) => /^belorechensk-current\.yaml entries\[1\]\.item: .*нет пункта с якорем «p-II-17»/.test(m)),
      messages.join('\n'),
    );
    assert.match(
      messages.find((m) => m.startsWith('belorechensk.yaml'))!,
      new RegExp(
        String.raw`^belorechensk\.yaml roadmap: «belorechensk-2023-2024-izm-2023-09-15» — ` +
          'редакция дорожной карты «belorechensk-2023-2024»',
      ),
    );
  },
);

test('a signed original in the content folder: it must be there, and be the file its SHA-256 names', () => {
  const dir = copyContent(true);
  const file = 'roadmaps/georgievsk-2023-2024.mdx';
  edit(
    dir,
    file,
    'order:\n',
    'order:\n  file: { path: files/prikaz-1119.pdf, format: pdf, ' +
      'sha256: "0000000000000000000000000000000000000000000000000000000000000000" }\n',
  );
  assert.match(
    problemsOf(dir)
      .map((p) => `${p.field}: ${p.message}`)
      .join('\n'),
    /^order\.file\.path: файла files\/prikaz-1119\.pdf нет в папке содержимого/,
  );
  writeFileSync(path.join(dir, 'files/prikaz-1119.pdf'), '%PDF-1.4 signed\n');
  const [problem, ...rest] = problemsOf(dir);
  assert.equal(rest.length, 0);
  assert.equal(problem!.field, 'order.file.sha256');
  assert.match(problem!.message, /SHA-256 файла files\/prikaz-1119\.pdf — [0-9a-f]{64}, а не 0{64}/);
  edit(dir, file, ', sha256: "0000000000000000000000000000000000000000000000000000000000000000"', '');
  const loaded = loadContent(dir, { displayRoot: dir });
  assert.deepEqual(errorsOf(loaded.problems), []);
  // What the file leaves out is filled in from the file, for the page and the open data.
  assert.equal(loaded.roadmaps.get('georgievsk-2023-2024')!.data.order.file!.sizeBytes, 16);
  assert.match(loaded.roadmaps.get('georgievsk-2023-2024')!.data.order.file!.sha256!, /^[0-9a-f]{64}$/);
});
