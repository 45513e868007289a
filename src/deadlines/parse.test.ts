// The deadline parser beyond the seed phrases: the issue's own examples, what must not matter (case, «г.»/«года»,
// dashes, spaces, trailing dots), phrases it must refuse, and the academic calendar per region.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { academicCalendarFor, defaultAcademicCalendar, resolveAcademicCalendar } from './academic-calendar.ts';
import { parseDeadline } from './deadline.ts';
import type { Deadline, Period } from './types.ts';

const year2023: Period = { start: '2023-01-01', end: '2023-12-31' };
const twoYears: Period = { start: '2023-01-01', end: '2024-12-31' };
const schoolYear: Period = { start: '2023-09-01', end: '2024-08-31' };

const withoutText = ({ text: _text, ...rest }: Deadline) => rest;

test('a numeric date «01.12.2023»', () => {
  assert.deepStrictEqual(parseDeadline('01.12.2023', year2023), {
    text: '01.12.2023',
    kind: 'date',
    understood: true,
    parts: [{ from: { year: 2023, month: 12, day: 1 } }],
    occurrences: [{ start: '2023-12-01', end: '2023-12-01' }],
  });
});

test('«с 1 сентября по 15 октября»: a range of days, every academic year of the period', () => {
  const parsed = parseDeadline('с 1 сентября по 15 октября', year2023);
  assert.equal(parsed.kind, 'range');
  assert.deepStrictEqual(parsed.parts, [{ from: { month: 9, day: 1 }, to: { month: 10, day: 15 } }]);
  assert.deepStrictEqual(parsed.occurrences, [{ start: '2023-09-01', end: '2023-10-15' }]);
  assert.deepStrictEqual(parseDeadline('с 1 сентября по 15 октября', twoYears).occurrences, [
    { start: '2023-09-01', end: '2023-10-15' },
    { start: '2024-09-01', end: '2024-10-15' },
  ]);
});

test('«в течение учебного года»: the school years inside the period, summer excluded', () => {
  const parsed = parseDeadline('в течение учебного года', year2023);
  assert.deepStrictEqual([parsed.kind, parsed.scope], ['period', 'school-year']);
  assert.deepStrictEqual(parsed.occurrences, [
    { start: '2023-01-01', end: '2023-05-31' },
    // The school year 2023/24 goes on after the period: the period's end is not its deadline.
    { start: '2023-09-01', end: '2023-12-31', cutAtEnd: true },
  ]);
  assert.deepStrictEqual(parseDeadline('в течение учебного года', schoolYear).occurrences, [
    { start: '2023-09-01', end: '2024-05-31' },
  ]);
});

test('a month without a year takes it from the academic year of the period (September–August)', () => {
  assert.deepStrictEqual(parseDeadline('февраль', schoolYear).occurrences, [
    { start: '2024-02-01', end: '2024-02-29' },
  ]);
  assert.deepStrictEqual(parseDeadline('октябрь', schoolYear).occurrences, [
    { start: '2023-10-01', end: '2023-10-31' },
  ]);
  assert.deepStrictEqual(parseDeadline('ноябрь-март', schoolYear).occurrences, [
    { start: '2023-11-01', end: '2024-03-31' },
  ]);
  assert.deepStrictEqual(parseDeadline('февраль', { start: '2020-12-01', end: '2021-12-31' }).occurrences, [
    { start: '2021-02-01', end: '2021-02-28' },
  ]);
});

test('case, «ё», «г.»/«года»/«г.г.»/«гг.», hyphens and dashes, extra spaces and trailing dots do not matter', () => {
  const same: [string, string[]][] = [
    [
      'февраль, июнь 2023 г.',
      ['ФЕВРАЛЬ,  ИЮНЬ   2023 ГОДА.', 'Февраль,июнь 2023г', 'февраль, июнь 2023 года...', ' февраль ,\tиюнь 2023 г. '],
    ],
    [
      'январь - апрель 2023 г.',
      [
        'январь — апрель 2023 г.',
        'январь–апрель 2023г.',
        'Январь -Апрель 2023 года',
        'январь ‒ апрель 2023',
        'январь\u2212апрель 2023 г',
      ],
    ],
    ['Сентябрь 2023, 2024 г.г.', ['сентябрь 2023, 2024 гг.', 'СЕНТЯБРЬ 2023, 2024 годы', 'сентябрь 2023 г., 2024 г.']],
    ['до 30 января 2023 г.', ['До 30 января 2023 года.', 'до  30  января  2023г', 'ДО 30 ЯНВАРЯ 2023']],
    ['не реже одного раза в четверть', ['Не  реже одного раза в ЧЕТВЕРТЬ.', 'не реже одного раза в четверть;']],
    ['Декабрь, май отчетного года', ['декабрь, май отчётного года']],
    ['Май 2023, апрель 2024', ['май 2023 г., апрель 2024 г.', 'Май 2023,апрель 2024 гг.']],
  ];
  for (const [canonical, variants] of same) {
    const expected = withoutText(parseDeadline(canonical, twoYears));
    assert.equal(expected.understood, true, canonical);
    for (const variant of variants) {
      const parsed = parseDeadline(variant, twoYears);
      assert.equal(parsed.text, variant, 'the words as written are kept');
      assert.deepStrictEqual(withoutText(parsed), expected, variant);
    }
  }
});

