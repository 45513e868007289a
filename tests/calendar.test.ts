// Deadlines on the built site (one real build, «по состоянию на» 10.01.2023, with a public address in site.yaml):
// dates beside each item, calendar pages of the portal and of organisations, the home page's next months, the
// timeline of a roadmap with its text alternative, and the .ics files read back with ical.js. Expected lists are
// computed here from the open data (the parsed deadlines), independently of the pages' own code.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { buildSite } from './support/built-site.ts';
import { copyContent } from './support/content-copy.ts';

let outDir = '';
const origin = 'https://portal.example';

before(() => {
  const content = copyContent();
  const siteYaml = path.join(content, 'site.yaml');
  writeFileSync(siteYaml, `${readFileSync(siteYaml, 'utf8')}url: ${origin}\n`);
  // Without the roadmaps' documents: this is about deadlines.
  outDir = buildSite(['--content', content, '--documents', 'none'], { KARTA_BUILD_DATE: '2023-01-10' });
});

const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');

interface Occurrence {
  start: string;
  end: string;
  cutAtEnd?: true;
}
interface JsonItem {
  anchor: string;
  deadline: { kind: string; occurrences: Occurrence[] };
}
interface JsonSection {
  sections?: JsonSection[];
  items?: JsonItem[];
}
interface JsonRoadmap {
  id: string;
  period: Occurrence;
  sections: JsonSection[];
  controlPoints: JsonItem[];
  mechanisms: JsonItem[];
}

const roadmaps = () => (JSON.parse(read('data/roadmaps.json')) as { roadmaps: JsonRoadmap[] }).roadmaps;
const itemsOf = (r: JsonRoadmap): JsonItem[] => {
  const walk = (sections: JsonSection[] = []): JsonItem[] =>
    sections.flatMap((s) => [...(s.items ?? []), ...walk(s.sections)]);
  return [...walk(r.sections), ...r.controlPoints, ...r.mechanisms];
};
const lastDay = (month: string) =>
  new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
/** A repeating deadline: its windows are each due, never «starting» (docs/deadlines.md, «Календари и iCalendar»). */
const repeats = (item: JsonItem) =>
  item.deadline.kind === 'recurrence' || (item.deadline.kind === 'term' && item.deadline.occurrences.length > 1);

interface Expected {
  /** Items (as page links) with a window ending in the month. */
  due: Set<string>;
  /** Non-repeating items with a window starting in the month and ending later. */
  starting: Set<string>;
  /** Non-repeating items with a window that started before the month and ends after it. */
  continuing: Set<string>;
  /** Items going on in the month with a later end, whatever their kind (the timeline's «идут»). */
  ongoing: Set<string>;
}

function expected(ids: string[], month: string): Expected {
  const first = `${month}-01`;
  const last = lastDay(month);
  const out: Expected = { due: new Set(), starting: new Set(), continuing: new Set(), ongoing: new Set() };
  for (const roadmap of roadmaps().filter((r) => ids.includes(r.id))) {
    for (const item of itemsOf(roadmap)) {
      const link = `/roadmaps/${roadmap.id}/#${item.anchor}`;
      for (const o of item.deadline.occurrences) {
        // A window the period's end cut is never due: it goes on until its last month, the period's.
        const cut = o.cutAtEnd === true;
        if (!cut && o.end >= first && o.end <= last) out.due.add(link);
        else if (o.start <= last && (o.end > last || (cut && o.end >= first))) {
          out.ongoing.add(link);
          if (repeats(item)) continue;
          if (o.start >= first) out.starting.add(link);
          else out.continuing.add(link);
        }
      }
    }
  }
  return out;
}

/** A month on a calendar page: the links of its list of items due and of its list of items starting. */
function monthLinks(html: string, month: string): { due: Set<string>; starting: Set<string>; section: string } {
  const section = new RegExp(`<section class="cal-month" aria-labelledby="m-${month}">([\\s\\S]*?)</section>`).exec(
    html,
  )?.[1];
  assert.ok(section, `month ${month} is on the page`);
  const [rest = '', startingPart = ''] = section.split('<div class="cal-starting">');
  const duePart = rest.split('<details class="cal-below">')[0]!;
  const items = (part: string) => new Set([...part.matchAll(/href="(\/roadmaps\/[^"]+#[^"]+)"/g)].map((m) => m[1]!));
  return { due: items(duePart), starting: items(startingPart.split('</div>')[0]!), section };
}

/** The organisations below listed in a month, with the number of items due in their roadmaps. */
function belowCounts(section: string, month: string): Map<string, number> {
  const details = /<details class="cal-below">([\s\S]*?)<\/details>/.exec(section)?.[1] ?? '';
  return new Map(
    [
      ...details.matchAll(
        /<li><a href="\/organizations\/([^/"]+)\/calendar\/#m-(\d{4}-\d{2})">[^<]*<\/a>: (\d+)<\/li>/g,
      ),
    ].map((m) => {
      assert.equal(m[2], month, "each line links to the same month of the organisation's calendar");
      return [m[1]!, Number(m[3])];
    }),
  );
}

