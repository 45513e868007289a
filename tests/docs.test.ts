// The documentation cannot drift from the project: every relative link in the README and docs/ resolves (files, and
// #anchors into Markdown files against their headings), and the content examples in the docs — fenced blocks whose
// info string names a file, ```yaml file=roadmaps/example-minimal.yaml — pass the real `karta check` together.
// The convention is described in CONTRIBUTING.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { karta, projectRoot } from './support/content-copy.ts';
import { tempDir } from './support/temp-dir.ts';

/** The Markdown files whose links and examples are checked, relative to the project. */
function documentationFiles(): string[] {
  const docs = readdirSync(path.join(projectRoot, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join('docs', name));
  return ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', path.join('sources', 'README.md'), ...docs.sort()];
}

interface CodeBlock {
  /** The info string after the opening fence («yaml file=roadmaps/x.yaml»). */
  info: string;
  text: string;
  /** 1-based line of the opening fence. */
  line: number;
}

interface ParsedMarkdown {
  /** Lines outside fenced code blocks, with their 1-based numbers. */
  prose: { text: string; line: number }[];
  blocks: CodeBlock[];
}

/**
 * Splits Markdown into prose and fenced code blocks. A fence may be indented (a block inside a list item); its lines
 * lose that indentation. A block closes at a fence of the same character at least as long, so a ```` block can show
 * ``` fences as text.
 */
function parseMarkdown(markdown: string): ParsedMarkdown {
  const prose: ParsedMarkdown['prose'] = [];
  const blocks: CodeBlock[] = [];
  let open: { indent: number; fence: string; info: string; line: number; lines: string[] } | undefined;
  markdown.split('\n').forEach((text, index) => {
    const line = index + 1;
    if (open) {
      const closing = /^(\s*)(`{3,}|~{3,})\s*$/.exec(text);
      if (closing && closing[2]![0] === open.fence[0] && closing[2]!.length >= open.fence.length) {
        blocks.push({ info: open.info, text: `${open.lines.join('\n')}\n`, line: open.line });
        open = undefined;
      } else {
        const indent = open.indent;
        open.lines.push(text.replace(new RegExp(`^ {0,${indent}}`), ''));
      }
      return;
    }
    const opening = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(text);
    if (opening) open = { indent: opening[1]!.length, fence: opening[2]!, info: opening[3]!.trim(), line, lines: [] };
    else prose.push({ text, line });
  });
  assert.equal(open, undefined, `a fenced block opened at line ${open?.line} is never closed`);
  return { prose, blocks };
}

/** GitHub's anchor of a heading: lower case, punctuation removed, each space a hyphen; repeats get -1, -2, … */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const { text } of parseMarkdown(markdown).prose) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(text);
    if (!heading) continue;
    const words = heading[1]!
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images: their text
      .replace(/<[^>]+>/g, '') // inline HTML
      .replace(/[`*~]/g, ''); // code and emphasis marks (an underscore stays, as GitHub keeps it)
    const base = words
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count ? `${base}-${count}` : base);
  }
  return anchors;
}

/** Relative links of a Markdown file's prose: [text](target), ![alt](target), [label]: target, <img src="target">. */
function relativeLinks(markdown: string): { target: string; line: number }[] {
  const links: { target: string; line: number }[] = [];
  for (const { text, line } of parseMarkdown(markdown).prose) {
    const outsideCode = text.replace(/(`+)[\s\S]*?\1/g, '');
    const targets = [
      ...[...outsideCode.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!),
      ...[...outsideCode.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/g)].map((m) => m[1]!),
      ...[...outsideCode.matchAll(/<img\s[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1]!),
    ];
    for (const target of targets) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue; // https:, mailto:, …
      links.push({ target, line });
    }
  }
  return links;
}

/** What is wrong with the relative links of `file` (a path relative to `root`), one line each. */
function brokenLinks(root: string, file: string, markdown: string): string[] {
  const problems: string[] = [];
  for (const { target, line } of relativeLinks(markdown)) {
    const hash = target.indexOf('#');
    const linkPath = decodeURIComponent(hash < 0 ? target : target.slice(0, hash));
    const anchor = hash < 0 ? undefined : decodeURIComponent(target.slice(hash + 1));
    const resolved =
      linkPath === ''
        ? path.join(root, file)
        : linkPath.startsWith('/')
          ? path.join(root, linkPath)
          : path.join(root, path.dirname(file), linkPath);
    const where = `${file}:${line}: ${target}`;
    if (!existsSync(resolved)) {
      problems.push(`${where} — no such file`);
      continue;
    }
    if (anchor === undefined || anchor === '') continue;
    if (!resolved.endsWith('.md') || !statSync(resolved).isFile()) {
      problems.push(`${where} — an #anchor into a file that is not Markdown`);
      continue;
    }
    if (!headingAnchors(readFileSync(resolved, 'utf8')).has(anchor))
      problems.push(`${where} — no heading with this anchor`);
  }
  return problems;
}

/** The content examples of the documentation: each file named by a fence, with the text it has. */
function contentExamples(): Map<string, { text: string; from: string }> {
  const examples = new Map<string, { text: string; from: string }>();
  for (const file of documentationFiles()) {
    for (const block of parseMarkdown(readFileSync(path.join(projectRoot, file), 'utf8')).blocks) {
      const named = /(?:^|\s)file=(\S+)/.exec(block.info)?.[1];
      if (!named) continue;
      const from = `${file}:${block.line}`;
      assert.ok(
        !path.isAbsolute(named) && !named.split('/').includes('..'),
        `${from}: file=${named} must be a path inside a content folder`,
      );
      const earlier = examples.get(named);
      assert.ok(
        !earlier || earlier.text === block.text,
        `${from}: file=${named} differs from the example of the same name at ${earlier?.from}`,
      );
      examples.set(named, { text: block.text, from });
    }
  }
  return examples;
}

function writeExamples(
  examples: Map<string, { text: string }>,
  change: (name: string, text: string) => string = (_, text) => text,
): string {
  const dir = tempDir('karta-docs-examples-');
  for (const [name, { text }] of examples) {
    const target = path.join(dir, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, change(name, text));
  }
  return dir;
}

test('every relative link of the README and docs/ resolves, #anchors to a heading', () => {
  const problems = documentationFiles().flatMap((file) =>
    brokenLinks(projectRoot, file, readFileSync(path.join(projectRoot, file), 'utf8')),
  );
  assert.deepEqual(problems, []);
});

test('the link check finds a missing file, a missing heading and an anchor of a Cyrillic heading', () => {
  const root = tempDir('karta-docs-links-');
  writeFileSync(
    path.join(root, 'target.md'),
    '# Формат содержимого\n\n## `site.yaml` — настройки сайта\n\n```md\n# Не заголовок\n```\n',
  );
  const page = [
    '[есть](target.md#формат-содержимого), [поле](target.md#siteyaml--настройки-сайта)',
    '[нет файла](missing.md) и [нет заголовка](target.md#не-заголовок)',
    '`[в коде](missing-too.md)` и [сайт](https://example.org/x)',
    '<img src="images/none.png" alt="">',
  ].join('\n');
  assert.deepEqual(brokenLinks(root, 'page.md', page), [
    'page.md:2: missing.md — no such file',
    'page.md:2: target.md#не-заголовок — no heading with this anchor',
    'page.md:4: images/none.png — no such file',
  ]);
});

test('the README stays an introduction', () => {
  const bytes = statSync(path.join(projectRoot, 'README.md')).size;
  assert.ok(bytes <= 10_000, `README.md is ${bytes} bytes: keep it under 10 KB and move the rest into docs/`);
});

test('the examples of the docs are a content folder that passes karta check', () => {
  const examples = contentExamples();
  const names = [...examples.keys()];
  // A complete minimal roadmap, and an example of every collection and of both kinds of roadmap file.
  for (const expected of ['site.yaml', 'roadmaps/example-minimal.yaml'])
    assert.ok(examples.has(expected), `no example of ${expected}`);
  for (const pattern of [
    /^organizations\/.+\.yaml$/,
    /^people\/.+\.yaml$/,
    /^glossary\/.+\.yaml$/,
    /^risk-factors\/.+\.yaml$/,
    /^roadmaps\/.+\.yaml$/,
    /^roadmaps\/.+\.mdx$/,
  ]) {
    assert.ok(
      names.some((name) => pattern.test(name)),
      `no example matching ${pattern}`,
    );
  }
  const result = karta(['check', '--content', writeExamples(examples)]);
  assert.equal(result.code, 0, result.output);
  assert.match(result.stdout, /Содержимое в порядке/);
  assert.doesNotMatch(result.output, /предупрежден/, 'the examples have no warnings either');
});

test('the minimal roadmap passes karta check with just the files its section names', () => {
  const examples = contentExamples();
  const section = readFileSync(path.join(projectRoot, 'docs', 'content-format.md'), 'utf8').split(
    '## Минимальная дорожная карта',
  )[1]!;
  const named = [...section.split('```')[0]!.matchAll(/`((?:organizations|people|risk-factors)\/[^`]+\.yaml)`/g)].map(
    (m) => m[1]!,
  );
  assert.ok(named.includes('organizations/example-school.yaml'), named.join(', '));
  const files = ['roadmaps/example-minimal.yaml', ...named];
  for (const file of files) assert.ok(examples.has(file), `no example ${file}`);
  const result = karta([
    'check',
    '--content',
    writeExamples(new Map(files.map((file) => [file, examples.get(file)!]))),
  ]);
  assert.equal(result.code, 0, result.output);
});

test('a broken example is refused, so the check above can fail', () => {
  const examples = contentExamples();
  // The minimal roadmap without its title: a required field.
  const dir = writeExamples(examples, (name, text) =>
    name === 'roadmaps/example-minimal.yaml' ? text.replace(/^title:.*\n/m, '') : text,
  );
  const result = karta(['check', '--content', dir]);
  assert.equal(result.code, 1, result.output);
  assert.match(result.output, /roadmaps\/example-minimal\.yaml:\d+:\d+.*обязательное поле не заполнено/);
});