test('more phrasings of the same kinds', () => {
  const check = (text: string, expected: Omit<Deadline, 'text' | 'understood'>) =>
    assert.deepStrictEqual(withoutText(parseDeadline(text, year2023)), { understood: true, ...expected }, text);
  check('не позднее 15 марта 2023 г.', {
    kind: 'date',
    by: true,
    parts: [{ from: { year: 2023, month: 3, day: 15 } }],
    occurrences: [{ start: '2023-03-15', end: '2023-03-15' }],
  });
  check('до марта 2023 г.', {
    kind: 'date',
    by: true,
    parts: [{ from: { year: 2023, month: 3, day: 1 } }],
    occurrences: [{ start: '2023-03-01', end: '2023-03-01' }],
  });
  check('1-15 сентября 2023 г.', {
    kind: 'range',
    parts: [{ from: { year: 2023, month: 9, day: 1 }, to: { year: 2023, month: 9, day: 15 } }],
    occurrences: [{ start: '2023-09-01', end: '2023-09-15' }],
  });
  check('в течение 2023 года', {
    kind: 'range',
    parts: [{ from: { year: 2023, month: 1 }, to: { year: 2023, month: 12 } }],
    occurrences: [{ start: '2023-01-01', end: '2023-12-31' }],
  });
  check('ноябрь 2023 - февраль 2024', {
    kind: 'range',
    parts: [{ from: { year: 2023, month: 11 }, to: { year: 2024, month: 2 } }],
    occurrences: [{ start: '2023-11-01', end: '2024-02-29' }],
  });
  check('III квартал 2023 г.', {
    kind: 'term',
    terms: [{ unit: 'quarter', number: 3, year: 2023, position: 'whole' }],
    occurrences: [{ start: '2023-07-01', end: '2023-09-30' }],
  });
  check('в I полугодии', {
    kind: 'term',
    terms: [{ unit: 'school-half', number: 1, position: 'whole' }],
    occurrences: [{ start: '2023-09-01', end: '2023-12-31' }],
  });
  check('в конце учебного года', {
    kind: 'term',
    terms: [{ unit: 'school-year', position: 'end' }],
    occurrences: [{ start: '2023-05-31', end: '2023-05-31' }],
  });
  check('до конца года', {
    kind: 'term',
    by: true,
    terms: [{ unit: 'year', position: 'end' }],
    occurrences: [{ start: '2023-12-31', end: '2023-12-31' }],
  });
  check('раз в полгода', {
    kind: 'recurrence',
    recurrence: { unit: 'year', interval: 1, times: 2, atLeast: false },
    occurrences: [
      { start: '2023-01-01', end: '2023-06-30' },
      { start: '2023-07-01', end: '2023-12-31' },
    ],
  });
  check('не реже 2 раз в год', {
    kind: 'recurrence',
    recurrence: { unit: 'year', interval: 1, times: 2, atLeast: true },
    occurrences: [
      { start: '2023-01-01', end: '2023-06-30' },
      { start: '2023-07-01', end: '2023-12-31' },
    ],
  });
  check('по мере необходимости', { kind: 'unscheduled', basis: { type: 'on-demand' }, occurrences: [] });
  check('постоянно', { kind: 'period', scope: 'period', occurrences: [{ start: '2023-01-01', end: '2023-12-31' }] });
});

test('a phrase it cannot understand is kept as text, unscheduled, understood: false, with no dates', () => {
  for (const text of [
    'по мере поступления средств',
    'ежедневно в мае',
    '30 февраля 2023 г.',
    'март 2023 и далее',
    'в течение месячника',
    'до конца',
    '',
    'декабрь 2023 ежегодно',
    '5 квартал',
  ]) {
    assert.deepStrictEqual(
      parseDeadline(text, year2023),
      { text, kind: 'unscheduled', understood: false, occurrences: [] },
      text,
    );
  }
});

test('an invalid period is refused', () => {
  assert.throws(() => parseDeadline('февраль', { start: '2023-12-31', end: '2023-01-01' }), RangeError);
  assert.throws(() => parseDeadline('февраль', { start: '2023-02-30', end: '2023-12-31' }), RangeError);
});

test('the academic calendar is configurable: another region’s quarters move «в конце четверти»', () => {
  const calendar = resolveAcademicCalendar({
    quarters: [
      { start: '09-01', end: '10-27' },
      { start: '11-06', end: '12-29' },
      { start: '01-09', end: '03-22' },
      { start: '04-01', end: '05-24' },
    ],
  });
  assert.deepStrictEqual(
    calendar.halves,
    defaultAcademicCalendar.halves,
    'what the region leaves out comes from the defaults',
  );
  assert.deepStrictEqual(
    parseDeadline('в конце четверти', year2023, { calendar }).occurrences.map((o) => o.start),
    ['2023-03-22', '2023-05-24', '2023-10-27', '2023-12-29'],
  );
  assert.deepStrictEqual(parseDeadline('до четвертой четверти', year2023, { calendar }).occurrences, [
    { start: '2023-04-01', end: '2023-04-01' },
  ]);
  assert.deepStrictEqual(parseDeadline('Каждую учебную четверть', year2023, { calendar }).occurrences[0], {
    start: '2023-01-09',
    end: '2023-03-22',
  });
});

test('an organisation takes the academic calendar of the nearest organisation above it that sets one', () => {
  const regional = {
    quarters: [
      { start: '09-01', end: '10-28' },
      { start: '11-07', end: '12-28' },
      { start: '01-09', end: '03-24' },
      { start: '04-03', end: '05-26' },
    ],
  };
  const organizations = new Map([
    ['region', { academicCalendar: regional }],
    ['town', { parent: 'region' }],
    ['school', { parent: 'town' }],
    ['elsewhere', {}],
  ]);
  assert.deepStrictEqual(academicCalendarFor('school', organizations).quarters, regional.quarters);
  assert.deepStrictEqual(academicCalendarFor('elsewhere', organizations), defaultAcademicCalendar);
  assert.deepStrictEqual(academicCalendarFor(undefined, organizations), defaultAcademicCalendar);
});

// ─── Phrases of issue 25 and the families they stand for ────────────────────────────────────────────────────

const schoolYear2024: Period = { start: '2024-09-01', end: '2025-08-31' };
const understand = (text: string, period = schoolYear2024, calendar = defaultAcademicCalendar) => {
  const { text: _text, understood, occurrences, ...structure } = parseDeadline(text, period, { calendar });
  assert.equal(understood, true, text);
  return { structure, occurrences };
};
const weekly = { interval: 1, times: 1, atLeast: false };

