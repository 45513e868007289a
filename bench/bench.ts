// `npm run bench [-- --sizes 100,1100]`: builds a synthetic region (bench/synthetic-region.ts) at two sizes and reports
// what the regional-scale budgets are about — wall time per build phase, peak memory, pages per second, output size,
// one school roadmap page's HTML/CSS/JS, the search index, and the first search in Chromium (bytes fetched, time to the
// first result). Prints a table and writes the figures to .karta/bench/results.json.
//
// Two kinds of build are timed: from scratch (into a folder no build has used; the disk around it may have seen
// deleted builds, which the disk check printed beside it shows) and a rebuild (in place of the site of the previous
// build, which is removed meanwhile, as when one builds again after an edit; src/build/publish.ts). The builds from
// scratch of every size come first: nothing the bench deletes comes before them (docs/benchmark.md, «Диск и время
// ядра»).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../src/content-model/load-content.ts';
import { phraseBankFrom, writeSyntheticRegion } from './synthetic-region.ts';
import { launchChromium } from '../dev/browser.ts';
import { serveStatic } from '../src/build/static-server.ts';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const workDir = path.join(root, '.karta', 'bench');
// The builds from scratch, each in a folder of its own no build has used; all removed when the bench ends.
const scratchDir = path.join(workDir, 'scratch');
const scratchRun = path.join(scratchDir, String(Date.now()));
const sizesArg = process.argv.indexOf('--sizes');
const sizes = sizesArg > 0 ? process.argv[sizesArg + 1]!.split(',').map(Number) : [100, 1100];
// Builds per size: wall and phase times are the median, memory the highest (on a shared virtual machine a single
// build can be 20–40 % off).
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 1;
const query = 'стажировки';
// `--cached-documents`: the documents' first generation is not measured (it takes minutes: a PDF a roadmap); the
// builds take the documents from the region's cache as a bench before left them, or make those that are missing.
const cachedDocuments = process.argv.includes('--cached-documents');
// `--no-pdf`: the builds make no PDFs (`karta build --browser none`), for a size whose PDFs would take half an hour to
// print (a national portal of 5,000 schools); the Word and Excel copies are made and kept as usual.
const noPdf = process.argv.includes('--no-pdf');

/** Which part of the build a process is, by its command line ('other' for the rest). */
const processKinds = [
  ['pages', /render-pages-process/],
  ['index', /pagefind/],
  ['data files', /data-files-process/],
  ['check', /check-aside-process/],
] as const;
type ProcessKind = (typeof processKinds)[number][0] | 'other';
const kindOfPid = new Map<number, ProcessKind>();
function kindOf(pid: number): ProcessKind {
  let kind = kindOfPid.get(pid);
  if (!kind) {
    let command = '';
    try {
      command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      // ended
    }
    kind = processKinds.find(([, pattern]) => pattern.test(command))?.[0] ?? 'other';
    // Between fork and exec a process still has its parent's command line: only what it became is kept.
    if (kind !== 'other') kindOfPid.set(pid, kind);
  }
  return kind;
}

type ProcessCpu = { user: number; system: number; kind: ProcessKind };

/**
 * Memory of a process and all its descendants, from /proc (Linux): resident (RSS), and with `proportional` also
 * PSS, where a page shared by several processes (such as the code of Node, which each of the build's Node processes
 * maps) counts once, in parts. PSS is the memory the build takes; the sum of RSS counts shared pages once per
 * process. Reading PSS walks a process's memory (some 5 ms for one of 500 MB, holding it up meanwhile), so the
 * bench reads it less often than RSS. Also notes into `cpu` each process's CPU seconds so far, in programs and in
 * the kernel (where creating files costs: docs/benchmark.md, «Диск и время ядра»).
 */
function treeMemory(pid: number, proportional: boolean, cpu: Map<number, ProcessCpu>): { rss: number; pss: number } {
  const children = new Map<number, number[]>();
  const times = new Map<number, { user: number; system: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
      // utime and stime, in USER_HZ (100 on Linux)
      times.set(Number(entry), { user: Number(fields[11]) / 100, system: Number(fields[12]) / 100 });
    } catch {
      // the process ended meanwhile
    }
  }
  let rss = 0;
  let pss = 0;
  const queue = [pid];
  while (queue.length) {
    const next = queue.pop()!;
    const time = times.get(next);
    if (time) cpu.set(next, { ...time, kind: kindOf(next) });
    try {
      rss += Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${next}/status`, 'utf8'))?.[1] ?? 0) * 1024;
      if (proportional)
        pss += Number(/^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${next}/smaps_rollup`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      // ended
    }
    queue.push(...(children.get(next) ?? []));
  }
  return { rss, pss };
}

