// Deadline phrases of plans and roadmaps published by schools, municipalities and regions other than the seeds',
// each with the address it was read from, the period of its document and what it means, written by reading the
// phrase (not by running the parser). A phrase the parser should not pretend to understand says so (`null`); the
// last test keeps the number understood, so that a change that loses one is seen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDeadline } from './deadline.ts';
import type { DatePart, DeadlineStructure, Occurrence, Point, Recurrence, TermRef } from './types.ts';

const p = (year: number, month: number, day?: number): Point => ({ year, month, ...(day ? { day } : {}) });
const md = (month: number, day?: number): Point => ({ month, ...(day ? { day } : {}) });
const one = (from: Point): DatePart => ({ from });
const span = (from: Point, to: Point): DatePart => ({ from, to });
const range = (from: Point, to: Point): DeadlineStructure => ({ kind: 'range', parts: [span(from, to)] });
const months = (...parts: DatePart[]): DeadlineStructure => ({ kind: 'months', parts });
const date = (point: Point): DeadlineStructure => ({ kind: 'date', parts: [one(point)] });
const by = (point: Point): DeadlineStructure => ({ kind: 'date', by: true, parts: [one(point)] });
const term = (...terms: TermRef[]): DeadlineStructure => ({ kind: 'term', terms });
const every = (
  recurrence: Partial<Recurrence> & Pick<Recurrence, 'unit'>,
  extra: Partial<DeadlineStructure> = {},
): DeadlineStructure => ({
  kind: 'recurrence',
  ...extra,
  recurrence: { interval: 1, times: 1, atLeast: false, ...recurrence },
});

