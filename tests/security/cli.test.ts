// What a user can get wrong on the command line gets a Russian message and no stack trace; `karta import` writes
// nothing until everything it will write is known to be writable, and never through a symbolic link; `karta serve`
// answers odd paths with the site's 404 page, never an error with the machine's paths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { commandLimitMs, karta, projectRoot } from '../support/content-copy.ts';
import { tempDir } from '../support/temp-dir.ts';

const noStack = (output: string) => assert.doesNotMatch(output, /\n\s+at |ERR_[A-Z_]+|Error:/, output);

test(
  'options: unknown (with the nearest name), missing a value, npm having taken them, a bad port or value — ' +
    'each said in Russian',
  () => {
    const unknown = karta(['build', '--hom', 'sochi']);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /karta build: неизвестный параметр «--hom»\. Может быть, --home\?/);
    noStack(unknown.output);
    const missing = karta(['check', '--content']);
    assert.match(missing.stderr, /параметру «--content» нужно значение/);
    const npm = karta(['build', 'sochi'], { npm_lifecycle_event: 'build', npm_config_home: 'true' });
    assert.equal(npm.code, 1);
    assert.match(npm.stderr, /npm забрал себе параметры --home: .*npm run build -- --home/);
    // An option npm keeps at its own default (`--description`) leaves no trace but its value.
    const kept = karta(['build', 'Сайт школы'], { npm_lifecycle_event: 'build' });
    assert.equal(kept.code, 1);
    assert.match(kept.stderr, /лишний аргумент «Сайт школы».*через npm run параметры пишут после «--»/);
    const port = karta(['serve', '--port', 'abc']);
    assert.equal(port.code, 1);
    assert.match(port.stderr, /--port «abc» — не номер порта/);
    const ways = karta(['build', '--plain', '--parallel', '--out', path.join(tempDir('karta-ways-'), 'dist')]);
    assert.equal(ways.code, 1);
    assert.match(ways.stderr, /--plain и --parallel вместе нельзя: выберите один способ сборки/);
    const documents = karta(['build', '--documents', 'all', '--out', path.join(tempDir('karta-ways-'), 'dist')]);
    assert.equal(documents.code, 1);
    assert.match(documents.stderr, /--documents «all» — можно только --documents none/);
    for (const output of [missing.output, npm.output, port.output, ways.output, documents.output]) noStack(output);
  },
);

test('--help on every command prints its help and runs nothing', () => {
  for (const command of ['check', 'build', 'serve', 'deadline', 'import']) {
    const help = karta([command, '--help']);
    assert.equal(help.code, 0, help.output);
    assert.match(help.stdout, new RegExp(`^karta ${command}`));
    assert.match(help.stdout, /Параметры:\n[\s\S]*--help/);
    assert.doesNotMatch(help.output, /Содержимое в порядке|Сайт собран|открыт по адресу/);
  }
});

const input = () => {
  const file = path.join(tempDir('karta-import-in-'), 'карта.csv');
  writeFileSync(file, 'Мероприятие;Сроки\nСеминар для учителей;март 2024\n');
  return file;
};

test('import never writes through a link at --out, with or without --force; the linked file is untouched', () => {
  const dir = tempDir('karta-import-links-');
  const dangling = path.join(dir, 'dangling.yaml');
  symlinkSync(path.join(dir, 'would-be-created.yaml'), dangling);
  const refused = karta(['import', input(), '--out', dangling]);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /--out «.*dangling\.yaml» — символическая ссылка/);
  assert.equal(existsSync(path.join(dir, 'would-be-created.yaml')), false);

  const target = path.join(dir, 'precious.yaml');
  writeFileSync(target, 'title: "чужой файл"\n');
  const link = path.join(dir, 'link.yaml');
  symlinkSync(target, link);
  const forced = karta(['import', input(), '--out', link, '--force']);
  assert.equal(forced.code, 1);
  assert.match(forced.stderr, /символическая ссылка/);
  assert.equal(readFileSync(target, 'utf8'), 'title: "чужой файл"\n');
  assert.equal(readlinkSync(link), target);
  noStack(forced.output);
});

