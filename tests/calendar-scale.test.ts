// Calendars, the home page and the execution pages stay bounded as a region grows: the same synthetic region
// (bench/synthetic-region.ts) built with 6 and with 18 schools.
// Regional and municipal roadmaps are the same in both (the generator draws them before the schools), and so is
// every school the smaller region has. The portal calendar lists only the regional roadmap's items and a line per
// municipality a month; a school's calendar and .ics do not change when other schools are added; a municipality's
// calendar gains one line a month per school of its own, never their items.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadContent } from '../src/content-model/load-content.ts';
import { phraseBankFrom, writeSyntheticRegion } from '../bench/synthetic-region.ts';
import { buildSite } from './support/built-site.ts';
import { realContent } from './support/content-copy.ts';
import { tempDir } from './support/temp-dir.ts';

const municipalities = 3;
const sizes = [6, 18] as const;
const built = new Map<number, string>();

before(() => {
  const bank = phraseBankFrom(loadContent(realContent));
  for (const schools of sizes) {
    const content = path.join(tempDir('karta-scale-'), 'content');
    writeSyntheticRegion(content, bank, { schools, municipalities, itemsPerSchool: 12 });
    // Without the roadmaps' documents, which have nothing to do with calendars.
    built.set(schools, buildSite(['--content', content, '--documents', 'none'], { KARTA_BUILD_DATE: '2023-03-15' }));
  }
});

const read = (schools: number, file: string) => readFileSync(path.join(built.get(schools)!, file), 'utf8');
const [small, large] = sizes;
/** Links to roadmap items, in page order. */
const itemLinks = (html: string) => [...html.matchAll(/href="(\/roadmaps\/[^"#]+\/#[^"]+)"/g)].map((m) => m[1]!);
/** Per month, the organisations below with their number of items due. */
const belowLines = (html: string) =>
  [...html.matchAll(/<section class="cal-month" aria-labelledby="m-([\d-]+)">([\s\S]*?)<\/section>/g)].map((m) => ({
    month: m[1]!,
    lines: [
      ...(/<details class="cal-below">([\s\S]*?)<\/details>/.exec(m[2]!)?.[1] ?? '').matchAll(
        /<li><a href="\/organizations\/([^/"]+)\/calendar\/#m-[\d-]+">/g,
      ),
    ].map((l) => l[1]!),
  }));
const bytes = (dir: string): number =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce(
    (n, f) => n + (statSync(path.join(dir, f)).isFile() ? statSync(path.join(dir, f)).size : 0),
    0,
  );

test(
  'the site grows with the schools, the portal calendar does not: ' +
    'the regional items and a line per municipality a month',
  () => {
    assert.ok(bytes(built.get(large)!) > 1.5 * bytes(built.get(small)!), 'three times the schools, a much larger site');
    const [a, b] = [read(small, 'calendar/index.html'), read(large, 'calendar/index.html')];
    assert.ok(itemLinks(a).length > 20, `${itemLinks(a).length} item links`);
    assert.deepStrictEqual(itemLinks(b), itemLinks(a), 'the same items, in the same order');
    assert.ok(
      itemLinks(b).every((link) => link.startsWith('/roadmaps/bench-region-2023/#')),
      'items of the regional roadmap only',
    );
    for (const { month, lines } of belowLines(b)) {
      assert.ok(lines.length <= municipalities, `${month}: ${lines.length} lines`);
      assert.ok(
        lines.every((id) => /^bench-m\d+$/.test(id)),
        `${month}: municipalities, not schools`,
      );
    }
    assert.ok(belowLines(b).some(({ lines }) => lines.length === municipalities));
    assert.ok(b.length < 1.1 * a.length, `${a.length} → ${b.length} bytes`);
    assert.equal(read(large, 'calendar.ics'), read(small, 'calendar.ics'), 'the portal .ics has what the page lists');
    assert.match(read(large, 'calendar.ics'), /bench-region-2023/);
  },
);

test("a school's calendar page and .ics are the same whatever the number of other schools", () => {
  for (const file of [
    'organizations/bench-m1-s1/calendar/index.html',
    'organizations/bench-m1-s1/calendar.ics',
    'organizations/bench-m2-s5/calendar/index.html',
  ]) {
    assert.equal(read(large, file), read(small, file), file);
  }
  const school = read(small, 'organizations/bench-m1-s1/calendar/index.html');
  assert.deepStrictEqual(
    new Set(itemLinks(school).map((l) => l.split('/')[2])),
    new Set(['bench-region-2023', 'bench-m1-2023', 'bench-m1-s1-2023']),
  );
});