test(
  'weekly: «еженедельно», «раз в неделю» are Monday-to-Sunday weeks; ' +
    '«каждый понедельник», «еженедельно по пятницам» one day of each',
  () => {
    for (const text of ['еженедельно', 'раз в неделю', 'не реже одного раза в неделю']) {
      const { structure, occurrences } = understand(text);
      assert.deepStrictEqual(structure.recurrence, { unit: 'week', ...weekly, atLeast: text.startsWith('не') }, text);
      // 1 September 2024 is a Sunday: the first week is that day alone; the period ends on a Sunday.
      assert.equal(occurrences.length, 53, text);
      assert.deepStrictEqual(
        occurrences.slice(0, 2),
        [
          { start: '2024-09-01', end: '2024-09-01' },
          { start: '2024-09-02', end: '2024-09-08' },
        ],
        text,
      );
      assert.deepStrictEqual(occurrences.at(-1), { start: '2025-08-25', end: '2025-08-31' }, text);
    }
    const mondays = understand('каждый понедельник');
    assert.deepStrictEqual(mondays.structure, {
      kind: 'recurrence',
      recurrence: { unit: 'week', ...weekly, weekday: 1 },
    });
    assert.equal(mondays.occurrences.length, 52);
    assert.deepStrictEqual(
      [mondays.occurrences[0], mondays.occurrences.at(-1)],
      [
        { start: '2024-09-02', end: '2024-09-02' },
        { start: '2025-08-25', end: '2025-08-25' },
      ],
    );
    assert.deepStrictEqual(understand('еженедельно по пятницам').occurrences[0], {
      start: '2024-09-06',
      end: '2024-09-06',
    });
    assert.deepStrictEqual(understand('по средам').structure.recurrence, { unit: 'week', ...weekly, weekday: 3 });
  },
);

test(
  'a day of every month: «до 25 числа каждого месяца», «ежемесячно до 5 числа»; ' +
    'a shorter month gives its last day',
  () => {
    const { structure, occurrences } = understand('до 25 числа каждого месяца');
    assert.deepStrictEqual(structure, {
      kind: 'recurrence',
      by: true,
      recurrence: { unit: 'month', ...weekly, day: 25 },
    });
    assert.deepStrictEqual(
      occurrences.map((o) => o.start),
      [
        '2024-09-25',
        '2024-10-25',
        '2024-11-25',
        '2024-12-25',
        '2025-01-25',
        '2025-02-25',
        '2025-03-25',
        '2025-04-25',
        '2025-05-25',
        '2025-06-25',
        '2025-07-25',
        '2025-08-25',
      ],
    );
    assert.ok(occurrences.every((o) => o.start === o.end));
    assert.deepStrictEqual(understand('ежемесячно до 5 числа').occurrences[0], {
      start: '2024-09-05',
      end: '2024-09-05',
    });
    assert.deepStrictEqual(
      understand('30 числа каждого месяца').occurrences.find((o) => o.start.startsWith('2025-02')),
      { start: '2025-02-28', end: '2025-02-28' },
    );
  },
);

test(
  'an academic year written out: «в течение 2024-2025 учебного года» ' + 'is that school year, whatever the period',
  () => {
    const expected = { kind: 'term', terms: [{ unit: 'school-year', year: 2024, position: 'whole' }] };
    for (const text of [
      'в течение 2024-2025 учебного года',
      '2024/2025 учебный год',
      'в 2024 - 2025 учебном году',
      '2024-2025 уч. год',
    ]) {
      const { structure, occurrences } = understand(text);
      assert.deepStrictEqual(structure, expected, text);
      assert.deepStrictEqual(occurrences, [{ start: '2024-09-01', end: '2025-05-31' }], text);
    }
    assert.deepStrictEqual(
      understand('в течение 2024-2025 учебного года', { start: '2025-01-01', end: '2025-12-31' }).occurrences,
      [{ start: '2024-09-01', end: '2025-05-31' }],
    );
    assert.equal(
      parseDeadline('в течение 2024-2026 учебного года', schoolYear2024).understood,
      false,
      'not one academic year',
    );
  },
);

test('«к» + a date is a deadline like «до»: «к 01.09.2024», «к 1 сентября», «к началу учебного года»', () => {
  assert.deepStrictEqual(understand('к 01.09.2024'), {
    structure: { kind: 'date', by: true, parts: [{ from: { year: 2024, month: 9, day: 1 } }] },
    occurrences: [{ start: '2024-09-01', end: '2024-09-01' }],
  });
  assert.deepStrictEqual(understand('к 1 сентября').occurrences, [{ start: '2024-09-01', end: '2024-09-01' }]);
  assert.deepStrictEqual(understand('к началу учебного года'), {
    structure: { kind: 'term', by: true, terms: [{ unit: 'school-year', position: 'start' }] },
    occurrences: [{ start: '2024-09-01', end: '2024-09-01' }],
  });
});

test(
  'holidays of the school calendar: ' +
    '«в период осенних каникул», «в летний период», «в каникулярное время», «до осенних каникул»',
  () => {
    const holiday = (number: number) => ({ kind: 'term', terms: [{ unit: 'holidays', number, position: 'whole' }] });
    assert.deepStrictEqual(understand('в период осенних каникул'), {
      structure: holiday(1),
      occurrences: [{ start: '2024-10-28', end: '2024-11-05' }],
    });
    assert.deepStrictEqual(understand('во время зимних каникул'), {
      structure: holiday(2),
      occurrences: [{ start: '2024-12-30', end: '2025-01-08' }],
    });
    assert.deepStrictEqual(understand('в весенние каникулы'), {
      structure: holiday(3),
      occurrences: [{ start: '2025-03-23', end: '2025-03-31' }],
    });
    assert.deepStrictEqual(understand('в летний период'), {
      structure: holiday(4),
      occurrences: [{ start: '2025-06-01', end: '2025-08-31' }],
    });
    assert.deepStrictEqual(
      understand('в каникулярное время').occurrences.map((o) => o.start),
      ['2024-10-28', '2024-12-30', '2025-03-23', '2025-06-01'],
    );
    assert.deepStrictEqual(understand('до осенних каникул'), {
      structure: { kind: 'term', by: true, terms: [{ unit: 'holidays', number: 1, position: 'start' }] },
      occurrences: [{ start: '2024-10-28', end: '2024-10-28' }],
    });
  },
);

