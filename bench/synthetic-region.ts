// A synthetic but realistic region for benchmarks: one regional roadmap, 44 municipalities each with a municipal
// roadmap, and N schools each with a roadmap of 60 items in 2–3 sections, a fifth of them implementing an item of
// their municipality's, and a report on about 60 % of them (1–3 entries each). Texts, forms and deadlines are drawn
// from the real seed roadmaps; names of places, schools and people are made up and every entry says it is an
// example. Deterministic: the same seed gives the same files.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Item, Roadmap, Section } from '../src/content-model/schemas.ts';
import type { LoadedContent } from '../src/content-model/load-content.ts';
import { walkItems } from '../src/content-model/roadmap-structure.ts';

/** Mulberry32: a small, fast, seedable pseudo-random generator (benchmarks need the same region every run). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RegionOptions {
  schools: number;
  municipalities?: number;
  itemsPerSchool?: number;
  seed?: number;
}

/** What the generator draws from: the real roadmaps' rows and the glossary entries valid everywhere. */
export interface PhraseBank {
  items: Pick<Item, 'title' | 'form' | 'deadline'>[];
  glossary: { id: string; data: object }[];
}

export function phraseBankFrom(content: LoadedContent): PhraseBank {
  const items: PhraseBank['items'] = [];
  for (const { data } of content.roadmaps.values()) {
    for (const { item } of walkItems<Item, Section>(data.sections))
      items.push({ title: item.title, form: item.form, deadline: item.deadline });
  }
  const glossary = [...content.glossary.values()].filter((g) => !g.data.scope).map((g) => ({ id: g.id, data: g.data }));
  return { items, glossary };
}

const surnames = [
  'Иванова',
  'Петрова',
  'Смирнова',
  'Кузнецова',
  'Попова',
  'Васильева',
  'Соколова',
  'Михайлова',
  'Новикова',
  'Фёдорова',
  'Морозова',
  'Волкова',
  'Алексеева',
  'Лебедева',
  'Семёнова',
  'Егорова',
  'Павлова',
  'Козлова',
  'Степанова',
  'Николаева',
];
const initials = ['А.А.', 'Е.В.', 'И.Н.', 'О.С.', 'Т.М.', 'Н.П.', 'Л.Г.', 'С.Д.', 'М.К.', 'В.Ю.'];
const places = [
  'Северный',
  'Южный',
  'Речной',
  'Лесной',
  'Степной',
  'Горный',
  'Приморский',
  'Озёрный',
  'Полевой',
  'Садовый',
  'Каменский',
  'Зелёный',
];
const positions = [
  'заместитель директора по УВР',
  'руководитель ШМО',
  'педагог-психолог',
  'директор',
  'социальный педагог',
];
const sectionTitles = [
  'Мероприятия, направленные на организацию работы и мониторинг',
  'Мероприятия по профилактике низких образовательных результатов и учебной неуспешности',
  'Работа с родителями (законными представителями) обучающихся',
];

export interface GeneratedRegion {
  contentDir: string;
  files: number;
  roadmaps: number;
  items: number;
}

/**
 * Writes the region into `contentDir`. A file that already holds the same text is left as it is, and only files that
 * are not of this region are removed: the bench writes the same region before every run, and deleting and creating
 * again thousands of files just before a timed build would slow it (docs/benchmark.md, «Диск и время ядра»).
 */