test("a municipality's calendar: its own and the regional items, and for its schools only a line a month each", () => {
  const [a, b] = [
    read(small, 'organizations/bench-m1/calendar/index.html'),
    read(large, 'organizations/bench-m1/calendar/index.html'),
  ];
  assert.deepStrictEqual(itemLinks(b), itemLinks(a));
  assert.deepStrictEqual(
    new Set(itemLinks(b).map((l) => l.split('/')[2])),
    new Set(['bench-region-2023', 'bench-m1-2023']),
    'no item of a school roadmap',
  );
  const schoolsOf = (n: number) =>
    new Set(
      Array.from({ length: n }, (_, i) => i + 1)
        .filter((s) => (s - 1) % municipalities === 0)
        .map((s) => `bench-m1-s${s}`),
    );
  for (const [n, html] of [
    [small, a],
    [large, b],
  ] as const) {
    const listed = new Set(belowLines(html).flatMap(({ lines }) => lines));
    assert.deepStrictEqual(
      listed,
      schoolsOf(n),
      `${n} schools: every school of the municipality with items due is a line`,
    );
  }
  const lines = (html: string) => belowLines(html).reduce((n, m) => n + m.lines.length, 0);
  // Each further school adds at most one line a month (and a month where only it has items due); a line is a name
  // (with its abbreviations marked up) and a number, a few hundred bytes.
  const months = belowLines(b).length;
  assert.ok(
    lines(b) - lines(a) <= (schoolsOf(large).size - schoolsOf(small).size) * months,
    `${lines(a)} → ${lines(b)} lines over ${months} months`,
  );
  assert.ok(
    b.length - a.length <= 400 * (lines(b) - lines(a)) + 2_500 * (months - belowLines(a).length),
    `${a.length} → ${b.length} bytes`,
  );
});

test(
  'the home page does not grow with the schools: roadmaps above them, ' +
    'organisations two levels deep with how many are below',
  () => {
    // Its lists, after what is due soon (at most ten items a month, school roadmaps' too).
    const [a, b] = [small, large]
      .map((n) => read(n, 'index.html'))
      .map((page) => page.slice(page.indexOf('<h2>Дорожные карты</h2>')));
    const links = (html: string, kind: string) =>
      [...html.matchAll(new RegExp(`href="/${kind}/([^/"]+)/"`, 'g'))].map((m) => m[1]!);
    for (const html of [a!, b!]) {
      assert.ok(!links(html, 'organizations').some((id) => /-s\d+$/.test(id)), 'no school is listed');
      assert.ok(!links(html, 'roadmaps').some((id) => /-s\d+-/.test(id)), 'no school roadmap is listed');
      assert.ok(links(html, 'organizations').includes('bench-m1') && links(html, 'roadmaps').includes('bench-m1-2023'));
    }
    assert.match(b!, /href="\/roadmaps\/">Все дорожные карты, со школьными \(22\)</);
    assert.match(b!, /bench-m1\/">[^<]*<\/a><span class="muted"> \(6 организаций\)/);
    assert.ok(b!.length <= a!.length + 10, `${a!.length} → ${b!.length} bytes`);
  },
);

test(
  "execution pages stay bounded: a region's monitoring lists its municipalities, " +
    "a school's page does not change with other schools",
  () => {
    const rows = (html: string) => [...html.matchAll(/<tr data-name="[^"]*"/g)].length;
    const [a, b] = [
      read(small, 'organizations/bench-region/monitoring/index.html'),
      read(large, 'organizations/bench-region/monitoring/index.html'),
    ];
    assert.equal(rows(a), municipalities);
    assert.equal(rows(b), municipalities, 'a row per municipality, not per school');
    // The figures change with the schools (means of more of them), the page's size hardly.
    assert.ok(Math.abs(b.length - a.length) < 200, `${a.length} → ${b.length} bytes`);
    assert.equal(
      read(large, 'organizations/bench-m1-s1/index.html'),
      read(small, 'organizations/bench-m1-s1/index.html'),
      "a school's page",
    );
    const schoolsOf = (n: number) =>
      Array.from({ length: n }, (_, i) => i + 1).filter((s) => (s - 1) % municipalities === 0).length;
    const [m1, m2] = [
      read(small, 'organizations/bench-m1/monitoring/index.html'),
      read(large, 'organizations/bench-m1/monitoring/index.html'),
    ];
    assert.equal(rows(m1), schoolsOf(small));
    assert.equal(rows(m2), schoolsOf(large), "a municipality's monitoring: a row per school of its own");
    assert.ok(m2.length - m1.length <= 1_500 * (rows(m2) - rows(m1)), `${m1.length} → ${m2.length} bytes`);
  },
);

test(
  'the lists of roadmaps and organisations stay bounded: schools are counted by municipality, ' +
    "each municipality's school roadmaps on a page of its own",
  () => {
    const roadmapLinks = (html: string) => [...html.matchAll(/href="\/roadmaps\/([^/"#]+)\/"/g)].map((m) => m[1]!);
    for (const file of ['roadmaps/index.html', 'organizations/index.html']) {
      const [a, b] = [read(small, file), read(large, file)];
      assert.ok(!roadmapLinks(b).some((id) => /-s\d+-/.test(id)), `${file}: no school roadmap is listed`);
      assert.ok(
        ![...b.matchAll(/href="\/organizations\/([^/"#]+)\/"/g)].some((m) => /-s\d+$/.test(m[1]!)),
        `${file}: no school is listed`,
      );
      assert.ok(b.length <= a.length + 20, `${file}: ${a.length} → ${b.length} bytes`);
    }
    assert.match(read(large, 'roadmaps/index.html'), /href="\/organizations\/bench-m1\/roadmaps\/"/);
    // A municipality's page of school roadmaps grows with its own schools only, a line each.
    const [m1, m2] = [
      read(small, 'organizations/bench-m1/roadmaps/index.html'),
      read(large, 'organizations/bench-m1/roadmaps/index.html'),
    ];
    const schools = (html: string) => roadmapLinks(html).filter((id) => /^bench-m1-s\d+-/.test(id)).length;
    assert.equal(schools(m1), 2);
    assert.equal(schools(m2), 6);
    assert.ok(m2.length - m1.length <= 1_000 * (schools(m2) - schools(m1)), `${m1.length} → ${m2.length} bytes`);
  },
);