test('an organisation’s holidays override the defaults one by one', () => {
  const calendar = resolveAcademicCalendar({ holidays: { autumn: { start: '10-26', end: '11-03' } } });
  assert.deepStrictEqual(calendar.holidays.winter, defaultAcademicCalendar.holidays.winter);
  assert.deepStrictEqual(understand('в период осенних каникул', schoolYear2024, calendar).occurrences, [
    { start: '2024-10-26', end: '2024-11-03' },
  ]);
  const organizations = new Map([
    ['region', { academicCalendar: { holidays: { spring: { start: '03-24', end: '03-30' } } } }],
    ['school', { parent: 'region' }],
  ]);
  assert.deepStrictEqual(
    understand('в весенние каникулы', schoolYear2024, academicCalendarFor('school', organizations)).occurrences,
    [{ start: '2025-03-24', end: '2025-03-30' }],
  );
});

test('«ежегодно в мае», «ежегодно, май», «Май, ежегодно»: May of every year of the period', () => {
  for (const text of ['ежегодно в мае', 'ежегодно, май', 'ежегодно (май)']) {
    assert.deepStrictEqual(
      understand(text),
      {
        structure: { kind: 'recurrence', recurrence: { unit: 'year', ...weekly, months: [5] } },
        occurrences: [{ start: '2025-05-01', end: '2025-05-31' }],
      },
      text,
    );
  }
  assert.deepStrictEqual(understand('Май, ежегодно'), {
    structure: { kind: 'months', parts: [{ from: { month: 5 } }] },
    occurrences: [{ start: '2025-05-01', end: '2025-05-31' }],
  });
});

test('the beginning and end of the school year, the first half-year', () => {
  assert.deepStrictEqual(understand('в начале учебного года').occurrences, [
    { start: '2024-09-01', end: '2024-09-01' },
  ]);
  assert.deepStrictEqual(understand('в конце учебного года').occurrences, [{ start: '2025-05-31', end: '2025-05-31' }]);
  assert.deepStrictEqual(understand('в течение первого полугодия'), {
    structure: { kind: 'term', terms: [{ unit: 'school-half', number: 1, position: 'whole' }] },
    occurrences: [{ start: '2024-09-01', end: '2024-12-31' }],
  });
});

test(
  '«по окончании …» a named event stays unscheduled, the event kept in its case; ' +
    '«по окончании четверти» is a term',
  () => {
    assert.deepStrictEqual(understand('по окончании ГИА'), {
      structure: { kind: 'unscheduled', basis: { type: 'after', detail: 'ГИА' } },
      occurrences: [],
    });
    assert.deepStrictEqual(understand('По завершении проведения ВПР').structure, {
      kind: 'unscheduled',
      basis: { type: 'after', detail: 'проведения ВПР' },
    });
    assert.deepStrictEqual(
      understand('по окончании четверти').occurrences.map((o) => o.start),
      ['2024-10-31', '2024-12-31', '2025-03-31', '2025-05-31'],
    );
    // «по итогам …», «по результатам …» the same: an event, unless the words name a term.
    assert.deepStrictEqual(understand('по итогам ВПР').structure, {
      kind: 'unscheduled',
      basis: { type: 'after', detail: 'ВПР' },
    });
    assert.deepStrictEqual(understand('По результатам мониторинга').structure, {
      kind: 'unscheduled',
      basis: { type: 'after', detail: 'мониторинга' },
    });
    assert.deepStrictEqual(
      understand('по итогам четверти').occurrences.map((o) => o.start),
      ['2024-10-31', '2024-12-31', '2025-03-31', '2025-05-31'],
    );
    assert.deepStrictEqual(understand('по итогам I полугодия').occurrences, [
      { start: '2024-12-31', end: '2024-12-31' },
    ]);
  },
);

test('«в срок до …» is «до …»; a date with a note that names no basis is the date; a deadline in brackets', () => {
  assert.deepStrictEqual(understand('в срок до 1 октября 2024 г.'), understand('до 1 октября 2024 г.'));
  assert.deepStrictEqual(understand('В срок до 25.05.2025'), understand('до 25.05.2025'));
  assert.deepStrictEqual(understand('август (педсовет)'), understand('август'));
  assert.deepStrictEqual(understand('май 2025 г.\n(по итогам года)'), understand('май 2025 г.'));
  assert.deepStrictEqual(understand('октябрь (по итогам ВПР)'), understand('октябрь'));
  assert.deepStrictEqual(understand('(сентябрь-декабрь 2024г)'), understand('сентябрь-декабрь 2024г'));
  // A note that names a schedule is kept as the date's basis.
  assert.deepStrictEqual(understand('март-апрель (по графику ВПР)').structure, {
    kind: 'range',
    parts: [{ from: { month: 3 }, to: { month: 4 } }],
    basis: { type: 'schedule', detail: 'ВПР' },
  });
});

test('«в конце каждой четверти», «после каждой четверти»: the term; «после каждого педсовета»: an event', () => {
  const ends = understand('по окончании четверти');
  for (const text of ['в конце каждой четверти', 'по итогам каждой четверти', 'после каждой четверти'])
    assert.deepStrictEqual(understand(text), ends, text);
  assert.deepStrictEqual(understand('в начале каждого полугодия'), understand('в начале полугодия'));
  assert.deepStrictEqual(understand('после каждого педсовета').structure, {
    kind: 'unscheduled',
    basis: { type: 'after', detail: 'каждого педсовета' },
  });
});

