// The editions of the demo's example amendment, as built: the «Что изменилось» page lists exactly what the
// amendment changed, the earlier edition stays at its address, and everything else uses the edition in force.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sharedSite } from './support/built-site.ts';

const site = sharedSite('2023-11-20');
const read = (file: string) => readFileSync(path.join(site, file), 'utf8');
/** The text of an HTML fragment, tags dropped, spaces as one. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|\s+/g, ' ')
    .replace(/&quot;/g, '"')
    .trim();
const between = (html: string, from: string, to: string) => {
  const start = html.indexOf(from);
  assert.ok(start >= 0, `«${from}» on the page`);
  const end = html.indexOf(to, start + from.length);
  return html.slice(start + from.length, end < 0 ? undefined : end);
};
const listed = (html: string) => [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => textOf(m[1]!));

test(
  'the changes of the example amendment are listed exactly: one item added, one removed, one changed, one moved, ' +
    'one section added',
  () => {
    const html = read('roadmaps/belorechensk-2023-2024/changes/2023-09-15/index.html');
    const summary = between(html, '<ul class="change-summary">', '</ul>');
    assert.deepEqual(listed(summary), [
      'Добавлено: 1 пункт',
      'Исключено: 1 пункт',
      'Изменено: 1 пункт',
      'Перенесено: 1 пункт',
      'Без изменений: 26 пунктов',
    ]);
    assert.deepEqual(listed(between(html, '<h2>Добавленные разделы</h2>', '</ul>')), [
      'III Работа с родителями (пример раздела, добавленного изменениями)',
    ]);
    assert.deepEqual(listed(between(html, '<h2>Добавленные пункты</h2>', '</ul>')), [
      '2 Родительское собрание «Как помочь ребёнку с трудностями в учёбе» (пример) (III)',
    ]);
    assert.deepEqual(listed(between(html, '<h2>Исключённые пункты</h2>', '</ul>')), ['17 «Мои успехи и неудачи» (II)']);
    const changed = between(html, '<h2>Изменённые и перенесённые пункты</h2>', '</article>');
    const items = [...changed.matchAll(/<section class="changed-item"[^>]*>(.*?)<\/section>/gs)].map((m) =>
      textOf(m[1]!),
    );
    assert.deepEqual(items, [
      '13 «Руководство проектами обучающихся: от школьного до федерального уровня» ' +
        'Сроки было: Ноябрь стало: Декабрь 2023',
      '1 «Организация взаимодействия учителей, родителей, психологической службы по ликвидации школьной ' +
        'неуспешности обучающихся в форме психолого-педагогического консилиума» перенесён: II › п. 29 → III › п. 1',
    ]);
    assert.match(
      changed,
      new RegExp(
        String.raw`<del><span class="visually-hidden">было: <\/span>Ноябрь<\/del>` +
          String.raw`<ins><span class="visually-hidden">стало: <\/span>Декабрь<\/ins> 2023`,
      ),
    );
    // Removed items link to the edition they were in, added ones to the edition in force.
    assert.ok(html.includes('href="/roadmaps/belorechensk-2023-2024/editions/2023-04-18/#p-II-17"'));
    assert.ok(html.includes('href="/roadmaps/belorechensk-2023-2024/#p-III-2"'));
  },
);

test('the earlier edition stays at its address, marked as no longer in force, with the items it had', () => {
  const html = read('roadmaps/belorechensk-2023-2024/editions/2023-04-18/index.html');
  assert.match(textOf(html), /Редакция от 18\.04\.2023 \(утратила силу\)\./);
  assert.ok(html.includes('«Мои успехи и неудачи»'));
  assert.ok(!html.includes('Родительское собрание'));
  assert.ok(!html.includes('data-pagefind-body'), 'not searched');
  const page = read('roadmaps/belorechensk-2023-2024/index.html');
  assert.match(
    textOf(between(page, '<section class="editions', '</section>')),
    new RegExp(
      String.raw`Редакция от 18\.04\.2023 \(утратила силу\) — утверждена: Приказ от 18\.04\.2023 № 600 .*` +
        String.raw` Действующая редакция — утверждена: Приказ от 15\.09\.2023 № 700 .* Что изменилось`,
    ),
  );
  // Its open data too, listed with the current one.
  assert.ok(existsSync(path.join(site, 'data/roadmaps/belorechensk-2023-2024/editions/2023-04-18.json')));
});

test('pages, calendars, the items table and open data use the edition in force', () => {
  const page = read('roadmaps/belorechensk-2023-2024/index.html');
  assert.ok(page.includes('Родительское собрание «Как помочь ребёнку с трудностями в учёбе» (пример)'));
  assert.ok(!page.includes('«Мои успехи и неудачи»'));
  assert.match(textOf(page), /Документ подписан простой электронной подписью/);
  assert.match(page, /SHA-256: <code class="hash">[0-9a-f]{64}<\/code>/);
  assert.ok(
    existsSync(path.join(site, 'files/belorechensk-example/prikaz-700-primer.pdf')),
    'the signed original is published where the page links',
  );
  const csv = read('data/items.csv');
  assert.ok(csv.includes('Родительское собрание') && !csv.includes('Мои успехи и неудачи'));
  const ics = read('roadmaps/belorechensk-2023-2024/calendar.ics');
  assert.ok(ics.includes('Родительское собрание') && !ics.includes('Мои успехи и неудачи'));
  const { roadmaps } = JSON.parse(read('data/roadmaps.json'));
  const belorechensk = roadmaps.filter((r: { id: string }) => r.id.startsWith('belorechensk'));
  assert.deepEqual(
    belorechensk.map((r: { id: string; order: { number: string } }) => [r.id, r.order.number]),
    [['belorechensk-2023-2024', '700']],
  );
  assert.equal(belorechensk[0].editions.length, 2);
  assert.ok(
    !existsSync(path.join(site, 'roadmaps/belorechensk-2023-2024-izm-2023-09-15')),
    'an edition is no roadmap of its own',
  );
});
