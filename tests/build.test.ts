// Real builds of the site: open data of the seed roadmaps, pages, and the promise that a failed build publishes
// nothing and leaves the previous site as it was.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { copyContent, edit, karta, positionOf, projectRoot, realContent } from './support/content-copy.ts';
import { buildSite } from './support/built-site.ts';
import { tempDir } from './support/temp-dir.ts';

let outDir = '';
const timings = path.join(tempDir('karta-timings-'), 'timings.json');
// The date of every build of the project's content in this file: the site built here once is then the previous
// site of a rebuild and the parallel build the plain one is compared with.
const builtAt = { KARTA_BUILD_DATE: '2026-11-23' };

before(() => {
  // The parallel way, asked for: the project's few roadmaps would be built the plain way (src/build/build.ts).
  outDir = buildSite(['--parallel', '--timings', timings], builtAt);
});

const readJson = (file: string) => JSON.parse(readFileSync(path.join(outDir, file), 'utf8'));

interface JsonDeadline {
  text: string | null;
  kind: string;
  understood: boolean;
  occurrences: { start: string; end: string }[];
}
interface JsonSection {
  title: string;
  sections?: JsonSection[];
  items?: {
    number: string | null;
    title: string;
    form: string | null;
    deadline: JsonDeadline;
    responsible: { text: string }[];
  }[];
}
const countItems = (sections: JsonSection[] = []): number =>
  sections.reduce((n, s) => n + (s.items?.length ?? 0) + countItems(s.sections), 0);

test('roadmaps.json holds the five seed roadmaps with the item counts of the source documents, and the example', () => {
  const { roadmaps } = readJson('data/roadmaps.json');
  const byId = Object.fromEntries(roadmaps.map((r: { id: string }) => [r.id, r]));
  assert.equal(byId['sochi-example-school-2023'].example, true, "the made-up school's roadmap says it is an example");
  delete byId['sochi-example-school-2023'];
  assert.deepEqual(
    Object.fromEntries(
      Object.entries(byId).map(([id, r]) => [id, countItems((r as { sections: JsonSection[] }).sections)]),
    ),
    {
      'krasnodar-krai-2023': 156,
      'sochi-2023': 52,
      'apsheronsk-2021': 45,
      'georgievsk-2023-2024': 25,
      'belorechensk-2023-2024': 29,
    },
  );
  assert.equal(byId['georgievsk-2023-2024'].controlPoints.length, 8);
  assert.equal(byId['georgievsk-2023-2024'].mechanisms.length, 5);
  assert.equal(byId['belorechensk-2023-2024'].audit.rows.length, 14);
  assert.equal(byId['belorechensk-2023-2024'].audit.rows[0].parameter, 'Дефицит педагогических сотрудников');
});

test('every item in the open data has number, title, form, deadline.text and responsible', () => {
  const { roadmaps } = readJson('data/roadmaps.json');
  const walk = (sections: JsonSection[] = []): JsonSection['items'] =>
    sections.flatMap((s) => [...(s.items ?? []), ...(walk(s.sections) ?? [])]);
  for (const roadmap of roadmaps) {
    for (const item of walk(roadmap.sections) ?? []) {
      assert.ok('number' in item && 'form' in item && typeof item.title === 'string', JSON.stringify(item));
      assert.ok('text' in item.deadline && Array.isArray(item.responsible), JSON.stringify(item));
    }
  }
  const sochi = readJson('data/roadmaps/sochi-2023.json');
  const first = sochi.sections[0].sections[0].items[0];
  assert.deepEqual(
    [first.anchor, first.number, first.deadline.text, first.responsible[2].text],
    ['p-municipal-I-1', '1.', 'до 30 января 2023 г.', 'Миронова Е.В.'],
  );
});