test('«15.05.2025 по 30.05.2025»: a range of whole dates without its «с»; «по» before a month alone is not one', () => {
  assert.deepStrictEqual(understand('15.05.2025г. по 30.05.2025г.'), understand('с 15.05.2025 по 30.05.2025'));
  assert.equal(parseDeadline('май по июнь', schoolYear2024).understood, false);
});

// ─── The roadmap's year: calendar or school ─────────────────────────────────────────────────────────────────

test(
  '«ежегодно», «2 раза в год» in a roadmap for school years: its years run September to August, ' +
    'not cut at 31 December',
  () => {
    assert.deepStrictEqual(parseDeadline('ежегодно', schoolYear).occurrences, [
      { start: '2023-09-01', end: '2024-08-31' },
    ]);
    for (const text of ['2 раза в год', 'раз в полгода'])
      assert.deepStrictEqual(
        parseDeadline(text, schoolYear).occurrences,
        [
          { start: '2023-09-01', end: '2024-02-29' },
          { start: '2024-03-01', end: '2024-08-31' },
        ],
        text,
      );
    // A period from the middle of one school year to the end of the next: the first year is its rest.
    assert.deepStrictEqual(parseDeadline('ежегодно', { start: '2023-01-09', end: '2024-08-31' }).occurrences, [
      { start: '2023-01-09', end: '2023-08-31' },
      { start: '2023-09-01', end: '2024-08-31' },
    ]);
    // A period that ends in December counts calendar years, even when it starts in September.
    assert.deepStrictEqual(parseDeadline('ежегодно', { start: '2023-09-01', end: '2023-12-31' }).occurrences, [
      { start: '2023-09-01', end: '2023-12-31' },
    ]);
    const calendarYear = parseDeadline('1 раз в календарный год', schoolYear);
    assert.deepStrictEqual(calendarYear.recurrence, {
      unit: 'year',
      interval: 1,
      times: 1,
      atLeast: false,
      calendarYear: true,
    });
    assert.deepStrictEqual(calendarYear.occurrences, [
      { start: '2023-09-01', end: '2023-12-31' },
      { start: '2024-01-01', end: '2024-08-31', cutAtEnd: true },
    ]);
  },
);

test(
  '«по итогам года» in a roadmap for school years is the end of the school year; ' +
    'a calendar year written out stays the calendar’s',
  () => {
    const end = (text: string, period: Period, calendar = defaultAcademicCalendar) =>
      parseDeadline(text, period, { calendar }).occurrences.map((o) => o.end);
    assert.deepStrictEqual(end('по итогам года', schoolYear), ['2024-05-31']);
    assert.deepStrictEqual(end('до конца года', schoolYear), ['2024-05-31']);
    assert.deepStrictEqual(end('в конце года', { start: '2023-01-09', end: '2024-08-31' }), [
      '2023-05-31',
      '2024-05-31',
    ]);
    assert.deepStrictEqual(end('по итогам года', year2023), ['2023-12-31']);
    const region = resolveAcademicCalendar({ schoolYear: { start: '09-01', end: '05-24' } });
    assert.deepStrictEqual(end('по итогам года', schoolYear, region), ['2024-05-24']);

    assert.deepStrictEqual(parseDeadline('по итогам календарного года', schoolYear).terms, [
      { unit: 'year', position: 'end', calendarYear: true },
    ]);
    assert.deepStrictEqual(end('по итогам календарного года', schoolYear), ['2023-12-31']);
  },
);

test('a season: «весенний период» is March to May, not the spring holidays; «в летний период» the summer ones', () => {
  const season = (from: number, to: number) => ({
    kind: 'range',
    parts: [{ from: { month: from }, to: { month: to } }],
  });
  assert.deepStrictEqual(understand('весенний период'), {
    structure: season(3, 5),
    occurrences: [{ start: '2025-03-01', end: '2025-05-31' }],
  });
  assert.deepStrictEqual(understand('в весеннее время'), understand('весенний период'));
  assert.deepStrictEqual(understand('в осенний период'), {
    structure: season(9, 11),
    occurrences: [{ start: '2024-09-01', end: '2024-11-30' }],
  });
  assert.deepStrictEqual(understand('в зимний период'), {
    structure: season(12, 2),
    occurrences: [{ start: '2024-12-01', end: '2025-02-28' }],
  });
  assert.deepStrictEqual(understand('в период весенних каникул').occurrences, [
    { start: '2025-03-23', end: '2025-03-31' },
  ]);
  assert.deepStrictEqual(understand('в летний период').occurrences, [{ start: '2025-06-01', end: '2025-08-31' }]);
  assert.equal(parseDeadline('до весенний период', schoolYear2024).understood, false);
});

test('a rhythm «в течение учебного года» pauses in the summer; «в течение года» does not', () => {
  const months = (text: string, period = schoolYear2024) => understand(text, period).occurrences.map((o) => o.end);
  const schoolMonths = [
    '2024-09-30',
    '2024-10-31',
    '2024-11-30',
    '2024-12-31',
    '2025-01-31',
    '2025-02-28',
    '2025-03-31',
    '2025-04-30',
    '2025-05-31',
  ];
  for (const text of ['ежемесячно в течение учебного года', 'в течение учебного года, ежемесячно']) {
    assert.deepStrictEqual(
      understand(text).structure,
      { kind: 'recurrence', scope: 'school-year', recurrence: { unit: 'month', ...weekly } },
      text,
    );
    assert.deepStrictEqual(months(text), schoolMonths, text);
  }
  assert.deepStrictEqual(months('ежемесячно в течение года'), [
    ...schoolMonths,
    '2025-06-30',
    '2025-07-31',
    '2025-08-31',
  ]);
  // A week across the school year's end is cut there: its last day is a deadline, not the period's end.
  const weeks = understand('еженедельно в течение учебного года').occurrences;
  assert.deepStrictEqual(weeks.at(-1), { start: '2025-05-26', end: '2025-05-31' });
  // A region's school year that ends sooner ends the rhythm sooner; the period's end still cuts its last window.
  const region = resolveAcademicCalendar({ schoolYear: { start: '09-01', end: '05-24' } });
  assert.deepStrictEqual(understand('ежемесячно в течение учебного года', schoolYear2024, region).occurrences.at(-1), {
    start: '2025-05-01',
    end: '2025-05-24',
  });
  assert.deepStrictEqual(
    understand('ежемесячно в течение учебного года', { start: '2024-09-01', end: '2025-03-15' }).occurrences.at(-1),
    { start: '2025-03-01', end: '2025-03-15', cutAtEnd: true },
  );
});