const monthLength = (year: number, month: number) =>
  [31, year % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * «2023-02» (the month), «2023-01-30» (a day), «2023-01/2023-04», «2023-01-09/2023-03-31»;
 * «…»: cut by the period's end.
 */
function occ(spec: string): Occurrence {
  const cut = spec.endsWith('…');
  const [a = '', b = a] = spec.replace(/…$/, '').split('/');
  const first = (s: string) => (s.length === 7 ? `${s}-01` : s);
  const last = (s: string) =>
    s.length === 7 ? `${s}-${pad(monthLength(Number(s.slice(0, 4)), Number(s.slice(5, 7))))}` : s;
  return { start: first(a), end: last(b), ...(cut ? { cutAtEnd: true as const } : {}) };
}

interface Case {
  text: string;
  /** Where the phrase was read. */
  source: string;
  /** The period of the document the phrase comes from, «start:end». */
  period: string;
  /** null: not understood (kept as text, no dates). */
  structure: DeadlineStructure | null;
  occurrences: string[];
}

const kbr =
  'https://base.garant.ru/30523923/da0ca740e319b67eff630b4065586e13/ ' +
  '(дорожная карта ГИА-11, Кабардино-Балкарская Республика)';
const kuban2016 =
  'https://base.garant.ru/43653516/f7ee959fd36b5699076b35abf4f52c5c/ (дорожная карта ГИА-11, Краснодарский край)';
const gia9 = 'https://sov.opredelim.com/docs/101400/index-6168.html (перечень мероприятий ГИА-9, Краснодарский край)';
const pavlovskaya = 'https://pavskool16.narod.ru/ege15.htm (план-график ЕГЭ, МБОУ СОШ № 16)';
const shemursha =
  'https://karshem-shemur.edu21.cap.ru/banneri/page_170132/ (план месячника, Карабай-Шемуршинская СОШ, Чувашия)';
const gymnasium1 = 'https://mgymnasium1.narod.ru/p29aa1.html (план мероприятий гимназии № 1)';
const vpr2023 =
  'https://www.consultant.ru/document/cons_doc_LAW_440070/6abf81b0619afee33ffce88249a80e70fba305aa (график ВПР 2023)';
const vpr2024 =
  'https://www.consultant.ru/document/cons_doc_LAW_469003/adf0f6134b9d123ddd149406a91a7fd1399646a0 (график ВПР 2024)';
const minsk34 =
  'https://gymn34.minskedu.gov.by/об-учреждении/попечительский-совет/план-работы-на-2021-2022-учебный-год';
const spb247 =
  'https://school247spb.ru/basic-education/educational-schedule/ ' +
  '(календарный учебный график, школа № 247, Санкт-Петербург)';
const toropets = 'https://tor-3.tverschool.ru/file/card?id=579 (дорожная карта перехода на ФГОС, Тверская область)';
const perm32 = 'http://xn--32-1lc9c.xn--p1ai/file/card?id=237 (приказ о дорожной карте, ПМАОУ «Школа № 32»)';
const velikol = 'https://velikol.ru/gimnaziya-%E2%84%964-kalendarnyj-plan-2002-2003g/ (календарный план гимназии № 4)';
const school619 = 'https://school619.ru/school-life/proektyi/obshheshkolnyie-proektyi/annual-holidays.html';
const essay =
  'https://consultant.ru/document/cons_doc_LAW_430519/9d0943fc0a8e664b1137ee2ca8f4b620402887c6 (итоговое сочинение)';
const ozersk = 'https://chelyab-gov.ru/doc/119281 (сетевой план-график, Озёрский городской округ)';
const krasnoarm = 'https://krasnoarm.nubex.ru/news/7943.html';
const kherson = 'http://g6.ks.ua/page/plan-roboty-gimnaziyi-na-20202021-navchalnyy-rik (план гимназии № 6)';
const abakan = 'https://dzen.ru/list/new-year/plan-raboty-shkoly-v-period-zimnih-kanikul';
const volgograd = 'https://ria24.today/news/chast-volgogradskih-shkolnikov-uydet-na/11271400';
const vetka = 'https://gromyko.schools.by/pages/plan-raboty-popechitelskogo-soveta-na-20212022-uchebnyj-god';

const everyMonth25 = (from: string, count: number): string[] => {
  const out: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (let i = 0; i < count; i++) {
    out.push(`${year}-${pad(month)}-25`);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return out;
};

const cases: Case[] = [
  {
    text: 'в течение всего периода',
    source: kbr,
    period: '2013-09-01:2014-08-31',
    structure: { kind: 'period', scope: 'period' },
    occurrences: ['2013-09-01/2014-08-31'],
  },
  {
    text: 'январь-февраль 2014',
    source: kbr,
    period: '2013-09-01:2014-08-31',
    structure: range(p(2014, 1), p(2014, 2)),
    occurrences: ['2014-01/2014-02'],
  },
  {
    text: 'до 25 числа каждого месяца',
    source: kbr,
    period: '2013-09-01:2014-08-31',
    structure: every({ unit: 'month', day: 25 }, { by: true }),
    occurrences: everyMonth25('2013-09', 12),
  },
  {
    text: 'январь-май 2014',
    source: kbr,
    period: '2013-09-01:2014-08-31',
    structure: range(p(2014, 1), p(2014, 5)),
    occurrences: ['2014-01/2014-05'],
  },
  {
    text: 'по графику ФЦТ',
    source: kbr,
    period: '2013-09-01:2014-08-31',
    structure: { kind: 'unscheduled', basis: { type: 'schedule', detail: 'ФЦТ' } },
    occurrences: [],
  },
  {
    text: 'июль - август 2015',
    source: kuban2016,
    period: '2015-11-13:2016-12-31',
    structure: range(p(2015, 7), p(2015, 8)),
    occurrences: ['2015-07/2015-08'],
  },
  {
    text: 'ноябрь 2012 – май 2013г.',
    source: gia9,
    period: '2012-09-01:2013-08-31',
    structure: range(p(2012, 11), p(2013, 5)),
    occurrences: ['2012-11/2013-05'],
  },
  {
    text: 'до 25 ноября 2012г.',
    source: gia9,
    period: '2012-09-01:2013-08-31',
    structure: by(p(2012, 11, 25)),
    occurrences: ['2012-11-25'],
  },
  // A month without a year is read in the academic year of the period: August is the one that ends it.
  {
    text: 'Август',
    source: pavlovskaya,
    period: '2012-09-01:2013-08-31',
    structure: months(one(md(8))),
    occurrences: ['2013-08'],
  },
  {
    text: 'Сентябрь-май',
    source: pavlovskaya,
    period: '2012-09-01:2013-08-31',
    structure: range(md(9), md(5)),
    occurrences: ['2012-09/2013-05'],
  },
  {
    text: 'Сентябрь-июнь',
    source: pavlovskaya,
    period: '2012-09-01:2013-08-31',
    structure: range(md(9), md(6)),
    occurrences: ['2012-09/2013-06'],
  },
  {
    text: 'Октябрь',
    source: pavlovskaya,
    period: '2012-09-01:2013-08-31',
    structure: months(one(md(10))),
    occurrences: ['2012-10'],
  },
  {
    text: '21.01.2022',
    source: shemursha,
    period: '2022-01-21:2022-02-23',
    structure: date(p(2022, 1, 21)),
    occurrences: ['2022-01-21'],
  },
  // The month of the plan (месячник) is not a term of any calendar: kept as words.
  { text: 'В течение месячника', source: shemursha, period: '2022-01-21:2022-02-23', structure: null, occurrences: [] },
  {
    text: 'В течение периода',
    source: shemursha,
    period: '2022-01-21:2022-02-23',
    structure: { kind: 'period', scope: 'period' },
    occurrences: ['2022-01-21/2022-02-23'],
  },
  {
    text: 'Январь',
    source: shemursha,
    period: '2022-01-21:2022-02-23',
    structure: months(one(md(1))),
    occurrences: ['2022-01-21/2022-01-31'],
  },
  {
    text: 'с 21 января по 23 февраля 2022',
    source: shemursha,
    period: '2022-01-21:2022-02-23',
    structure: range(p(2022, 1, 21), p(2022, 2, 23)),
    occurrences: ['2022-01-21/2022-02-23'],
  },
  // A two-digit year is of this century.
  {
    text: '1.09.09г.',
    source: gymnasium1,
    period: '2009-09-01:2010-08-31',
    structure: date(p(2009, 9, 1)),
    occurrences: ['2009-09-01'],
  },
  {
    text: '1 октября',
    source: gymnasium1,
    period: '2009-09-01:2010-08-31',
    structure: date(md(10, 1)),
    occurrences: ['2009-10-01'],
  },
  {
    text: 'сентябрь',
    source: gymnasium1,
    period: '2009-09-01:2010-08-31',
    structure: months(one(md(9))),
    occurrences: ['2009-09'],
  },
  {
    text: 'ноябрь',
    source: gymnasium1,
    period: '2009-09-01:2010-08-31',
    structure: months(one(md(11))),
    occurrences: ['2009-11'],
  },
  {
    text: 'декабрь',
    source: gymnasium1,
    period: '2009-09-01:2010-08-31',
    structure: months(one(md(12))),
    occurrences: ['2009-12'],
  },
  {
    text: 'До 03.02.2023',
    source: vpr2023,
    period: '2023-01-01:2023-12-31',
    structure: by(p(2023, 2, 3)),
    occurrences: ['2023-02-03'],
  },
  {
    text: 'До 09.02.2023',
    source: vpr2023,
    period: '2023-01-01:2023-12-31',
    structure: by(p(2023, 2, 9)),
    occurrences: ['2023-02-09'],
  },
  {
    text: '06.02.2023 - 30.05.2023',
    source: vpr2023,
    period: '2023-01-01:2023-12-31',
    structure: range(p(2023, 2, 6), p(2023, 5, 30)),
    occurrences: ['2023-02-06/2023-05-30'],
  },
  {
    text: '01.03.2023 - 26.05.2023',
    source: vpr2023,
    period: '2023-01-01:2023-12-31',
    structure: range(p(2023, 3, 1), p(2023, 5, 26)),
    occurrences: ['2023-03-01/2023-05-26'],
  },
  {
    text: '21.02.2023',
    source: vpr2023,
    period: '2023-01-01:2023-12-31',
    structure: date(p(2023, 2, 21)),
    occurrences: ['2023-02-21'],
  },
  {
    text: 'До 09.02.2024',
    source: vpr2024,
    period: '2024-01-01:2024-12-31',
    structure: by(p(2024, 2, 9)),
    occurrences: ['2024-02-09'],
  },
  {
    text: 'До 14.02.2024',
    source: vpr2024,
    period: '2024-01-01:2024-12-31',
    structure: by(p(2024, 2, 14)),
    occurrences: ['2024-02-14'],
  },
  {
    text: 'Сентябрь-октябрь 2021г.',
    source: minsk34,
    period: '2021-09-01:2022-08-31',
    structure: range(p(2021, 9), p(2021, 10)),
    occurrences: ['2021-09/2021-10'],
  },
  {
    text: 'сентябрь-декабрь, 2021 года',
    source: minsk34,
    period: '2021-09-01:2022-08-31',
    structure: range(p(2021, 9), p(2021, 12)),
    occurrences: ['2021-09/2021-12'],
  },
  {
    text: 'февраль 2022 года',
    source: minsk34,
    period: '2021-09-01:2022-08-31',
    structure: months(one(p(2022, 2))),
    occurrences: ['2022-02'],
  },
  {
    text: 'май',
    source: vetka,
    period: '2021-09-01:2022-08-31',
    structure: months(one(md(5))),
    occurrences: ['2022-05'],
  },
  {
    text: 'С 28 октября по 05 ноября 2023 года',
    source: spb247,
    period: '2023-09-01:2024-08-31',
    structure: range(p(2023, 10, 28), p(2023, 11, 5)),
    occurrences: ['2023-10-28/2023-11-05'],
  },
  {
    text: 'С 30 декабря 2023 года по 08 января 2024 года',
    source: spb247,
    period: '2023-09-01:2024-08-31',
    structure: range(p(2023, 12, 30), p(2024, 1, 8)),
    occurrences: ['2023-12-30/2024-01-08'],
  },
  {
    text: 'С 18 марта по 26 марта 2024 года',
    source: spb247,
    period: '2023-09-01:2024-08-31',
    structure: range(p(2024, 3, 18), p(2024, 3, 26)),
    occurrences: ['2024-03-18/2024-03-26'],
  },
  {
    text: 'С 12 по 18 февраля 2024 года',
    source: spb247,
    period: '2023-09-01:2024-08-31',
    structure: range(p(2024, 2, 12), p(2024, 2, 18)),
    occurrences: ['2024-02-12/2024-02-18'],
  },
  {
    text: '13-14 декабря',
    source: spb247,
    period: '2023-09-01:2024-08-31',
    structure: range(md(12, 13), md(12, 14)),
    occurrences: ['2023-12-13/2023-12-14'],
  },
  {
    text: '11 – 17 октября',
    source: spb247,
    period: '2023-09-01:2024-08-31',
    structure: range(md(10, 11), md(10, 17)),
    occurrences: ['2023-10-11/2023-10-17'],
  },
  {
    text: '6-7 сентября',
    source: spb247,
    period: '2023-09-01:2024-08-31',
    structure: range(md(9, 6), md(9, 7)),
    occurrences: ['2023-09-06/2023-09-07'],
  },
  {
    text: '28-29 февраля',
    source: spb247,
    period: '2023-09-01:2024-08-31',
    structure: range(md(2, 28), md(2, 29)),
    occurrences: ['2024-02-28/2024-02-29'],
  },
  {
    text: '24-25 апреля',
    source: spb247,
    period: '2023-09-01:2024-08-31',
    structure: range(md(4, 24), md(4, 25)),
    occurrences: ['2024-04-24/2024-04-25'],
  },
  {
    text: '15-16 мая',
    source: spb247,
    period: '2023-09-01:2024-08-31',
    structure: range(md(5, 15), md(5, 16)),
    occurrences: ['2024-05-15/2024-05-16'],
  },
  {
    text: '20-21 декабря',
    source: spb247,
    period: '2023-09-01:2024-08-31',
    structure: range(md(12, 20), md(12, 21)),
    occurrences: ['2023-12-20/2023-12-21'],
  },
  {
    text: '1 сентября — 27 октября',
    source: spb247,
    period: '2023-09-01:2024-08-31',
    structure: range(md(9, 1), md(10, 27)),
    occurrences: ['2023-09-01/2023-10-27'],
  },
  {
    text: '6 ноября — 29 декабря',
    source: spb247,
    period: '2023-09-01:2024-08-31',
    structure: range(md(11, 6), md(12, 29)),
    occurrences: ['2023-11-06/2023-12-29'],
  },
  {
    text: '9 января — 15 марта',
    source: spb247,
    period: '2023-09-01:2024-08-31',
    structure: range(md(1, 9), md(3, 15)),
    occurrences: ['2024-01-09/2024-03-15'],
  },
  {
    text: '27 марта — 20 мая',
    source: spb247,
    period: '2023-09-01:2024-08-31',
    structure: range(md(3, 27), md(5, 20)),
    occurrences: ['2024-03-27/2024-05-20'],
  },
  {
    text: 'Август 2022 года',
    source: toropets,
    period: '2022-01-10:2027-08-31',
    structure: months(one(p(2022, 8))),
    occurrences: ['2022-08'],
  },
  {
    text: 'до 18.11.2021',
    source: perm32,
    period: '2021-11-09:2022-08-31',
    structure: by(p(2021, 11, 18)),
    occurrences: ['2021-11-18'],
  },
  {
    text: 'до 19.11.2021 года',
    source: perm32,
    period: '2021-11-09:2022-08-31',
    structure: by(p(2021, 11, 19)),
    occurrences: ['2021-11-19'],
  },
  {
    text: 'I четверть',
    source: velikol,
    period: '2002-09-01:2003-08-31',
    structure: term({ unit: 'school-quarter', number: 1, position: 'whole' }),
    occurrences: ['2002-09/2002-10'],
  },
  {
    text: 'II четверть',
    source: velikol,
    period: '2002-09-01:2003-08-31',
    structure: term({ unit: 'school-quarter', number: 2, position: 'whole' }),
    occurrences: ['2002-11/2002-12'],
  },
  {
    text: 'III четверть',
    source: velikol,
    period: '2002-09-01:2003-08-31',
    structure: term({ unit: 'school-quarter', number: 3, position: 'whole' }),
    occurrences: ['2003-01/2003-03'],
  },
  // Two-year windows are counted from January of the period's first year: the one that holds this school year goes
  // on after it.
  {
    text: '1 раз в 2 года',
    source: school619,
    period: '2024-09-01:2025-08-31',
    structure: every({ unit: 'year', interval: 2 }),
    occurrences: ['2024-09-01/2025-08-31…'],
  },
  // Relative to an event whose date the words do not give, and not «по окончании …»: kept as words.
  {
    text: 'Не позднее чем за день до проведения итогового сочинения (изложения)',
    source: essay,
    period: '2023-09-01:2024-08-31',
    structure: null,
    occurrences: [],
  },
  {
    text: 'I квартал',
    source: ozersk,
    period: '2011-01-01:2013-12-31',
    structure: term({ unit: 'quarter', number: 1, position: 'whole' }),
    occurrences: ['2011-01/2011-03', '2012-01/2012-03', '2013-01/2013-03'],
  },
  {
    text: 'III квартал',
    source: ozersk,
    period: '2011-01-01:2013-12-31',
    structure: term({ unit: 'quarter', number: 3, position: 'whole' }),
    occurrences: ['2011-07/2011-09', '2012-07/2012-09', '2013-07/2013-09'],
  },
  {
    text: 'IV квартал',
    source: ozersk,
    period: '2011-01-01:2013-12-31',
    structure: term({ unit: 'quarter', number: 4, position: 'whole' }),
    occurrences: ['2011-10/2011-12', '2012-10/2012-12', '2013-10/2013-12'],
  },
  {
    text: 'С 10 по 16 февраля',
    source: krasnoarm,
    period: '2019-09-01:2020-08-31',
    structure: range(md(2, 10), md(2, 16)),
    occurrences: ['2020-02-10/2020-02-16'],
  },
  // A day and month in figures without a year: every year, like a month without one.
  {
    text: 'До 05.09',
    source: kherson,
    period: '2020-09-01:2021-08-31',
    structure: by(md(9, 5)),
    occurrences: ['2020-09-05'],
  },
  {
    text: 'С 20 по 29 декабря',
    source: abakan,
    period: '2023-09-01:2024-08-31',
    structure: range(md(12, 20), md(12, 29)),
    occurrences: ['2023-12-20/2023-12-29'],
  },
  {
    text: '29-30 декабря',
    source: volgograd,
    period: '2023-09-01:2024-08-31',
    structure: range(md(12, 29), md(12, 30)),
    occurrences: ['2023-12-29/2023-12-30'],
  },
];

for (const c of cases) {
  test(`«${c.text}» (${c.source.split(' ')[0]})`, () => {
    const [start = '', end = ''] = c.period.split(':');
    const { text, understood, occurrences, ...structure } = parseDeadline(c.text, { start, end });
    assert.equal(text, c.text);
    if (c.structure === null) {
      assert.deepStrictEqual(
        { understood, structure, occurrences },
        { understood: false, structure: { kind: 'unscheduled' }, occurrences: [] },
      );
      return;
    }
    assert.equal(understood, true);
    assert.deepStrictEqual(structure, c.structure);
    assert.deepStrictEqual(occurrences, c.occurrences.map(occ));
  });
}

test(
  'the table holds at least sixty distinct phrases, ' + 'and the parser understands all but the two it should not',
  () => {
    const texts = new Set(cases.map((c) => c.text));
    assert.equal(texts.size, cases.length, 'no phrase twice');
    assert.ok(cases.length >= 60, `${cases.length} phrases`);
    const understood = cases.filter(
      (c) => parseDeadline(c.text, { start: '2024-09-01', end: '2025-08-31' }).understood,
    ).length;
    assert.equal(understood, cases.length - 2);
    assert.equal(cases.filter((c) => c.structure === null).length, 2);
  },
);