test('import checks the report before it writes the roadmap: an existing report, a folder, a path under a file', () => {
  const dir = tempDir('karta-import-report-');
  const out = path.join(dir, 'roadmap.yaml');
  const report = path.join(dir, 'report.txt');
  writeFileSync(report, 'прежний отчёт');
  const existing = karta(['import', input(), '--out', out, '--report', report]);
  assert.equal(existing.code, 1);
  assert.match(existing.stderr, /файл «.*report\.txt» уже есть: укажите другой --report или добавьте --force/);
  assert.equal(existsSync(out), false, 'the roadmap is not written when the report cannot be');
  assert.equal(readFileSync(report, 'utf8'), 'прежний отчёт');

  const underFile = karta(['import', input(), '--out', out, '--report', path.join(report, 'x.txt')]);
  assert.equal(underFile.code, 1);
  assert.match(underFile.stderr, /--report «.*»: «.*report\.txt» — не папка/);
  assert.equal(existsSync(out), false);

  const folder = path.join(dir, 'folder.yaml');
  mkdirSync(folder);
  const isFolder = karta(['import', input(), '--out', folder]);
  assert.equal(isFolder.code, 1);
  assert.match(isFolder.stderr, /--out «.*folder\.yaml» — это папка/);
  for (const result of [existing, underFile, isFolder]) noStack(result.output);

  const fresh = path.join(dir, 'new', 'folders', 'report.txt');
  const written = karta(['import', input(), '--out', out, '--report', fresh]);
  assert.equal(written.code, 0, written.output);
  assert.match(readFileSync(fresh, 'utf8'), /Записано:/);
  assert.match(readFileSync(out, 'utf8'), /Семинар для учителей/);
});

async function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, (response) => {
      let body = '';
      response.on('data', (d) => (body += d));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test('serve: the base the site was built for, odd paths answered with the 404 page, a busy port said', async () => {
  const site = tempDir('karta-serve-');
  writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>Главная</title>');
  writeFileSync(path.join(site, '404.html'), '<!doctype html><title>Нет такой страницы</title>');
  writeFileSync(path.join(site, '.karta-build.json'), '{"base":"/shnor/"}\n');
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [path.join(projectRoot, 'bin', 'karta.mjs'), 'serve', '--out', site, '--port', String(port)],
    { stdio: ['ignore', 'pipe', 'pipe'], timeout: commandLimitMs.other },
  );
  let output = '';
  server.stdout.on('data', (d) => (output += d));
  try {
    for (let i = 0; i < 100 && !output.includes('открыт'); i++) await new Promise((r) => setTimeout(r, 100));
    assert.match(output, new RegExp(`открыт по адресу http://127\\.0\\.0\\.1:${port}/shnor/`));
    const origin = `http://127.0.0.1:${port}`;
    assert.equal((await get(`${origin}/shnor/`)).status, 200);
    for (const odd of [
      '/shnor/%E0%A4%A',
      '/shnor/..%2f..%2f..%2fetc%2fpasswd',
      `/shnor/${'a/'.repeat(2000)}`,
      '/shnor/.karta-build.json',
      '/etc/passwd',
    ]) {
      const answer = await get(origin + odd);
      assert.equal(answer.status, 404, odd);
      assert.match(answer.body, /Нет такой страницы/, odd);
      assert.doesNotMatch(answer.body, /\/work\/|\/tmp\/|\bat /, odd);
    }
    const busy = karta(['serve', '--out', site, '--port', String(port)]);
    assert.equal(busy.code, 1);
    assert.match(busy.stderr, new RegExp(`порт ${port} занят другой программой`));
  } finally {
    server.kill('SIGTERM');
  }
});