const sortedOf = (set: Set<string>) => [...set].sort();
const all = () => roadmaps().map((r) => r.id);

test('each item shows its deadline as written and, after it, its dates as <time datetime>', () => {
  const row = /<tr id="p-municipal-I-1"[ >][\s\S]*?<\/tr>/.exec(read('roadmaps/sochi-2023/index.html'))?.[0] ?? '';
  assert.match(
    row,
    /до 30 января 2023 г\. <span class="dates">\(<time datetime="2023-01-30">30\.01\.2023<\/time>\)<\/span>/,
  );
  const krasnodar = read('roadmaps/krasnodar-krai-2023/index.html');
  assert.match(
    krasnodar,
    /<time datetime="2023-01">январь<\/time> — <time datetime="2023-12">декабрь 2023<\/time>/,
    'a span of months',
  );
  assert.ok((krasnodar.match(/<span class="dates">/g) ?? []).length > 100);
});

test(
  'the portal calendar: «по состоянию на», the regional items of a month, ' +
    'and per municipality how many items are due',
  () => {
    const html = read('calendar/index.html');
    assert.match(html, /По состоянию на <time datetime="2023-01-10">10\.01\.2023<\/time>/);
    assert.match(
      html,
      new RegExp(
        String.raw`<h2 id="m-2023-01"><time datetime="2023-01">Январь 2023<\/time>` +
          String.raw`<span class="muted"> — текущий месяц<\/span><\/h2>`,
      ),
    );
    // The demo portal has no `home`: its top is the two regions; only the Krasnodar krai has a roadmap of its own.
    const linked = new Set([...html.matchAll(/href="\/roadmaps\/([^/"]+)\//g)].map((m) => m[1]));
    assert.deepStrictEqual([...linked], ['krasnodar-krai-2023'], 'no item of a municipal or school roadmap is listed');
    const below: Record<string, string[]> = {
      apsheronsk: ['apsheronsk-2021'],
      belorechensk: ['belorechensk-2023-2024'],
      georgievsk: ['georgievsk-2023-2024'],
      sochi: ['sochi-2023', 'sochi-example-school-2023'],
    };
    // Every month any window touches: it is on the page exactly when something is due or starts in it.
    const months = new Set(
      roadmaps().flatMap((r) =>
        itemsOf(r).flatMap((i) => i.deadline.occurrences.flatMap((o) => [o.start.slice(0, 7), o.end.slice(0, 7)])),
      ),
    );
    let checked = 0;
    for (const month of [...months].sort()) {
      const want = expected(['krasnodar-krai-2023'], month);
      const counts = new Map(
        Object.entries(below)
          .map(([org, ids]) => [org, expected(ids, month).due.size] as const)
          .filter(([, n]) => n > 0),
      );
      if (!want.due.size && !want.starting.size && !counts.size) {
        assert.doesNotMatch(
          html,
          new RegExp(`id="m-${month}"`),
          `${month}: nothing is due or starts, the month is left out`,
        );
        continue;
      }
      const got = monthLinks(html, month);
      assert.deepStrictEqual(sortedOf(got.due), sortedOf(want.due), `due in ${month}`);
      assert.deepStrictEqual(sortedOf(got.starting), sortedOf(want.starting), `starting in ${month}`);
      assert.deepStrictEqual(belowCounts(got.section, month), counts, `municipalities in ${month}`);
      checked++;
    }
    assert.ok(checked > 20, `${checked} months`);
    assert.ok(expected(['sochi-2023'], '2023-01').due.has('/roadmaps/sochi-2023/#p-municipal-I-1'));
    assert.match(
      monthLinks(html, '2023-01').section,
      /href="\/organizations\/sochi\/calendar\/#m-2023-01">Сочи<\/a>: \d+/,
      'Sochi «до 30 января 2023 г.» is counted for Sochi in January 2023',
    );
    assert.ok(
      monthLinks(html, '2021-07').section.includes('href="/organizations/apsheronsk/calendar/#m-2021-07"'),
      'a month only municipalities have items due in',
    );
    assert.doesNotMatch(html, /id="m-2022-06"/, 'a month with nothing is left out');
    assert.match(html, /href="\/calendar\.ics"[^>]*>Добавить в календарь</);
  },
);

test(
  'an organisation calendar: its own roadmaps and those above it, nothing of other organisations; ' +
    'spans named once',
  () => {
    const sochi = read('organizations/sochi/calendar/index.html');
    assert.match(sochi, /По состоянию на <time datetime="2023-01-10">10\.01\.2023<\/time>/);
    const linked = new Set([...sochi.matchAll(/href="\/roadmaps\/([^/"]+)\//g)].map((m) => m[1]));
    assert.deepStrictEqual([...linked].sort(), ['krasnodar-krai-2023', 'sochi-2023']);
    const ids = ['krasnodar-krai-2023', 'sochi-2023'];
    for (const month of ['2023-01', '2023-02', '2023-09']) {
      const want = expected(ids, month);
      const got = monthLinks(sochi, month);
      assert.deepStrictEqual(sortedOf(got.due), sortedOf(want.due), `due in ${month}`);
      assert.deepStrictEqual(sortedOf(got.starting), sortedOf(want.starting), `starting in ${month}`);
      const continuing = /Кроме того, (?:идёт|идут) (\d+) пункт/.exec(got.section)?.[1];
      assert.equal(Number(continuing ?? 0), want.continuing.size, `going on in ${month}, started earlier`);
    }
    assert.ok(
      monthLinks(sochi, '2023-01').starting.has('/roadmaps/krasnodar-krai-2023/#p-regional-II-45'),
      '«январь-декабрь 2023 г.» starts in January',
    );
    assert.ok(
      !monthLinks(sochi, '2023-02').starting.has('/roadmaps/krasnodar-krai-2023/#p-regional-II-45'),
      '… and is not named again in February',
    );
    // A span is named where it starts and where it is due, not in the months between: «в течение года» is named twice.
    const multiMonth = (o: Occurrence) => o.start.slice(0, 7) < o.end.slice(0, 7);
    const spans = itemsOf(roadmaps().find((r) => r.id === 'sochi-2023')!).filter(
      (i) => !repeats(i) && i.deadline.occurrences.some(multiMonth),
    );
    assert.ok(spans.length > 3, `${spans.length} items of Sochi span months`);
    for (const item of spans) {
      const mentions = sochi.split(`href="/roadmaps/sochi-2023/#${item.anchor}"`).length - 1;
      const want = item.deadline.occurrences.reduce((n, o) => n + (multiMonth(o) ? 2 : 1), 0);
      assert.equal(mentions, want, `${item.anchor}: once where each window starts, once where it ends`);
    }
    assert.match(sochi, /href="\/organizations\/sochi\/calendar\.ics"/);

    const school = read('organizations/apsheronsk-sosh-7/calendar/index.html');
    const schoolLinked = new Set([...school.matchAll(/href="\/roadmaps\/([^/"]+)\//g)].map((m) => m[1]));
    assert.deepStrictEqual([...schoolLinked].sort(), ['apsheronsk-2021', 'krasnodar-krai-2023']);
    assert.ok(monthLinks(school, '2021-02').due.size > 0, 'the school roadmap of 2021 is in its calendar');
  },
);

test('the home page: this month and the next, with the items due', () => {
  const home = read('index.html');
  const soon = /<section class="soon"[\s\S]*?<\/section>/.exec(home)?.[0] ?? '';
  assert.match(soon, /По состоянию на <time datetime="2023-01-10">10\.01\.2023<\/time>/);
  assert.match(
    soon,
    new RegExp(
      String.raw`<h3><time datetime="2023-01">Январь 2023<\/time><span class="muted"> — текущий месяц<\/span><\/h3>` +
        String.raw`[\s\S]*<h3><time datetime="2023-02">Февраль 2023<\/time><\/h3>`,
    ),
  );
  assert.match(soon.split('datetime="2023-02"')[0]!, /href="\/roadmaps\/sochi-2023\/#p-municipal-I-1"/);
  assert.ok((soon.match(/<li><span class="cal-when">/g) ?? []).length <= 20, 'at most ten items a month');
  assert.match(soon, /href="\/calendar\/#m-2023-01">и ещё \d+ пункт/);
});

test('calendars are linked from the menu, the organisation page and the roadmap page', () => {
  assert.match(read('glossary/index.html'), /<nav class="site-nav"[\s\S]*href="\/calendar\/">Календарь</);
  const org = read('organizations/sochi/index.html');
  assert.match(org, /href="\/organizations\/sochi\/calendar\/">Календарь сроков</);
  assert.match(org, /href="\/organizations\/sochi\/calendar\.ics"[^>]*>Добавить в календарь</);
  const roadmap = read('roadmaps/sochi-2023/index.html');
  assert.match(roadmap, /href="\/roadmaps\/sochi-2023\/calendar\.ics"[^>]*>Добавить в календарь</);
  assert.match(roadmap, /href="\/organizations\/sochi-uon\/calendar\/">Календарь сроков организации</);
});

test(
  'the timeline of a roadmap: an SVG named by its caption and summary, ' + 'and a table with the counts of every month',
  () => {
    const html = read('roadmaps/georgievsk-2023-2024/index.html');
    const figure = /<figure class="timeline[^"]*">([\s\S]*?)<\/figure>/.exec(html)?.[1] ?? '';
    const svg = /<svg class="figure timeline-chart" role="img" aria-labelledby="([^"]+)"[^>]*>([\s\S]*?)<\/svg>/.exec(
      figure,
    );
    assert.ok(svg, 'an SVG image marked as a figure');
    for (const id of svg[1]!.split(' ')) assert.match(figure, new RegExp(`id="${id}"`), `the name part #${id} exists`);
    // Every page has the layout's scripts (the version for the visually impaired, abbreviations, hyphens at its largest
    // print): none other.
    assert.doesNotMatch(
      html,
      /<script(?![^>]*((a11y|abbreviations)\.js|_astro\/PageLayout\.))/,
      'drawn at build time, no script of its own',
    );

    const rows = [
      ...figure.matchAll(
        new RegExp(
          String.raw`<tr><th scope="row"><time datetime="(\d{4}-\d{2})">[^<]+<\/time><\/th>` +
            String.raw`<td[^>]*>(\d+)<\/td><td[^>]*>(\d+)<\/td><\/tr>`,
          'g',
        ),
      ),
    ].map((m) => ({ month: m[1]!, due: Number(m[2]), ongoing: Number(m[3]) }));
    assert.equal(rows.length, 24, 'every month of 2023–2024');
    for (const row of rows) {
      const want = expected(['georgievsk-2023-2024'], row.month);
      const ongoing = [...want.ongoing].filter((link) => !want.due.has(link));
      assert.deepStrictEqual([row.due, row.ongoing], [want.due.size, ongoing.length], row.month);
    }
    assert.doesNotMatch(
      svg[2]!,
      /class="count"|\d+ \/ \d+/,
      'no «4 / 0» beside the bars: the numbers are in the table',
    );
    assert.equal(
      (svg[2]!.match(/<rect class="due"/g) ?? []).length,
      1 + rows.filter((r) => r.due > 0).length,
      'a filled bar for every month with items due, and the legend',
    );
  },
);