test('every item in the open data carries its parsed deadline: kind, understood, occurrences as ISO dates', () => {
  const { roadmaps } = readJson('data/roadmaps.json');
  const walk = (sections: JsonSection[] = []): NonNullable<JsonSection['items']> =>
    sections.flatMap((s) => [...(s.items ?? []), ...walk(s.sections)]);
  const kinds = ['date', 'months', 'range', 'recurrence', 'term', 'period', 'unscheduled'];
  let dated = 0;
  for (const roadmap of roadmaps) {
    for (const item of [...walk(roadmap.sections), ...roadmap.controlPoints, ...roadmap.mechanisms]) {
      const { deadline } = item as { deadline: JsonDeadline };
      assert.ok(kinds.includes(deadline.kind), JSON.stringify(item));
      assert.equal(deadline.understood, true, JSON.stringify(deadline));
      for (const o of deadline.occurrences) {
        assert.match(`${o.start} ${o.end}`, /^\d{4}-\d{2}-\d{2} \d{4}-\d{2}-\d{2}$/);
        assert.ok(o.start <= o.end, JSON.stringify(deadline));
      }
      if (deadline.occurrences.length) dated++;
    }
  }
  assert.ok(dated > 250, `${dated} items with dates`);
  const sochi = readJson('data/roadmaps/sochi-2023.json');
  assert.deepEqual(sochi.sections[0].sections[0].items[0].deadline, {
    text: 'до 30 января 2023 г.',
    kind: 'date',
    understood: true,
    by: true,
    parts: [{ from: { year: 2023, month: 1, day: 30 } }],
    occurrences: [{ start: '2023-01-30', end: '2023-01-30' }],
  });
  const georgievsk = readJson('data/roadmaps/georgievsk-2023-2024.json');
  assert.deepEqual(georgievsk.controlPoints[3].deadline, {
    text: 'Конец 1,2 полугодия',
    kind: 'term',
    understood: true,
    terms: [
      { unit: 'school-half', number: 1, position: 'end' },
      { unit: 'school-half', number: 2, position: 'end' },
    ],
    occurrences: [
      { start: '2023-05-31', end: '2023-05-31' },
      { start: '2023-12-31', end: '2023-12-31' },
      { start: '2024-05-31', end: '2024-05-31' },
      { start: '2024-12-31', end: '2024-12-31' },
    ],
  });
});

test('one JSON file per roadmap, and no folder of earlier editions: the demo has no amended roadmap', () => {
  const files = readdirSync(path.join(outDir, 'data', 'roadmaps'))
    .filter((f) => f.endsWith('.json'))
    .sort();
  assert.deepEqual(
    readdirSync(path.join(outDir, 'data', 'roadmaps')).filter((f) => !f.endsWith('.json')),
    [],
  );
  assert.deepEqual(files, [
    'apsheronsk-2021.json',
    'belorechensk-2023-2024.json',
    'georgievsk-2023-2024.json',
    'krasnodar-krai-2023.json',
    'sochi-2023.json',
    'sochi-example-school-2023.json',
  ]);
});

test(
  'the published source JSON Schema accepts every seed roadmap file and rejects a broken one ' + '(checked by Ajv)',
  () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    assert.deepStrictEqual(
      readJson('data/roadmap.schema.json'),
      readJson('data/roadmap.source.schema.json'),
      'the earlier name still works',
    );
    const validate = ajv.compile(readJson('data/roadmap.source.schema.json'));
    const frontmatter = (file: string) => {
      const text = readFileSync(file, 'utf8');
      return parseYaml(file.endsWith('.mdx') ? /^---\n([\s\S]*?)\n---/.exec(text)![1]! : text);
    };
    const dir = path.join(realContent, 'roadmaps');
    for (const file of readdirSync(dir)) {
      assert.ok(validate(frontmatter(path.join(dir, file))), `${file}: ${ajv.errorsText(validate.errors)}`);
    }
    const broken = frontmatter(path.join(dir, 'sochi-2023.mdx'));
    broken.sections[0].sections[0].items[0].colour = 'red';
    assert.equal(validate(broken), false);
  },
);