test('calendar years as a span: «2023-2025 гг.», «2023–2025 годы»; a bare «2023-2024» is not read', () => {
  const years = { kind: 'range', parts: [{ from: { year: 2023, month: 1 }, to: { year: 2025, month: 12 } }] };
  for (const text of ['2023-2025 гг.', '2023–2025 годы', 'в 2023 - 2025 годах', '2023-2025 г.г.'])
    assert.deepStrictEqual(
      understand(text),
      { structure: years, occurrences: [{ start: '2023-01-01', end: '2025-12-31' }] },
      text,
    );
  // Without a year word the span may be the school year 2023/24 as well as two calendar years.
  for (const text of ['2023-2024', '2025-2023 гг.'])
    assert.equal(parseDeadline(text, schoolYear2024).understood, false, text);
});

test('a school year with its second year in two digits: «2024-25 уч. г.», «в 2024/25 учебном году»', () => {
  const expected = understand('в течение 2024-2025 учебного года');
  for (const text of ['2024-25 уч. г.', 'в 2024/25 учебном году', 'в течение 2024-25 учебного года'])
    assert.deepStrictEqual(understand(text), expected, text);
  assert.deepStrictEqual(understand('1999-00 учебный год').occurrences, [{ start: '1999-09-01', end: '2000-05-31' }]);
  assert.equal(parseDeadline('2024-26 уч. г.', schoolYear2024).understood, false, 'not one school year');
});

test('abbreviations and a common misspelling: «в теч. года», «в течении учебного года», «в течение уч. года»', () => {
  const same: [string, string[]][] = [
    ['в течение года', ['в теч. года', 'В теч.года', 'в течении года']],
    ['в течение учебного года', ['в течении учебного года', 'В течение уч. года', 'в течение уч.года']],
    ['в течение 2024-2025 учебного года', ['в течении 2024-2025 учебного года', 'в 2024-2025 уч. году']],
  ];
  for (const [canonical, variants] of same) {
    for (const variant of variants) assert.deepStrictEqual(understand(variant), understand(canonical), variant);
  }
  // The words as written still give the basis its case.
  assert.deepStrictEqual(understand('в теч. года (по графику МО)').structure.basis, { type: 'schedule', detail: 'МО' });
});

test('a part of a month: «начало сентября» days 1–10, «середина октября» 11–20, «конец мая» 21 to the end', () => {
  assert.deepStrictEqual(understand('начало сентября'), {
    structure: { kind: 'range', parts: [{ from: { month: 9, day: 1 }, to: { month: 9, day: 10 } }] },
    occurrences: [{ start: '2024-09-01', end: '2024-09-10' }],
  });
  assert.deepStrictEqual(understand('в середине октября').occurrences, [{ start: '2024-10-11', end: '2024-10-20' }]);
  assert.deepStrictEqual(understand('Конец мая'), {
    structure: { kind: 'range', parts: [{ from: { month: 5, day: 21 }, to: { month: 5 } }] },
    occurrences: [{ start: '2025-05-21', end: '2025-05-31' }],
  });
  // The end of February is its last day, in a leap year too.
  assert.deepStrictEqual(understand('в конце февраля', { start: '2023-01-01', end: '2024-12-31' }).occurrences, [
    { start: '2023-02-21', end: '2023-02-28' },
    { start: '2024-02-21', end: '2024-02-29' },
  ]);
  assert.deepStrictEqual(understand('конец сентября 2023 г.').occurrences, [
    { start: '2023-09-21', end: '2023-09-30' },
  ]);
  for (const text of ['в середине', 'конец мая, начало сентября'])
    assert.equal(parseDeadline(text, schoolYear2024).understood, false, text);
});

test('«Май, ежегодно с 2023 года», «ежегодно с 2023 года»: a yearly rhythm from the year named on', () => {
  const programme: Period = { start: '2022-01-01', end: '2025-12-31' };
  const mays = ['2023-05-01/2023-05-31', '2024-05-01/2024-05-31', '2025-05-01/2025-05-31'];
  const windows = (text: string, period = programme) =>
    understand(text, period).occurrences.map((o) => `${o.start}/${o.end}`);
  for (const text of ['Май, ежегодно с 2023 года', 'Май,\nежегодно с 2023', 'ежегодно в мае, начиная с 2023 года']) {
    assert.deepStrictEqual(
      understand(text, programme).structure,
      { kind: 'recurrence', recurrence: { unit: 'year', ...weekly, months: [5], fromYear: 2023 } },
      text,
    );
    assert.deepStrictEqual(windows(text), mays, text);
  }
  assert.deepStrictEqual(windows('ежегодно с 2023 года'), [
    '2023-01-01/2023-12-31',
    '2024-01-01/2024-12-31',
    '2025-01-01/2025-12-31',
  ]);
  // In a roadmap for school years the school year 2023/24 begins before 2024: the first year is 2024/25.
  assert.deepStrictEqual(windows('ежегодно с 2024 года', { start: '2023-09-01', end: '2025-08-31' }), [
    '2024-09-01/2025-08-31',
  ]);
  for (const text of ['май с 2023 года', 'ежемесячно с 2023 года', 'Май 2023, ежегодно с 2023'])
    assert.equal(parseDeadline(text, programme).understood, false, text);
});