interface IcsEvent {
  url: string;
  summary: string;
  start: string;
  stamp: string;
}
function parseIcs(file: string): { name: string; events: IcsEvent[] } {
  const root = new ICAL.Component(ICAL.parse(read(file)));
  const events = root.getAllSubcomponents('vevent').map((vevent) => ({
    url: String(vevent.getFirstPropertyValue('url')),
    summary: String(vevent.getFirstPropertyValue('summary')),
    start: String(vevent.getFirstPropertyValue('dtstart')),
    stamp: String(vevent.getFirstPropertyValue('dtstamp')),
  }));
  return { name: String(root.getFirstPropertyValue('x-wr-calname')), events };
}

test('.ics files per roadmap, organisation and portal parse with ical.js, with absolute links to the items', () => {
  const sochi = parseIcs('roadmaps/sochi-2023/calendar.ics');
  assert.match(sochi.name, /^Сроки: Дорожная карта .* Сочи в 2023 году$/);
  const first = sochi.events.find((e) => e.url === `${origin}/roadmaps/sochi-2023/#p-municipal-I-1`);
  assert.equal(first?.start, '2023-01-30');
  assert.match(first?.summary ?? '', /^Разработка и утверждение муниципальной дорожной карты/);
  assert.ok(
    sochi.events.every(
      (e) => e.stamp === '2023-01-10T00:00:00Z' && e.url.startsWith(`${origin}/roadmaps/sochi-2023/#`),
    ),
  );

  const count = (id: string) => parseIcs(`roadmaps/${id}/calendar.ics`).events.length;
  const organization = parseIcs('organizations/sochi/calendar.ics');
  assert.equal(organization.name, 'Сроки дорожных карт: Сочи');
  assert.deepStrictEqual([...new Set(organization.events.map((e) => new URL(e.url).pathname))].sort(), [
    '/roadmaps/krasnodar-krai-2023/',
    '/roadmaps/sochi-2023/',
  ]);
  assert.equal(organization.events.length, count('krasnodar-krai-2023') + count('sochi-2023'));

  // The portal's file: the roadmaps its calendar page lists (here the regional one), not every school's.
  const portal = parseIcs('calendar.ics');
  const onPortalPage = [
    ...new Set(
      [...read('calendar/index.html').matchAll(/class="cal-roadmap" href="\/roadmaps\/([^/]+)\/"/g)].map((m) => m[1]!),
    ),
  ];
  assert.deepStrictEqual(onPortalPage, ['krasnodar-krai-2023']);
  assert.deepStrictEqual(
    [...new Set(portal.events.map((e) => new URL(e.url).pathname))],
    ['/roadmaps/krasnodar-krai-2023/'],
  );
  assert.equal(portal.events.length, count('krasnodar-krai-2023'));
  assert.ok(all().length > 1);
});