test('pages: each roadmap with every item anchored, organisations, glossary, 404', () => {
  const sochi = readFileSync(path.join(outDir, 'roadmaps', 'sochi-2023', 'index.html'), 'utf8');
  assert.equal((sochi.match(/<tr id="p-/g) ?? []).length, 52);
  assert.match(sochi, /Разработка и утверждение муниципальной дорожной карты/);
  assert.match(sochi, /Текст приказа/, 'the MDX body (order text) is rendered');
  const krasnodar = readFileSync(path.join(outDir, 'roadmaps', 'krasnodar-krai-2023', 'index.html'), 'utf8');
  assert.equal((krasnodar.match(/<tr id="p-/g) ?? []).length, 156);
  for (const page of [
    'index.html',
    'roadmaps/index.html',
    'glossary/index.html',
    '404.html',
    'organizations/apsheronsk-sosh-7/index.html',
  ]) {
    assert.ok(existsSync(path.join(outDir, page)), page);
  }
  // ФИС ОКО logins are not published unless site.yaml says so (tests/partial-build.test.ts builds one that does).
  assert.doesNotMatch(
    readFileSync(path.join(outDir, 'organizations', 'apsheronsk-sosh-7', 'index.html'), 'utf8'),
    /sch233292|ФИС ОКО/,
  );
  const apsheronsk = readFileSync(path.join(outDir, 'roadmaps', 'apsheronsk-2021', 'index.html'), 'utf8');
  assert.doesNotMatch(apsheronsk, /sch23\d{4}/, "the logins column of the order's table is dropped");
  assert.match(apsheronsk.replace(/<[^>]+>/g, ''), /Столбец «Логин в системе ФИС ОКО» на сайте не публикуется/);
  // The site's own icon, so that browsers do not ask for a /favicon.ico there is none of.
  const icon = /<link rel="icon" href="([^"]+)"/.exec(sochi)?.[1];
  assert.ok(icon && existsSync(path.join(outDir, icon)), `icon ${icon}`);
  // A period the order does not state says how it was determined, beside the dates.
  assert.match(
    readFileSync(path.join(outDir, 'roadmaps', 'apsheronsk-2021', 'index.html'), 'utf8'),
    /31\.12\.2021<\/time><span class="muted"> \(в приказе период не указан/,
  );
});

test('the list of all roadmaps links to the table of all items, and the link leads to the CSV file', () => {
  const list = readFileSync(path.join(outDir, 'roadmaps', 'index.html'), 'utf8');
  const link = /<a href="([^"]+)"[^>]*>Все мероприятия таблицей \(CSV для Excel\)<\/a>/.exec(list);
  assert.ok(link, 'the link is on /roadmaps/');
  const target = new URL(link[1]!, 'http://site/roadmaps/').pathname;
  assert.equal(target, '/data/items.csv');
  const bytes = readFileSync(path.join(outDir, target));
  assert.deepStrictEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the byte order mark Excel needs');
  assert.match(bytes.subarray(3).toString('utf8'), /^Карта;Название карты;Организация;/);
});

test(
  'a section is named once: its heading with one dot after the number, ' + 'and its table labelled by that heading',
  () => {
    const georgievsk = readFileSync(path.join(outDir, 'roadmaps', 'georgievsk-2023-2024', 'index.html'), 'utf8');
    const headings = [...georgievsk.matchAll(/<h[3-6] id="(s-[^"]+)">(.*?)<\/h[3-6]>/g)];
    assert.ok(headings.length >= 5, 'the five sections of the plan');
    for (const [, , text] of headings) assert.doesNotMatch(text!, /^\S*\.\./, `one dot after the number: ${text}`);
    assert.ok(headings.some(([, , text]) => text!.startsWith('1. ')));
    const labelled = [...georgievsk.matchAll(/<table class="items[^"]*" aria-labelledby="([^"]+)">/g)].map((m) => m[1]);
    assert.ok(labelled.length >= 5);
    for (const id of labelled)
      assert.ok(
        headings.some(([, headingId]) => headingId === id),
        `the table's heading ${id} is on the page`,
      );
    assert.doesNotMatch(
      georgievsk,
      /aria-labelledby="[^"]+"><caption>/,
      'a table labelled by its heading has no caption repeating it',
    );
  },
);

/** A fingerprint of every file's path and bytes under `dir`. */
function snapshot(dir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, name);
    hash.update(name);
    if (statSync(full).isFile()) hash.update(readFileSync(full));
  }
  return hash.digest('hex');
}

// Content errors are found in this process the plain way and in a process of the check's the parallel way: both
// are tried.
test('broken content: the build names file:line:column and field, exits non-zero and leaves dist untouched', () => {
  const before = snapshot(outDir);
  const dir = copyContent();
  edit(dir, 'roadmaps/sochi-2023.mdx', 'number: "3."', 'number: 3.');
  edit(dir, 'organizations/sochi-cro.yaml', 'kind: agency', 'kind: agency\ncolour: red');
  const at = positionOf(dir, 'roadmaps/sochi-2023.mdx', '3.\n');
  for (const way of ['--plain', '--parallel']) {
    const result = karta(['build', way, '--content', dir, '--out', outDir]);
    assert.notEqual(result.code, 0, way);
    assert.ok(result.stderr.includes(`sochi-2023.mdx:${at.line}:${at.column}`), `${way}\n${result.stderr}`);
    assert.match(result.stderr, /sections\[0\]\.sections\[0\]\.items\[2\]\.number/, way);
    assert.match(result.stderr, /sochi-cro\.yaml:\d+:\d+ .*colour/, way);
    assert.match(result.stderr, /Сайт не собран: предыдущая сборка оставлена без изменений/, way);
    assert.equal(snapshot(outDir), before, way);
  }
});

test('an MDX body that is not valid MDX, or that carries markup or code, is refused at its line', () => {
  const before = snapshot(outDir);
  const dir = copyContent();
  edit(dir, 'roadmaps/sochi-2023.mdx', '## ПРИКАЗ', '## ПРИКАЗ {незакрытая скобка');
  edit(dir, 'roadmaps/apsheronsk-2021.mdx', '## ПРИКАЗ', '## ПРИКАЗ\n\n<script>alert(1)</script>');
  const result = karta(['build', '--content', dir, '--out', outDir]);
  assert.notEqual(result.code, 0);
  const brace = positionOf(dir, 'roadmaps/sochi-2023.mdx', '## ПРИКАЗ');
  const script = positionOf(dir, 'roadmaps/apsheronsk-2021.mdx', '<script>');
  assert.match(result.stderr, new RegExp(`sochi-2023\\.mdx:${brace.line}:\\d+ .*текст приказа не разобран`));
  assert.match(result.stderr, new RegExp(`apsheronsk-2021\\.mdx:${script.line}:${script.column} .*не допускается`));
  assert.equal(snapshot(outDir), before);
});

test('karta check exits 0 on the real content and non-zero on invalid YAML', () => {
  assert.equal(karta(['check']).code, 0);
  const dir = copyContent();
  edit(dir, 'glossary/shnor.yaml', 'abbr:', 'abbr: [');
  const result = karta(['check', '--content', dir]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /glossary\/shnor\.yaml:\d+:\d+/);
});

test('the roadmap and organisation pages go to the search index while the rest is rendered, each once', () => {
  const searched = ['roadmaps', 'organizations'].flatMap((folder) =>
    readdirSync(path.join(outDir, folder), { withFileTypes: true }).filter(
      (d) => d.isDirectory() && existsSync(path.join(outDir, folder, d.name, 'index.html')),
    ),
  );
  const { way, counts } = JSON.parse(readFileSync(timings, 'utf8')) as { way: string; counts: Record<string, number> };
  assert.equal(way, 'parallel');
  assert.ok(searched.length > 30, `${searched.length} pages`);
  assert.equal(counts['search pages handed over while rendering'], searched.length);
  // A site this size has one bundle of the index, and its search page merges none.
  assert.deepEqual(
    readdirSync(outDir).filter((name) => name.startsWith('pagefind')),
    ['pagefind'],
  );
  assert.match(
    readFileSync(path.join(outDir, 'search', 'index.html'), 'utf8'),
    /data-pagefind="\/pagefind\/pagefind\.js" data-merge="\[\]"/,
  );
});

test(
  'the pages of routes with parameters are written from the bytes Astro rendered, ' + 'none read back from a response',
  () => {
    const { counts } = JSON.parse(readFileSync(timings, 'utf8')) as { counts: Record<string, number> };
    // Roadmaps, organisations and their calendars.
    const pages = ['roadmaps', 'organizations'].flatMap((folder) =>
      readdirSync(path.join(outDir, folder), { recursive: true, encoding: 'utf8' }).filter(
        (file) => file.endsWith('index.html') && file.includes(path.sep),
      ),
    );
    assert.ok(pages.length > 50, `${pages.length} pages`);
    assert.equal(counts['pages written from the rendered bytes'], pages.length);
    assert.equal(counts['pages written from their response read back'], 0);
  },
);

test(
  'a rebuild gives, file for file, what a build into an empty folder gives: nothing of the previous site is left; ' +
    'a content folder of its own leaves no cache folder of its own in the project',
  () => {
    const cache = path.join(projectRoot, '.karta', 'cache');
    const cacheFolders = readdirSync(cache).sort();
    const target = path.join(tempDir('karta-rebuild-'), 'dist');
    const build = (content: string, out: string) => {
      const result = karta(['build', '--content', content, '--out', out], builtAt);
      assert.equal(result.code, 0, result.output);
    };
    // The first site has a roadmap the later one does not: its page, data, calendar and search fragments must go.
    // It is this file's site, built from the project's content.
    const fewer = copyContent();
    rmSync(path.join(fewer, 'roadmaps', 'georgievsk-2023-2024.mdx'));
    cpSync(outDir, target, { recursive: true });
    assert.ok(existsSync(path.join(target, 'roadmaps', 'georgievsk-2023-2024')));
    build(fewer, target);
    assert.ok(!existsSync(path.join(target, 'roadmaps', 'georgievsk-2023-2024')));
    const fresh = path.join(tempDir('karta-fresh-'), 'dist');
    build(fewer, fresh);
    assert.equal(snapshot(target), snapshot(fresh));
    assert.deepEqual(readdirSync(cache).sort(), cacheFolders);
  },
);

test(
  'karta build into a folder on another file system than the project stops at once with what to do, ' + 'in Russian',
  () => {
    // /dev is a file system of its own (devtmpfs or tmpfs) on Linux; nothing is written there.
    assert.notEqual(statSync('/dev').dev, statSync(process.cwd()).dev, 'precondition: /dev is another file system');
    const result = karta(['build', '--out', '/dev/karta-site']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /папка \/dev\/karta-site находится на другом диске/);
    assert.match(result.stderr, /Соберите сайт в папку на диске проекта/);
    assert.equal(existsSync('/dev/karta-site'), false);
  },
);

test(
  'a broken site.yaml stops the build with the check’s report in Russian, ' + 'not an error of Astro’s configuration',
  () => {
    const before = snapshot(outDir);
    const dir = copyContent();
    writeFileSync(
      path.join(dir, 'site.yaml'),
      `${readFileSync(path.join(dir, 'site.yaml'), 'utf8')}\nbase: no-slash\n`,
    );
    // The parallel way starts Astro with the site's configuration while the content is checked: both ways are tried.
    for (const way of ['--plain', '--parallel']) {
      const result = karta(['build', way, '--content', dir, '--out', outDir]);
      assert.notEqual(result.code, 0, way);
      assert.match(result.stderr, /site\.yaml:\d+:\d+ +ошибка в поле base/, way);
      assert.match(result.stderr, /Сайт не собран: предыдущая сборка оставлена без изменений/, way);
      assert.doesNotMatch(result.output, /astro|config/i, way);
      assert.equal(snapshot(outDir), before, way);
    }
  },
);

test(
  'the plain build (--plain: one step after another, no internal of Astro relied on) gives the same site; ' +
    'karta build run from another folder builds the site there, and refuses broken content there as here; ' +
    "the folder may be beside the project with a name that begins with the project folder's (…/main → …/main-site)",
  () => {
    // The parallel build is this file's site (the tests before leave it as it was built). The plain one is built
    // from a folder beside the project's.
    const parallel = outDir;
    const elsewhere = `${projectRoot}-site-${process.pid}`;
    mkdirSync(elsewhere);
    try {
      const broken = copyContent();
      edit(broken, 'organizations/sochi-cro.yaml', 'kind: agency', 'kind: agency\ncolour: red');
      const refused = karta(['build', '--content', broken, '--out', path.join(elsewhere, 'dist')], {}, elsewhere);
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /organizations\/sochi-cro\.yaml:\d+:\d+ +ошибка в поле colour/);
      const result = karta(['build', '--plain', '--out', 'dist'], builtAt, elsewhere);
      assert.equal(result.code, 0, result.output);
      const plain = path.join(elsewhere, 'dist');
      assert.ok(existsSync(path.join(plain, 'roadmaps', 'sochi-2023', 'index.html')));
      assert.ok(existsSync(path.join(plain, 'pagefind', 'pagefind.js')));
      assert.deepStrictEqual(readdirSync(elsewhere), ['dist'], "no bundle of Astro's left beside it");

      const files = (dir: string) =>
        readdirSync(dir, { recursive: true, encoding: 'utf8' })
          .filter((f) => statSync(path.join(dir, f)).isFile())
          .sort();
      const pages = (dir: string) => files(dir).filter((f) => !f.startsWith('pagefind'));
      assert.deepStrictEqual(pages(plain), pages(parallel));
      for (const file of pages(plain))
        assert.ok(readFileSync(path.join(plain, file)).equals(readFileSync(path.join(parallel, file))), file);
      // The same pages are in the index; its files are named by their content, which depends on the order pages
      // came in.
      const fragments = (dir: string) => readdirSync(path.join(dir, 'pagefind', 'fragment')).length;
      assert.equal(fragments(plain), fragments(parallel));
      assert.ok(fragments(plain) > 30);
      const refusedPlain = karta(['build', '--plain', '--home', 'nowhere', '--out', plain]);
      assert.equal(refusedPlain.code, 1);
      assert.match(refusedPlain.output, /--home «nowhere»: такой организации нет/);
      assert.ok(existsSync(path.join(plain, 'index.html')), 'the previous site stays');
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  },
);