test('«в течение летних каникул», «в течение каникул»: the holidays of the school calendar', () => {
  assert.deepStrictEqual(understand('в течение летних каникул'), understand('в период летних каникул'));
  assert.deepStrictEqual(understand('в течение летних каникул').occurrences, [
    { start: '2025-06-01', end: '2025-08-31' },
  ]);
  // A region's summer holidays begin when its school year ends.
  const region = resolveAcademicCalendar({ holidays: { summer: { start: '05-25', end: '08-31' } } });
  assert.deepStrictEqual(understand('В течение летних каникул', schoolYear2024, region).occurrences, [
    { start: '2025-05-25', end: '2025-08-31' },
  ]);
  assert.deepStrictEqual(understand('в течение осенних каникул').structure, {
    kind: 'term',
    terms: [{ unit: 'holidays', number: 1, position: 'whole' }],
  });
  assert.deepStrictEqual(understand('в течение каникул'), understand('в каникулярное время'));
});

test('abbreviated months: «окт.-нояб. 2023 г.», «сент. 2023», «янв.–февр. 2024» read as the months written out', () => {
  const same: [string, string][] = [
    ['окт.-нояб. 2023 г.', 'октябрь-ноябрь 2023 г.'],
    ['сент. 2023', 'сентябрь 2023'],
    ['Янв.–февр. 2024', 'январь-февраль 2024'],
    ['до 1 дек. 2024 г.', 'до 1 декабря 2024 г.'],
    ['фев., апр., авг.', 'февраль, апрель, август'],
  ];
  for (const [short, written] of same) assert.deepStrictEqual(understand(short), understand(written), short);
  assert.deepStrictEqual(understand('окт.-нояб. 2023 г.').occurrences, [{ start: '2023-10-01', end: '2023-11-30' }]);
  // Without its dot an abbreviation may be the beginning of another word, and is not a month.
  for (const text of ['окт-нояб 2023', 'сент 2023'])
    assert.equal(parseDeadline(text, schoolYear2024).understood, false, text);
});

test('«2 раза в год: декабрь, май»: the months after a colon are the windows, as without it', () => {
  assert.deepStrictEqual(understand('2 раза в год: декабрь, май'), {
    structure: {
      kind: 'recurrence',
      recurrence: { unit: 'year', interval: 1, times: 2, atLeast: false, months: [12, 5] },
    },
    occurrences: [
      { start: '2024-12-01', end: '2024-12-31' },
      { start: '2025-05-01', end: '2025-05-31' },
    ],
  });
  assert.deepStrictEqual(understand('ежегодно: май'), understand('ежегодно, май'));
  assert.equal(parseDeadline('2 раза в год: 2024', schoolYear2024).understood, false);
});

test('a half-year or quarter of a named school year: «1 полугодие 2023-2024 учебного года», «II полугодие …»', () => {
  const half = (number: number, position: 'whole' | 'end' = 'whole') => ({
    kind: 'term',
    terms: [{ unit: 'school-half', number, year: 2023, position }],
  });
  // Named, the school year gives its dates even outside the period, as «в течение 2023-2024 учебного года» does.
  assert.deepStrictEqual(understand('1 полугодие 2023-2024 учебного года'), {
    structure: half(1),
    occurrences: [{ start: '2023-09-01', end: '2023-12-31' }],
  });
  assert.deepStrictEqual(understand('II полугодие 2023-2024 уч. года'), {
    structure: half(2),
    occurrences: [{ start: '2024-01-01', end: '2024-05-31' }],
  });
  assert.deepStrictEqual(understand('в 1 полугодии 2023/24 учебного года').structure, half(1));
  assert.deepStrictEqual(understand('по итогам I полугодия 2023-2024 уч. г.').structure, half(1, 'end'));
  assert.deepStrictEqual(understand('2 четверть 2023-2024 учебного года').occurrences, [
    { start: '2023-11-01', end: '2023-12-31' },
  ]);
  // A region's half-year ends when its calendar says.
  const region = resolveAcademicCalendar({
    halves: [
      { start: '09-01', end: '12-27' },
      { start: '01-09', end: '05-24' },
    ],
  });
  assert.deepStrictEqual(understand('1 полугодие 2023-2024 учебного года', schoolYear2024, region).occurrences, [
    { start: '2023-09-01', end: '2023-12-27' },
  ]);
  // Without «учебного года» the years may be calendar ones; a span of two years is not one school year.
  for (const text of ['1 полугодие 2023-2024', '1 полугодие 2023-2025 учебного года', '1 полугодие 2024 года'])
    assert.equal(parseDeadline(text, schoolYear2024).understood, false, text);
});

test('«до конца 2023 года» is 31 December 2023; «до конца мая» the last day of May, every year without one', () => {
  assert.deepStrictEqual(understand('до конца 2023 года'), {
    structure: { kind: 'term', terms: [{ unit: 'year', year: 2023, position: 'end' }], by: true },
    occurrences: [{ start: '2023-12-31', end: '2023-12-31' }],
  });
  // The year named is the calendar one, also in a roadmap that counts school years.
  assert.deepStrictEqual(understand('по итогам 2023 года', schoolYear).occurrences, [
    { start: '2023-12-31', end: '2023-12-31' },
  ]);
  assert.deepStrictEqual(understand('до конца 2023-2024 учебного года').occurrences, [
    { start: '2024-05-31', end: '2024-05-31' },
  ]);
  assert.deepStrictEqual(understand('до конца мая'), {
    structure: { kind: 'date', by: true, parts: [{ from: { month: 5 } }] },
    occurrences: [{ start: '2025-05-31', end: '2025-05-31' }],
  });
  assert.deepStrictEqual(understand('до конца мая 2024', twoYears).occurrences, [
    { start: '2024-05-31', end: '2024-05-31' },
  ]);
  // Without a year, in every year of the period; February ends on the 29th in a leap year.
  assert.deepStrictEqual(understand('к концу февраля', twoYears).occurrences, [
    { start: '2023-02-28', end: '2023-02-28' },
    { start: '2024-02-29', end: '2024-02-29' },
  ]);
  // «до 2024 года» may include 2024 as well as end before it; «конца» needs a month, not a day.
  for (const text of ['до 2024 года', 'до конца 31 мая', 'до конца'])
    assert.equal(parseDeadline(text, schoolYear2024).understood, false, text);
});