/** The folders of the disk checks: removed when the bench ends, not before the builds they precede. */
const diskCheckFolders: string[] = [];

/**
 * How fast the machine is now (bench/machine-check.ts, in a process of its own): milliseconds of a fixed piece of
 * work on one core, and of creating files in a new folder in `folder` as a build does there.
 */
function machineCheck(folder: string): Promise<{ processorMs: number; diskMs: number }> {
  const checkFolder = path.join(folder, `.disk-check-${Date.now()}-${diskCheckFolders.length}`);
  diskCheckFolders.push(checkFolder);
  const child = spawn(process.execPath, [path.join(root, 'bench', 'machine-check.ts'), checkFolder], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  return new Promise((resolve, reject) =>
    child.on('close', (code) => {
      const check = code === 0 ? (JSON.parse(out) as { processorMs?: number; diskMs?: number }) : {};
      if (check.processorMs && check.diskMs) resolve({ processorMs: check.processorMs, diskMs: check.diskMs });
      else reject(new Error(`machine check failed (${code}): ${out}`));
    }),
  );
}

async function build(contentDir: string, outDir: string, timingsFile: string, extraArgs: string[] = []) {
  // How fast the machine is just before this build, and its disk where the site is written.
  const { processorMs: machineMs, diskMs } = await machineCheck(path.dirname(outDir));
  const started = performance.now();
  // CPU seconds of each process of the build when last seen (sampled: the last tenth of a second of each is missed).
  const cpuOf = new Map<number, ProcessCpu>();
  kindOfPid.clear(); // process ids of the builds before may have been given to others
  // Each region's documents are kept in a cache of its own (not the project's), which the first generation empties.
  const documentsCache = `${contentDir}-documents`;
  const child = spawn(
    process.execPath,
    [
      path.join(root, 'bin', 'karta.mjs'),
      'build',
      '--content',
      contentDir,
      '--out',
      outDir,
      '--timings',
      timingsFile,
      '--documents-cache',
      documentsCache,
      ...(noPdf ? ['--browser', 'none'] : []),
      ...extraArgs,
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  let peak = 0;
  let peakRss = 0;
  let samples = 0;
  // RSS ten times a second, PSS twice: the peaks last seconds.
  const sampler = setInterval(() => {
    const { rss, pss } = treeMemory(child.pid!, samples++ % 5 === 0, cpuOf);
    peak = Math.max(peak, pss);
    peakRss = Math.max(peakRss, rss);
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`build of ${contentDir} failed (${code})`);
  const wall = (performance.now() - started) / 1000;
  const timings = JSON.parse(readFileSync(timingsFile, 'utf8')) as {
    phases: Record<string, number>;
    counts: Record<string, number>;
    peakRssBytes: number;
  };
  const cpu = [...cpuOf.values()].reduce((sum, t) => ({ user: sum.user + t.user, system: sum.system + t.system }), {
    user: 0,
    system: 0,
  });
  // Programs and kernel together, by part of the build: what takes the two cores.
  const cpuByKind: Record<string, number> = Object.fromEntries(
    [...processKinds.map(([kind]) => kind), 'other'].map((kind) => [kind, 0]),
  );
  for (const t of cpuOf.values()) cpuByKind[t.kind] = (cpuByKind[t.kind] ?? 0) + t.user + t.system;
  return {
    wall,
    machineMs,
    diskMs,
    cpu,
    cpuByKind,
    phases: timings.phases,
    counts: timings.counts,
    peakTreeBytes: peak,
    peakTreeRssBytes: peakRss,
    peakNodeBytes: timings.peakRssBytes,
  };
}

type BuildRun = Awaited<ReturnType<typeof build>>;

/** `runs` builds (`once(k)` is the k-th): the median wall time and phase times, the highest memory. */
async function typicalBuild(
  once: (k: number) => Promise<BuildRun>,
): Promise<BuildRun & { walls: number[]; machineMsOfEach: number[]; diskMsOfEach: number[] }> {
  const all: BuildRun[] = [];
  for (let k = 0; k < runs; k++) all.push(await once(k));
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const phases = Object.fromEntries(
    Object.keys(all[0]!.phases).map((name) => [name, median(all.map((r) => r.phases[name] ?? 0))]),
  );
  return {
    wall: median(all.map((r) => r.wall)),
    walls: all.map((r) => r.wall),
    machineMs: median(all.map((r) => r.machineMs)),
    machineMsOfEach: all.map((r) => r.machineMs),
    diskMs: median(all.map((r) => r.diskMs)),
    diskMsOfEach: all.map((r) => r.diskMs),
    cpu: { user: median(all.map((r) => r.cpu.user)), system: median(all.map((r) => r.cpu.system)) },
    cpuByKind: Object.fromEntries(
      Object.keys(all[0]!.cpuByKind).map((kind) => [kind, median(all.map((r) => r.cpuByKind[kind] ?? 0))]),
    ),
    phases,
    counts: all[0]!.counts,
    peakTreeBytes: Math.max(...all.map((r) => r.peakTreeBytes)),
    peakTreeRssBytes: Math.max(...all.map((r) => r.peakTreeRssBytes)),
    peakNodeBytes: Math.max(...all.map((r) => r.peakNodeBytes)),
  };
}

function folderStats(dir: string) {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(path.join(dir, name));
    if (!stat.isFile()) continue;
    bytes += stat.size;
    files++;
    if (name.endsWith('.html')) pages++;
  }
  return { bytes, files, pages };
}

/** First searches per size, each in a fresh browser profile (nothing cached): one alone is as noisy as the machine. */
const searchTries = 5;

/** One visitor's first search: a fresh profile opens the search page and types the query. */
async function searchOnce(browser: Awaited<ReturnType<typeof launchChromium>>, pageUrl: string) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // From the start: the search page fetches Pagefind and the list of pages as it loads.
    const fetched: { url: string; bytes: number }[] = [];
    page.on('response', async (response) => {
      const url = new URL(response.url());
      // Every bundle of the index (pagefind/, pagefind-2/: src/search/searched-pages.ts), the table of word forms and
      // whatever else the search fetches under search/ (not the search page itself).
      if (!/\/pagefind(-\d+)?\/|\/search\/.+/.test(url.pathname)) return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      // Pagefind's index and fragment files are gzip already; its script and WebAssembly a host would gzip.
      const served = /\.pf_|\.pagefind$/.test(url.pathname) ? body.length : gzipSync(body).length;
      fetched.push({ url: url.pathname, bytes: served });
    });
    await page.goto(pageUrl);
    // A visitor starts typing a moment after the page has opened, by when it has fetched what it fetches at once.
    await page.waitForLoadState('networkidle');
    await page.evaluate((typed) => {
      const list = document.getElementById('search-results')!;
      const status = document.getElementById('search-status')!;
      const w = window as unknown as { lastKey: number; firstResult: number };
      document.getElementById('search-query')!.addEventListener('input', () => (w.lastKey = performance.now()));
      // The first result of the query typed: the page searches as the visitor types, and results of the words on
      // the way to it («стажировк») may show earlier; the status names the query its results are for.
      new MutationObserver(() => {
        if (list.children.length && status.textContent?.includes(`«${typed}»`) && !w.firstResult)
          w.firstResult = performance.now();
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    }, query);
    await page.locator('#search-query').pressSequentially(query, { delay: 30 });
    await page.waitForFunction(() => (window as unknown as { firstResult?: number }).firstResult, undefined, {
      timeout: 30_000,
    });
    const ms = await page.evaluate(() => {
      const w = window as unknown as { lastKey: number; firstResult: number };
      return w.firstResult - w.lastKey;
    });
    await page.waitForTimeout(300);
    // Pagefind's own script and WebAssembly are the search engine, the same for every site and cached after the first
    // visit; the rest is the index (metadata, word chunks, the texts of the results shown).
    const engine = fetched.filter((f) => /\/pagefind\.js$|\/wasm\.[a-z-]+\.pagefind$/.test(f.url));
    const forms = fetched.filter((f) => /\/search\/forms\//.test(f.url));
    const bytes = (list: typeof fetched) => list.reduce((a, f) => a + f.bytes, 0);
    return {
      msFromLastKeystroke: Math.round(ms),
      bytesFetched: bytes(fetched),
      indexBytesFetched: bytes(fetched) - bytes(engine),
      engineBytesFetched: bytes(engine),
      formsBytesFetched: bytes(forms),
      requests: fetched.length,
      files: fetched,
    };
  } finally {
    await context.close();
  }
}

/**
 * The first search of `searchTries` visitors: the median time to the first result (and each), and the bytes of the
 * try that fetched the most from the index (which chunks are fetched depends on how far typing got before each
 * search).
 */
async function firstSearch(distDir: string) {
  const site = await serveStatic(distDir);
  const browser = await launchChromium();
  try {
    const tries = [];
    for (let k = 0; k < searchTries; k++) tries.push(await searchOnce(browser, site.url('search/')));
    const times = tries.map((t) => t.msFromLastKeystroke);
    const most = tries.reduce((a, b) => (b.indexBytesFetched > a.indexBytesFetched ? b : a));
    return {
      query,
      ...most,
      msFromLastKeystroke: [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!,
      msOfEachTry: times,
      indexBytesOfEachTry: tries.map((t) => t.indexBytesFetched),
    };
  } finally {
    await browser.close();
    await site.close();
  }
}

interface SizeResult {
  schools: number;
  roadmaps: number;
  items: number;
  /** A build from scratch (median). */
  wallSeconds: number;
  wallSecondsOfEachRun: number[];
  /** A rebuild in place of the previous site (median). */
  rebuildWallSeconds: number;
  rebuildWallSecondsOfEachRun: number[];
  /** The machine check before each build from scratch (bench/machine-check.ts), milliseconds. */
  machineCheckMsOfEachRun: number[];
  /** Its disk check before each build from scratch, and before each rebuild, milliseconds. */
  diskCheckMsOfEachRun: number[];
  rebuildDiskCheckMsOfEachRun: number[];
  /** CPU seconds of a build from scratch (median), in programs and in the kernel, all its processes together. */
  cpuSeconds: { user: number; system: number };
  /** CPU seconds (programs and kernel) of each part of the build: its processes of each kind (median). */
  cpuSecondsByProcess: Record<string, number>;
  phases: Record<string, number>;
  /** The highest PSS of the build and its child processes together. */
  peakMemoryBytes: number;
  /** The highest sum of their RSS (shared pages counted in each process). */
  peakRssSumBytes: number;
  /** The highest RSS of one Node process of the build. */
  peakNodeMemoryBytes: number;
  pages: number;
  pagesPerSecond: number;
  distBytes: number;
  distFiles: number;
  secondsPerRoadmap: number;
  schoolPage: { htmlBytes: number; htmlGzipBytes: number; cssGzipBytes: number; jsBytes: number };
  /** The portal's home page and its list of all roadmaps (the one page that grows with N by nature). */
  homePage: { htmlBytes: number; htmlGzipBytes: number };
  allRoadmapsPage: { htmlBytes: number; htmlGzipBytes: number };
  searchIndexBytes: number;
  /** The table of word forms (search/forms/), and the words the build added to the indexed text unseen. */
  formsTableBytes: number;
  searchWords: { words: number; added: number };
  firstSearch: Awaited<ReturnType<typeof firstSearch>>;
  /** The build that made every roadmap's documents, its cache emptied first: wall time, PDFs, their phase, bytes. */
  documentsFirstGeneration: { wallSeconds: number; pdfs: number; pdfSeconds: number; bytes: number } | undefined;
}

const bank = phraseBankFrom(loadContent(path.join(root, 'src', 'content')));
const pageSize = (file: string) => {
  const html = readFileSync(file);
  return { htmlBytes: html.length, htmlGzipBytes: gzipSync(html).length };
};
const results: SizeResult[] = [];
// First the content of every size, then the builds from scratch of every size, then the rebuilds: a rebuild removes
// the previous site, and files deleted just before a build from scratch would slow it (docs/benchmark.md, «Диск и
// время ядра»).
const regions = sizes.map((schools) => ({
  schools,
  ...writeSyntheticRegion(path.join(workDir, `content-${schools}`), bank, { schools }),
}));
// The first generation of the documents (src/build/make-documents.ts): every roadmap's PDF printed, Word and Excel
// copies made, from an empty cache. The builds after it find them in the cache, as a region's builds do after the
// first.
const firstGeneration = new Map<number, SizeResult['documentsFirstGeneration']>();
for (const { schools, contentDir } of cachedDocuments ? [] : regions) {
  console.error(`N = ${schools}: the documents' first generation…`);
  rmSync(`${contentDir}-documents`, { recursive: true, force: true });
  const run = await build(
    contentDir,
    path.join(scratchRun, `${schools}-documents`, 'dist'),
    path.join(workDir, `timings-${schools}-documents.json`),
  );
  firstGeneration.set(schools, {
    wallSeconds: run.wall,
    pdfs: run.counts['documents: PDFs printed'] ?? 0,
    pdfSeconds: run.phases['documents (PDF) after pages'] ?? 0,
    bytes: run.counts['documents: total bytes'] ?? 0,
  });
}
const fromScratch = new Map<number, Awaited<ReturnType<typeof typicalBuild>>>();
for (const { schools, contentDir, roadmaps, items } of regions) {
  console.error(`N = ${schools}: ${roadmaps} roadmaps, ${items} items; building…`);
  fromScratch.set(
    schools,
    await typicalBuild((k) =>
      build(
        contentDir,
        path.join(scratchRun, `${schools}-${k}`, 'dist'),
        path.join(workDir, `timings-${schools}.json`),
      ),
    ),
  );
}
for (const region of regions) {
  const { schools, contentDir } = region;
  const outDir = path.join(workDir, `dist-${schools}`);
  const timings = path.join(workDir, `timings-${schools}.json`);
  const run = fromScratch.get(schools)!;
  console.error(`N = ${schools}: rebuilding…`);
  // Until there is a previous site (only the first time the bench runs here).
  if (!existsSync(outDir)) await build(contentDir, outDir, timings);
  const rebuild = await typicalBuild(() => build(contentDir, outDir, timings));
  const dist = folderStats(outDir);
  const schoolPage = readFileSync(path.join(outDir, 'roadmaps', 'bench-m1-s1-2023', 'index.html'));
  const css = readdirSync(path.join(outDir, '_astro'))
    .filter((f) => f.endsWith('.css'))
    .map((f) => readFileSync(path.join(outDir, '_astro', f)));
  const scripts = [...schoolPage.toString().matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) =>
    readFileSync(path.join(outDir, m[1]!.replace(/^\//, ''))),
  );
  const search = await firstSearch(outDir);
  results.push({
    schools,
    roadmaps: region.roadmaps,
    items: region.items,
    wallSeconds: run.wall,
    wallSecondsOfEachRun: run.walls,
    rebuildWallSeconds: rebuild.wall,
    rebuildWallSecondsOfEachRun: rebuild.walls,
    machineCheckMsOfEachRun: run.machineMsOfEach,
    diskCheckMsOfEachRun: run.diskMsOfEach,
    rebuildDiskCheckMsOfEachRun: rebuild.diskMsOfEach,
    cpuSeconds: run.cpu,
    cpuSecondsByProcess: run.cpuByKind,
    phases: run.phases,
    peakMemoryBytes: Math.max(run.peakTreeBytes, rebuild.peakTreeBytes),
    peakRssSumBytes: Math.max(run.peakTreeRssBytes, rebuild.peakTreeRssBytes),
    peakNodeMemoryBytes: Math.max(run.peakNodeBytes, rebuild.peakNodeBytes),
    pages: dist.pages,
    pagesPerSecond: dist.pages / (run.phases.pages ?? run.wall),
    distBytes: dist.bytes,
    distFiles: dist.files,
    secondsPerRoadmap: run.wall / region.roadmaps,
    schoolPage: {
      htmlBytes: schoolPage.length,
      htmlGzipBytes: gzipSync(schoolPage).length,
      cssGzipBytes: css.reduce((a, c) => a + gzipSync(c).length, 0),
      jsBytes: scripts.reduce((a, s) => a + s.length, 0),
    },
    homePage: pageSize(path.join(outDir, 'index.html')),
    allRoadmapsPage: pageSize(path.join(outDir, 'roadmaps', 'index.html')),
    // Every bundle of the index.
    searchIndexBytes: readdirSync(outDir)
      .filter((name) => /^pagefind(-\d+)?$/.test(name))
      .reduce((sum, bundle) => sum + folderStats(path.join(outDir, bundle)).bytes, 0),
    formsTableBytes: folderStats(path.join(outDir, 'search', 'forms')).bytes,
    searchWords: (({ words = 0, added = 0 }) => ({ words, added }))(
      JSON.parse(readFileSync(path.join(outDir, 'search', 'forms', 'index.json'), 'utf8')) as {
        words?: number;
        added?: number;
      },
    ),
    firstSearch: search,
    documentsFirstGeneration: firstGeneration.get(schools),
  });
}

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const rows: [string, (r: SizeResult) => string][] = [
  ['roadmaps / items', (r) => `${r.roadmaps} / ${r.items}`],
  ['build from scratch, wall time', (r) => `${r.wallSeconds.toFixed(1)} s`],
  ...(runs > 1
    ? [
        ['  each run', (r: SizeResult) => r.wallSecondsOfEachRun.map((w) => w.toFixed(1)).join(' / ')] as [
          string,
          (r: SizeResult) => string,
        ],
      ]
    : []),
  ['  machine check before each (ms, lower is faster)', (r) => r.machineCheckMsOfEachRun.join(' / ')],
  ['  disk check there before each (ms)', (r) => r.diskCheckMsOfEachRun.join(' / ')],
  [
    '  CPU, all processes: programs / kernel',
    (r) => `${r.cpuSeconds.user.toFixed(1)} / ${r.cpuSeconds.system.toFixed(1)} s`,
  ],
  [
    `  CPU by process: ${Object.keys(results[0]?.cpuSecondsByProcess ?? {}).join(' / ')}`,
    (r) =>
      `${Object.values(r.cpuSecondsByProcess)
        .map((s) => s.toFixed(1))
        .join(' / ')} s`,
  ],
  ...Object.keys(results[0]?.phases ?? {}).map((phase): [string, (r: SizeResult) => string] => [
    `  ${phase}`,
    (r) => `${(r.phases[phase] ?? 0).toFixed(1)} s`,
  ]),
  ['rebuild (in place of the previous site), wall time', (r) => `${r.rebuildWallSeconds.toFixed(1)} s`],
  [
    'documents, first generation: wall time',
    (r) => (r.documentsFirstGeneration ? `${r.documentsFirstGeneration.wallSeconds.toFixed(1)} s` : 'not measured'),
  ],
  [
    '  PDFs printed / their phase / per PDF',
    (r) => {
      const d = r.documentsFirstGeneration;
      if (!d) return '—';
      const perPdf = d.pdfs ? ((d.pdfSeconds / d.pdfs) * 1000).toFixed(0) : '—';
      return `${d.pdfs} / ${d.pdfSeconds.toFixed(1)} s / ${perPdf} ms`;
    },
  ],
  ['  PDF, DOCX, XLSX together', (r) => (r.documentsFirstGeneration ? mb(r.documentsFirstGeneration.bytes) : '—')],
  ...(runs > 1
    ? [
        ['  each run', (r: SizeResult) => r.rebuildWallSecondsOfEachRun.map((w) => w.toFixed(1)).join(' / ')] as [
          string,
          (r: SizeResult) => string,
        ],
      ]
    : []),
  ['  disk check there before each (ms)', (r) => r.rebuildDiskCheckMsOfEachRun.join(' / ')],
  ['peak memory (build + children, PSS)', (r) => mb(r.peakMemoryBytes)],
  ['  highest sum of their RSS', (r) => mb(r.peakRssSumBytes)],
  ['pages / pages per second', (r) => `${r.pages} / ${r.pagesPerSecond.toFixed(0)}`],
  ['dist size', (r) => `${mb(r.distBytes)} in ${r.distFiles} files`],
  ['cost per roadmap', (r) => `${(r.secondsPerRoadmap * 1000).toFixed(1)} ms`],
  ['school page HTML', (r) => `${kb(r.schoolPage.htmlBytes)} raw, ${kb(r.schoolPage.htmlGzipBytes)} gzip`],
  ['school page CSS (gzip) / JS', (r) => `${kb(r.schoolPage.cssGzipBytes)} / ${r.schoolPage.jsBytes} bytes`],
  ['home page HTML', (r) => `${kb(r.homePage.htmlBytes)} raw, ${kb(r.homePage.htmlGzipBytes)} gzip`],
  [
    'all roadmaps page HTML',
    (r) => `${kb(r.allRoadmapsPage.htmlBytes)} raw, ${kb(r.allRoadmapsPage.htmlGzipBytes)} gzip`,
  ],
  ['search index', (r) => mb(r.searchIndexBytes)],
  ['  table of word forms', (r) => kb(r.formsTableBytes)],
  [
    '  words added unseen (word forms, abbreviations)',
    (r) => {
      const percent = (r.searchWords.added / Math.max(1, r.searchWords.words)) * 100;
      return `${r.searchWords.added} of ${r.searchWords.words} (${percent.toFixed(1)} %)`;
    },
  ],
  [
    `first query (most of ${searchTries} tries): fetched`,
    (r) => `${kb(r.firstSearch.bytesFetched)} in ${r.firstSearch.requests} requests`,
  ],
  [
    '  of it the index / the engine / the forms table',
    (r) => {
      const { indexBytesFetched, engineBytesFetched, formsBytesFetched } = r.firstSearch;
      return `${kb(indexBytesFetched)} / ${kb(engineBytesFetched)} / ${kb(formsBytesFetched)}`;
    },
  ],
  ['  the index in each try', (r) => r.firstSearch.indexBytesOfEachTry.map(kb).join(' / ')],
  [`first query: first result after (median of ${searchTries})`, (r) => `${r.firstSearch.msFromLastKeystroke} ms`],
  ['  each try', (r) => `${r.firstSearch.msOfEachTry.map((ms) => `${ms}`).join(' / ')} ms`],
];
const labelWidth = Math.max(34, ...rows.map(([label]) => label.length + 2));
const valueWidth = Math.max(26, ...results.flatMap((r) => rows.map(([, value]) => value(r).length + 2)));
console.log(
  `\n${'N schools'.padEnd(labelWidth)}${results.map((r) => String(r.schools).padStart(valueWidth)).join('')}`,
);
for (const [label, value] of rows)
  console.log(`${label.padEnd(labelWidth)}${results.map((r) => value(r).padStart(valueWidth)).join('')}`);
if (results.length >= 2) {
  const [small, large] = [results[0]!, results.at(-1)!];
  const costRatio = (large.secondsPerRoadmap / small.secondsPerRoadmap) * 100;
  console.log(`\ncost per roadmap at N=${large.schools} is ${costRatio.toFixed(0)} % of that at N=${small.schools}`);
  // What each roadmap adds from one size to the next, the build's fixed start (Node, Astro, Vite) left out: with three
  // sizes or more (--sizes 100,600,1100) this shows whether growth stays linear.
  const steps = results.slice(1).map((to, i) => {
    const from = results[i]!;
    return { from, to, seconds: (to.wallSeconds - from.wallSeconds) / (to.roadmaps - from.roadmaps) };
  });
  for (const { from, to, seconds } of steps)
    console.log(`each roadmap from N=${from.schools} to N=${to.schools} adds ${(seconds * 1000).toFixed(1)} ms`);
  if (steps.length >= 2) {
    const lastToFirst = (steps.at(-1)!.seconds / steps[0]!.seconds) * 100;
    console.log(`the last step's cost per added roadmap is ${lastToFirst.toFixed(0)} % of the first's`);
  }
}
// Part of the largest region, as a municipality or a school hosting its own site would build it from the same content.
const largest = sizes.at(-1)!;
const parts: { home: string; wallSeconds: number; peakMemoryBytes: number; pages: number; distBytes: number }[] = [];
for (const home of ['bench-m1', 'bench-m1-s1']) {
  const outDir = path.join(workDir, `dist-${largest}-${home}`);
  const run = await typicalBuild(() =>
    build(path.join(workDir, `content-${largest}`), outDir, path.join(workDir, `timings-${home}.json`), [
      '--home',
      home,
    ]),
  );
  const dist = folderStats(outDir);
  parts.push({
    home,
    wallSeconds: run.wall,
    peakMemoryBytes: run.peakTreeBytes,
    pages: dist.pages,
    distBytes: dist.bytes,
  });
}
console.log(`\npart of the region (N = ${largest}), --home:`);
for (const p of parts)
  console.log(
    `  ${p.home.padEnd(14)} ${p.wallSeconds.toFixed(1).padStart(6)} s ${mb(p.peakMemoryBytes).padStart(10)} ` +
      `${String(p.pages).padStart(6)} pages ${mb(p.distBytes).padStart(10)}`,
  );

rmSync(scratchDir, { recursive: true, force: true });
for (const folder of diskCheckFolders) rmSync(folder, { recursive: true, force: true });

const out = path.join(workDir, 'results.json');
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), results, parts }, null, 1));
console.log(`figures: ${path.relative(process.cwd(), out)}`);
