// Part of a portal from the same content: `karta build --home <organisation> --base /<folder>/` publishes one
// municipality (or school) with the roadmaps that apply to it, whatever site.yaml says, for a site of its own, under
// its own name and address (`--title`, `--url`).
import assert from 'node:assert/strict';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { copyContent, karta } from './support/content-copy.ts';
import { tempDir } from './support/temp-dir.ts';

// Without the roadmaps' documents (--documents none): this is about what a part publishes; the documents under a
// subfolder are printed by the subfolder's test (tests/browser/subfolder.test.ts).
const outDir = path.join(tempDir('karta-part-'), 'sochi');
const title = 'ШНОР — Сочи (пример)';
const description = 'Дорожные карты Сочи и его школ (пример: не настоящий сайт).';
const url = 'https://sochi.example.ru/sochi/';
const built = karta([
  'build',
  '--home',
  'sochi',
  '--base',
  '/sochi/',
  '--title',
  title,
  '--description',
  description,
  '--url',
  url,
  '--out',
  outDir,
  '--documents',
  'none',
]);

test(
  '--home publishes one municipality: its own and the regional roadmap, its organisations, ' + 'nothing of others',
  () => {
    assert.equal(built.code, 0, built.output);
    const dirs = (folder: string) =>
      readdirSync(path.join(outDir, folder), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort();
    assert.deepStrictEqual(dirs('roadmaps'), ['krasnodar-krai-2023', 'sochi-2023', 'sochi-example-school-2023']);
    assert.ok(dirs('organizations').includes('sochi'));
    assert.ok(
      !dirs('organizations').some((id) => id.startsWith('apsheronsk') || id.startsWith('georgievsk')),
      dirs('organizations').join(' '),
    );
    const data = JSON.parse(readFileSync(path.join(outDir, 'data', 'roadmaps.json'), 'utf8')) as {
      roadmaps: { id: string }[];
    };
    assert.deepStrictEqual(data.roadmaps.map((r) => r.id).sort(), [
      'krasnodar-krai-2023',
      'sochi-2023',
      'sochi-example-school-2023',
    ]);
    // The search has the pages of this part only: roadmaps and organisations (not their calendars and monitoring), and
    // the glossary's terms (results of their own).
    const organizations = dirs('organizations').filter((id) =>
      existsSync(path.join(outDir, 'organizations', id, 'index.html')),
    );
    const terms = (JSON.parse(readFileSync(path.join(outDir, 'search', 'terms.json'), 'utf8')) as unknown[]).length;
    assert.equal(
      readdirSync(path.join(outDir, 'pagefind', 'fragment')).length,
      dirs('roadmaps').length + organizations.length + terms,
    );
  },
);

test('--title, --description and --url name the part and give its calendars its address, not the portal’s', () => {
  assert.equal(built.code, 0, built.output);
  assert.doesNotMatch(built.output, /нет url/);
  const home = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  assert.ok(home.includes(`<title>${title}</title>`));
  assert.ok(home.includes(`<p>${description}</p>`));
  const portal = readFileSync(path.join('src', 'content', 'site.yaml'), 'utf8');
  assert.ok(!home.includes(/^title: (.+)$/m.exec(portal)![1]!));
  assert.ok(!home.includes('Демонстрационный портал'));
  const links = [...readFileSync(path.join(outDir, 'calendar.ics'), 'utf8').matchAll(/^URL(?:;[^:]*)?:(.+)$/gm)].map(
    (m) => m[1]!,
  );
  assert.ok(links.length > 0);
  assert.ok(
    links.every((link) => link.startsWith(`${url}roadmaps/`)),
    links.join('\n'),
  );
});

test(
  'the monitoring of the region above the part is left to the portal: no page, table or mean of its ' +
    'municipalities, which the part has only one of; the part’s own monitoring is there',
  () => {
    assert.equal(built.code, 0, built.output);
    const at = (file: string) => path.join(outDir, file);
    assert.ok(existsSync(at('organizations/sochi/monitoring/index.html')));
    assert.ok(existsSync(at('data/monitoring/sochi.csv')));
    assert.ok(existsSync(at('organizations/krasnodar-krai/index.html')));
    assert.equal(existsSync(at('organizations/krasnodar-krai/monitoring/index.html')), false);
    assert.equal(existsSync(at('data/monitoring/krasnodar-krai.csv')), false);
    const region = readFileSync(at('organizations/krasnodar-krai/index.html'), 'utf8');
    assert.match(region, /На этом сайте — не все муниципалитеты региона: мониторинг выполнения .* на общем портале/);
    assert.doesNotMatch(region, /Среднее выполнение|monitoring\//);
    const { organizations } = JSON.parse(readFileSync(at('data/organizations.json'), 'utf8')) as {
      organizations: { id: string; progressBelow: unknown }[];
    };
    const below = (id: string) => organizations.find((o) => o.id === id)?.progressBelow;
    assert.equal(below('krasnodar-krai'), null);
    assert.notEqual(below('sochi'), null);
    assert.doesNotMatch(readFileSync(at('organizations/sochi/index.html'), 'utf8'), /не все/);
  },
);

test('--base puts every link of the part under its folder', () => {
  const home = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const links = [...home.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!);
  assert.ok(links.length > 10);
  assert.deepStrictEqual(
    links.filter((link) => !link.startsWith('/sochi/')),
    [],
  );
});

test('a wrong --home, --base, --url or --title stops the build and says why, the previous build stays', () => {
  const out = path.join(tempDir('karta-part-'), 'site');
  mkdirSync(out);
  writeFileSync(path.join(out, 'previous.html'), 'previous build');
  // An unknown --home needs the content: the parallel way finds it in its pages process (the plain way's is tried in
  // build.test.ts). The values of the other options are refused before either way starts.
  const unknown = karta(['build', '--parallel', '--home', 'nowhere', '--out', out]);
  assert.equal(unknown.code, 1);
  assert.match(unknown.output, /--home «nowhere»: такой организации нет/);
  for (const way of ['--plain', '--parallel']) {
    const address = karta(['build', way, '--home', 'sochi', '--url', 'ftp://sochi.example.ru/', '--out', out]);
    assert.equal(address.code, 1, way);
    assert.match(address.output, /--url «ftp:\/\/sochi\.example\.ru\/»: адрес сайта вида https:\/\/…/, way);
    // A wrong value is refused before anything is started: the content is not even checked.
    assert.doesNotMatch(address.output, /Содержимое/, way);
    const authority = karta(['build', way, '--home', 'apsheronsk-uo', '--out', out]);
    assert.equal(authority.code, 1, way);
    assert.match(
      authority.output,
      /--home «apsheronsk-uo» — орган управления образованием, .*школы, муниципалитета или региона: .*«apsheronsk»/,
      way,
    );
    const title = karta(['build', way, '--title', '', '--out', out]);
    assert.equal(title.code, 1, way);
    assert.match(title.output, /--title «»: пустое значение — напишите его или уберите параметр/, way);
    assert.doesNotMatch(title.output, /Содержимое/, way);
  }
  const folder = karta(['build', '--parallel', '--base', 'shnor', '--out', out]);
  assert.equal(folder.code, 1);
  assert.match(folder.output, /--base «shnor»: подпапка вида \/shnor\//);
  assert.deepStrictEqual(readdirSync(out), ['previous.html']);
  assert.ok(existsSync(path.join(out, 'previous.html')));
  assert.match(folder.output, /Сайт не собран: предыдущая сборка оставлена без изменений/);

  // Where there was no previous site, none is said to be kept (and none is made).
  const fresh = path.join(tempDir('karta-part-'), 'site');
  const first = karta(['build', '--home', 'sochi-example-schol', '--out', fresh]);
  assert.equal(first.code, 1);
  assert.match(
    first.output,
    /--home «sochi-example-schol»: такой организации нет \(может быть, «sochi-example-school»\?\)/,
  );
  assert.match(first.output, /Сайт не собран\.\n?$/);
  assert.doesNotMatch(first.output, /предыдущая сборка/);
  assert.equal(existsSync(fresh), false);
});

test(
  'a site whose site.yaml publishes ФИС ОКО logins shows them, ' + "on the school's page and in the order's table",
  () => {
    const content = copyContent();
    appendFileSync(path.join(content, 'site.yaml'), '\npublishFisOkoLogins: true\n');
    const out = path.join(tempDir('karta-part-'), 'apsheronsk');
    const result = karta(['build', '--content', content, '--home', 'apsheronsk', '--out', out, '--documents', 'none']);
    assert.equal(result.code, 0, result.output);
    assert.match(
      readFileSync(path.join(out, 'organizations', 'apsheronsk-sosh-7', 'index.html'), 'utf8'),
      /ФИС ОКО<\/abbr>: sch233292/,
    );
    const roadmap = readFileSync(path.join(out, 'roadmaps', 'apsheronsk-2021', 'index.html'), 'utf8');
    assert.match(roadmap, /sch233292/);
    assert.doesNotMatch(roadmap, /не публикуется/);
  },
);