export function writeSyntheticRegion(contentDir: string, bank: PhraseBank, options: RegionOptions): GeneratedRegion {
  const random = seededRandom(options.seed ?? 20231);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const municipalities = options.municipalities ?? 44;
  const itemsPerSchool = options.itemsPerSchool ?? 60;
  const written = new Set<string>();
  const writeText = (file: string, text: string) => {
    written.add(file);
    if (readTextIfAny(file) === text) return;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
  let items = 0;
  const write = (folder: string, id: string, data: unknown) =>
    writeText(path.join(contentDir, folder, `${id}.yaml`), stringify(data, { lineWidth: 0 }));

  const period = { start: '2023-01-01', end: '2023-12-31' };
  const makeItems = (count: number, people: string[], higher?: string): Item[] =>
    Array.from({ length: count }, (_, i) => {
      const source = pick(bank.items);
      items++;
      // A school's item implements one of the 40 items of its municipality's roadmap (I.1–20, II.1–20).
      const implemented =
        higher && random() < 0.2
          ? [`${higher}#p-municipal-${random() < 0.5 ? 'I' : 'II'}-${1 + Math.floor(random() * 20)}`]
          : undefined;
      return {
        number: `${i + 1}.`,
        title: source.title,
        ...(source.form ? { form: source.form } : {}),
        ...(source.deadline ? { deadline: source.deadline } : {}),
        responsible: people.length ? [{ person: pick(people) }, 'руководители ОО'] : ['руководители ОО'],
        ...(implemented ? { implements: implemented } : {}),
      } as Item;
    });
  const statuses = [
    'done',
    'done',
    'done',
    'done',
    'in-progress',
    'in-progress',
    'planned',
    'not-done',
    'cancelled',
    'done',
  ] as const;
  /** A report on about 60 % of the items of a roadmap, 1–3 entries each, dated in order within the period. */
  const report = (roadmapId: string, organization: string, sections: { id: string; items: unknown[] }[]) => {
    const entries: { item: string; date: string; status: string; comment?: string }[] = [];
    for (const section of sections) {
      section.items.forEach((_, i) => {
        if (random() >= 0.6) return;
        const count = 1 + Math.floor(random() * 3);
        let month = 1 + Math.floor(random() * 6);
        for (let e = 0; e < count; e++) {
          const day = 1 + Math.floor(random() * 28);
          entries.push({
            item: `p-${section.id}-${i + 1}`,
            date: `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
            status: e < count - 1 ? 'in-progress' : pick(statuses),
            ...(random() < 0.3 ? { comment: 'Выполнено по плану (пример).' } : {}),
          });
          month = Math.min(12, month + 1 + Math.floor(random() * 3));
        }
      });
    }
    write('reports', roadmapId, { roadmap: roadmapId, organization, example: true, entries });
  };
  const roadmap = (
    title: string,
    level: Roadmap['level'],
    owner: string,
    sections: Roadmap['sections'],
    basedOn?: string[],
  ) => ({
    title,
    level,
    owner,
    example: true,
    ...(basedOn ? { basedOn } : {}),
    order: {
      issuer: owner,
      number: String(100 + Math.floor(random() * 900)),
      date: '2023-03-06',
      title: `Об утверждении: ${title}`,
    },
    period,
    sections,
  });

  writeText(
    path.join(contentDir, 'site.yaml'),
    stringify({ title: 'Бенчмарк: синтетический регион (не настоящие данные)' }),
  );
  for (const entry of bank.glossary) write('glossary', entry.id, entry.data);

  write('organizations', 'bench-region', { kind: 'region', name: 'Синтетический край (пример)', example: true });
  write('organizations', 'bench-ministry', {
    kind: 'authority',
    name: 'Министерство образования синтетического края (пример)',
    shortName: 'МО СК',
    parent: 'bench-region',
    example: true,
  });
  write(
    'roadmaps',
    'bench-region-2023',
    roadmap('Региональная дорожная карта синтетического края (пример)', 'regional', 'bench-ministry', [
      {
        id: 'regional',
        title: 'КРАЕВОЙ УРОВЕНЬ',
        sections: [{ id: 'I', number: 'I', title: sectionTitles[0]!, items: makeItems(60, []) }],
      },
    ]),
  );

  for (let m = 1; m <= municipalities; m++) {
    const mun = `bench-m${m}`;
    write('organizations', mun, {
      kind: 'municipality',
      name: `${pick(places)} район № ${m} (пример)`,
      parent: 'bench-region',
      example: true,
    });
    write('organizations', `${mun}-uo`, {
      kind: 'authority',
      name: `Управление образования района № ${m} (пример)`,
      shortName: `УО района № ${m}`,
      parent: mun,
      example: true,
    });
    const people = Array.from({ length: 3 }, (_, p) => {
      const id = `${mun}-p${p + 1}`;
      const shortName = `${pick(surnames)} ${pick(initials)}`;
      write('people', id, {
        name: shortName,
        shortName,
        position: 'специалист управления образования',
        organization: `${mun}-uo`,
        example: true,
      });
      return id;
    });
    write(
      'roadmaps',
      `${mun}-2023`,
      roadmap(
        `Муниципальная дорожная карта района № ${m} (пример)`,
        'municipal',
        `${mun}-uo`,
        [
          {
            id: 'municipal',
            title: 'МУНИЦИПАЛЬНЫЙ УРОВЕНЬ',
            sections: [
              { id: 'I', number: 'I', title: sectionTitles[0]!, items: makeItems(20, people) },
              { id: 'II', number: 'II', title: sectionTitles[1]!, items: makeItems(20, people) },
            ],
          },
        ],
        ['bench-region-2023'],
      ),
    );
  }

  for (let s = 1; s <= options.schools; s++) {
    const mun = `bench-m${((s - 1) % municipalities) + 1}`;
    const school = `${mun}-s${s}`;
    write('organizations', school, {
      kind: 'school',
      name: `Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная школа № ${s} (пример)`,
      shortName: `МБОУ СОШ № ${s}`,
      parent: mun,
      fisOkoLogin: `sch${900000 + s}`,
      example: true,
      statuses: [{ year: 2023, status: random() < 0.7 ? 'shnor' : 'sssu' }],
    });
    const head = `${school}-head`;
    const headName = `${pick(surnames)} ${pick(initials)}`;
    write('people', head, {
      name: headName,
      shortName: headName,
      position: pick(positions),
      organization: school,
      example: true,
    });
    const sectionCount = random() < 0.5 ? 2 : 3;
    const perSection = Math.floor(itemsPerSchool / sectionCount);
    const sections = Array.from({ length: sectionCount }, (_, k) => ({
      id: ['I', 'II', 'III'][k]!,
      number: ['I', 'II', 'III'][k]!,
      title: sectionTitles[k]!,
      items: makeItems(
        k === sectionCount - 1 ? itemsPerSchool - perSection * (sectionCount - 1) : perSection,
        [head],
        `${mun}-2023`,
      ),
    }));
    write(
      'roadmaps',
      `${school}-2023`,
      roadmap(`Дорожная карта МБОУ СОШ № ${s} (пример)`, 'school', school, sections, [`${mun}-2023`]),
    );
    report(`${school}-2023`, school, sections);
  }
  for (const file of filesIn(contentDir)) if (!written.has(file)) rmSync(file);
  return { contentDir, files: written.size, roadmaps: 1 + municipalities + options.schools, items };
}

function readTextIfAny(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Every file in `dir` and its subfolders (none if it does not exist). */
function filesIn(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name));
  } catch {
    return [];
  }
}