test('a season of a year: «весна 2024», «осень 2023 г.» are its months that year, «лето 2024» its holidays', () => {
  const season = (year: number, from: number, to: number) => ({
    kind: 'range',
    parts: [{ from: { year, month: from }, to: { year, month: to } }],
  });
  // The year is written: its dates hold whatever the period.
  assert.deepStrictEqual(understand('весна 2024'), {
    structure: season(2024, 3, 5),
    occurrences: [{ start: '2024-03-01', end: '2024-05-31' }],
  });
  assert.deepStrictEqual(understand('осень 2023 г.'), {
    structure: season(2023, 9, 11),
    occurrences: [{ start: '2023-09-01', end: '2023-11-30' }],
  });
  for (const text of ['осенью 2023 года', 'в осенний период 2023 г.'])
    assert.deepStrictEqual(understand(text), understand('осень 2023 г.'), text);
  // Summer is the summer holidays of the school calendar, the region's where it sets them.
  const region = resolveAcademicCalendar({ holidays: { summer: { start: '05-25', end: '08-31' } } });
  assert.deepStrictEqual(understand('летом 2024 г.', schoolYear, region).occurrences, [
    { start: '2024-05-25', end: '2024-08-31' },
  ]);
  // «зима 2024» may be January and February 2024 or the winter from December 2024.
  for (const text of ['зима 2024', 'в зимний период 2024 года', 'весна 2024-2025'])
    assert.equal(parseDeadline(text, schoolYear2024).understood, false, text);
});

test('halves, decades and the first week of a month: «первая половина сентября», «вторая половина мая»', () => {
  const days = (month: number, from: number, to?: number) => ({
    kind: 'range',
    parts: [{ from: { month, day: from }, to: { month, ...(to ? { day: to } : {}) } }],
  });
  assert.deepStrictEqual(understand('первая половина сентября'), {
    structure: days(9, 1, 15),
    occurrences: [{ start: '2024-09-01', end: '2024-09-15' }],
  });
  assert.deepStrictEqual(understand('вторая половина мая'), {
    structure: days(5, 16),
    occurrences: [{ start: '2025-05-16', end: '2025-05-31' }],
  });
  // The first week is the month's first seven days, not the calendar week that holds its first day.
  assert.deepStrictEqual(understand('первая неделя сентября'), {
    structure: days(9, 1, 7),
    occurrences: [{ start: '2024-09-01', end: '2024-09-07' }],
  });
  assert.deepStrictEqual(understand('в первой декаде сентября'), understand('в начале сентября'));
  assert.deepStrictEqual(understand('третья декада февраля', twoYears).occurrences, [
    { start: '2023-02-21', end: '2023-02-28' },
    { start: '2024-02-21', end: '2024-02-29' },
  ]);
  assert.deepStrictEqual(understand('во второй половине мая 2024 г.').occurrences, [
    { start: '2024-05-16', end: '2024-05-31' },
  ]);
  assert.deepStrictEqual(understand('в течение первой половины сентября'), understand('первая половина сентября'));
  for (const text of ['вторая неделя сентября', 'первая половина 2024 года', 'третья половина мая'])
    assert.equal(parseDeadline(text, schoolYear2024).understood, false, text);
});

test('«ежегодно до 1 сентября»: that day of every year of the period, a rhythm to report on each year', () => {
  const programme: Period = { start: '2023-01-01', end: '2025-12-31' };
  assert.deepStrictEqual(understand('ежегодно до 1 сентября', programme), {
    structure: {
      kind: 'recurrence',
      by: true,
      recurrence: { unit: 'year', ...weekly, months: [9], day: 1 },
    },
    occurrences: ['2023', '2024', '2025'].map((year) => ({ start: `${year}-09-01`, end: `${year}-09-01` })),
  });
  for (const text of ['до 1 сентября ежегодно', 'ежегодно, до 01.09', 'Ежегодно к 1 сентября'])
    assert.deepStrictEqual(understand(text, programme), understand('ежегодно до 1 сентября', programme), text);
  // A day a month lacks in some years is that month's last day there.
  assert.deepStrictEqual(understand('ежегодно до 29 февраля', twoYears).occurrences, [
    { start: '2023-02-28', end: '2023-02-28' },
    { start: '2024-02-29', end: '2024-02-29' },
  ]);
  assert.deepStrictEqual(understand('ежегодно 25 мая', twoYears).structure, {
    kind: 'recurrence',
    recurrence: { unit: 'year', ...weekly, months: [5], day: 25 },
  });
  // A year named with «ежегодно» contradicts it.
  assert.equal(parseDeadline('ежегодно до 1 сентября 2024', programme).understood, false);
});

test('«ежедневно» is work going on over the whole period, as «постоянно», not a window a day', () => {
  assert.deepStrictEqual(understand('ежедневно', schoolYear), {
    structure: { kind: 'period', scope: 'period' },
    occurrences: [{ start: '2023-09-01', end: '2024-08-31' }],
  });
  assert.deepStrictEqual(understand('Ежедневно.'), understand('постоянно'));
  assert.deepStrictEqual(understand('в течение года, ежедневно'), understand('в течение года'));
  // Every day of the school year: its days, without the summer.
  assert.deepStrictEqual(understand('ежедневно в течение учебного года', schoolYear).occurrences, [
    { start: '2023-09-01', end: '2024-05-31' },
  ]);
});
