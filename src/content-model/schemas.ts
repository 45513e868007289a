// The content model: what a roadmap, an organisation, a person, a glossary entry and a risk-factor list are.
// Pure zod (Astro's re-export), no Astro runtime: the checker, the importer and content.config.ts share it.
// Every object is strict, so a mistyped field name is an error instead of silently vanishing.
import { z } from 'astro/zod';
import { isSafeLink, unsafeLinkMessage } from './safe-link.ts';
import { limits } from './limits.ts';

/** Identifier of an entry: its file name without extension (latin letters, digits, «-», «_», «.»). */
export const idPattern = /^[a-z0-9][a-z0-9._-]*$/;
const id = z
  .string()
  .max(limits.shortTextChars)
  .regex(idPattern, { error: 'идентификатор: строчные латинские буквы, цифры, «-», «_» или «.»' });

/**
 * Text that must say something: an empty or blank string is treated as a forgotten value. Its length is limited
 * (src/content-model/limits.ts): a title of megabytes would make a page of tens of megabytes.
 */
const text = z.string().trim().min(1, { error: 'пустой текст: заполните поле или удалите его' }).max(limits.textChars);
/** A number, a short name, an abbreviation, a code. */
const shortText = z
  .string()
  .trim()
  .min(1, { error: 'пустой текст: заполните поле или удалите его' })
  .max(limits.shortTextChars);

/** A calendar date written as YYYY-MM-DD, a day that exists (2024-02-30 does not). */
export const isoDate = z.iso
  .date({ error: 'дата в формате ГГГГ-ММ-ДД, и такой день должен быть в календаре, например 2023-03-06' })
  .meta({ type: 'string', format: 'date' });

/**
 * A date and time (simple electronic signature marks carry the moment of signing). Seconds and the time zone may be
 * left out, as signature marks write it: the JSON Schema says so with a pattern, since its format «date-time»
 * (RFC 3339) requires both.
 */
const isoDateTime = z.iso
  .datetime({ local: true, offset: true, error: 'дата и время в формате ГГГГ-ММ-ДДTЧЧ:ММ, например 2023-03-06T14:05' })
  .meta({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?$' });

const url = z.url({ protocol: /^https?$/, error: 'адрес сайта вида https://…' }).max(limits.shortTextChars * 4);
/** The address of a file or a page a link goes to (src/content-model/safe-link.ts). */
const link = z
  .string()
  .min(1)
  .max(limits.shortTextChars * 4)
  .refine(isSafeLink, { error: unsafeLinkMessage });

// ─── Organisations ───────────────────────────────────────────────────────────────────────────────────────────

export const organizationKinds = ['region', 'municipality', 'authority', 'agency', 'school'] as const;

/** Statuses an organisation can have in a year, as named in the «500+» project and the regional lists. */
const statusKinds = ['shnor', 'sssu', 'snsu', '500plus', 'risk-zone'] as const;

const yearStatusSchema = z.strictObject({
  year: z.int().min(2000).max(2100),
  status: z.enum(statusKinds),
  /** The document that says so, e.g. «Приложение 2 к приказу УО от 26.01.2021 № 59/0103». */
  source: text.optional(),
});

const headSchema = z.strictObject({
  /** A reference to `people` or, when the person has no entry, the name as written. */
  person: id.optional(),
  name: text.optional(),
  position: text.optional(),
});

/** A school's risk profile in a year: the factors of a risk-factor list that show in its work. */
const riskProfileSchema = z.strictObject({
  year: z.int().min(2000).max(2100),
  /** The list the codes come from (src/content/risk-factors). */
  riskFactors: id,
  /** Parameter codes of that list that apply. */
  codes: z.array(shortText).optional(),
  /** Factors named in words (for lists without codes, such as ФИОКО's). */
  factors: z.array(text).optional(),
  source: text.optional(),
});

/** A day of the year as «MM-DD» (terms of the academic calendar). */
const monthDay = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'день года в виде ММ-ДД, например 09-01' });
const termBoundsSchema = z.strictObject({ start: monthDay, end: monthDay });

/**
 * The academic calendar of a region (or a municipality, or a school) where it differs from the defaults in
 * src/deadlines/academic-calendar.ts: it applies to the roadmaps of the organisation and of everyone under it.
 */
const academicCalendarSchema = z.strictObject({
  /** The month the academic year starts (9, September). */
  yearStartMonth: z.int().min(1).max(12).optional(),
  schoolYear: termBoundsSchema.optional(),
  /** Exactly four quarters (четверти), in order. */
  quarters: z.array(termBoundsSchema).length(4).optional(),
  /** Exactly two half-years (полугодия), in order. */
  halves: z.array(termBoundsSchema).length(2).optional(),
  /** Holidays (каникулы): any of the four; those left out come from the defaults. */
  holidays: z
    .strictObject({
      autumn: termBoundsSchema.optional(),
      winter: termBoundsSchema.optional(),
      spring: termBoundsSchema.optional(),
      summer: termBoundsSchema.optional(),
    })
    .optional(),
});

export const organizationSchema = z.strictObject({
  kind: z.enum(organizationKinds),
  name: text,
  shortName: shortText.optional(),
  /** The organisation above: a school's municipality, a municipality's region, an authority's territory. */
  parent: id.optional(),
  website: url.optional(),
  /** Login in ФИС ОКО, where the source document publishes it. */
  fisOkoLogin: shortText.optional(),
  statuses: z.array(yearStatusSchema).optional(),
  riskProfiles: z.array(riskProfileSchema).optional(),
  head: headSchema.optional(),
  /** Quarters and half-years of the school year, where they differ from the defaults (docs/deadlines.md). */
  academicCalendar: academicCalendarSchema.optional(),
  /** Marks an organisation that does not exist (test fixtures, benchmarks). */
  example: z.boolean().optional(),
});

// ─── People ──────────────────────────────────────────────────────────────────────────────────────────────────

export const personSchema = z.strictObject({
  /** The fullest form the sources give («Ловенецкая Ирина Викторовна»); never more than a source says. */
  name: text,
  /** The short form used in tables («Ловенецкая И.В.»). */
  shortName: shortText,
  position: text.optional(),
  organization: id.optional(),
  responsibleFor: z.array(text).optional(),
  example: z.boolean().optional(),
});

// ─── Glossary ────────────────────────────────────────────────────────────────────────────────────────────────

export const glossaryEntrySchema = z.strictObject({
  abbr: shortText,
  expansion: text,
  /** Where the expansion holds: everywhere (omitted) or within one organisation (a region or municipality). */
  scope: id.optional(),
  /** Where the expansion is taken from, e.g. «Приказ МОНиМП КК от 06.03.2023 № 681, принятые сокращения». */
  source: text.optional(),
  /** A plain-words explanation for parents, when the expansion itself is jargon. */
  description: text.optional(),
});

// ─── Risk factors ────────────────────────────────────────────────────────────────────────────────────────────

const riskParameterSchema = z.strictObject({
  /** The code as in the source, e.g. «1.1». */
  code: shortText,
  title: text,
});

const riskFactorSchema = z.strictObject({
  number: shortText.optional(),
  title: text,
  parameters: z.array(riskParameterSchema).optional(),
});

export const riskFactorListSchema = z.strictObject({
  title: text,
  /** Who keeps the list (ФИОКО, a municipality). */
  owner: id.optional(),
  year: z.int().min(2000).max(2100).optional(),
  source: text.optional(),
  factors: z.array(riskFactorSchema).min(1),
});

// ─── Roadmaps ────────────────────────────────────────────────────────────────────────────────────────────────

export const roadmapLevels = ['regional', 'municipal', 'school'] as const;

/** Someone responsible: free text as written, or a reference to a person or an organisation. */
const responsibleSchema = z.union(
  [
    text,
    z.strictObject({
      person: id,
      /** How the source writes it, when that differs from the person's short name. */
      as: text.optional(),
    }),
    z.strictObject({
      organization: id,
      as: text.optional(),
    }),
  ],
  { error: 'ответственный: текст, как в документе, или { person: идентификатор } или { organization: идентификатор }' },
);

export const executionStatuses = ['planned', 'in-progress', 'done', 'not-done', 'cancelled'] as const;

/** A row of a roadmap table (also used for control points and implementation mechanisms). */
export const itemSchema = z.strictObject({
  /** Stable anchor when the number is missing or repeated; by default derived from the section path and number. */
  id: id.optional(),
  /** The number exactly as in the source («1.», «2.4», «III.1»); omitted for an unnumbered row. */
  number: shortText.optional(),
  /** The activity (мероприятие / наименование мероприятия / контрольная точка). */
  title: text,
  form: text.optional(),
  /** The deadline in the words of the source (the legal text). */
  deadline: text.optional(),
  responsible: z.array(responsibleSchema).optional(),
  /** Контингент: who takes part. */
  audience: text.optional(),
  venue: text.optional(),
  /** Codes of the roadmap's risk parameters (its `riskFactors` list) this activity addresses. */
  riskCodes: z.array(shortText).optional(),
  /** Expected result or indicator (показатель реализации). */
  result: text.optional(),
  /** Report documents (формы отчётных документов, информационное сопровождение). */
  reports: text.optional(),
  /** Items of a higher-level roadmap this one implements: «<roadmap id>#<item anchor>». */
  implements: z
    .array(
      z
        .string()
        .max(limits.shortTextChars)
        .regex(/^[a-z0-9][a-z0-9._-]*#[A-Za-z0-9._-]+$/, {
          error: 'ссылка на пункт вида «идентификатор-карты#якорь-пункта»',
        }),
    )
    .optional(),
  /** Columns of the source the model has no field for, kept under their headings. */
  extra: z.record(z.string().max(limits.shortTextChars), z.string().max(limits.textChars)).optional(),
});

/** A section as written in a file (input) and after validation (output); nested to any depth. */
export interface SectionInput {
  id?: string;
  number?: string;
  title: string;
  note?: string;
  sections?: SectionInput[];
  items?: z.input<typeof itemSchema>[];
}
export interface Section {
  id?: string;
  number?: string;
  title: string;
  note?: string;
  sections?: Section[];
  items?: z.output<typeof itemSchema>[];
}

/** A section of a roadmap: a level, a part, a numbered block. */
const sectionSchema: z.ZodType<Section, SectionInput> = z.lazy(() =>
  z.strictObject({
    /** Anchor of the section, unique among its siblings (e.g. «municipal», «I»); defaults to its position. */
    id: z
      .string()
      .max(limits.shortTextChars)
      .regex(/^[A-Za-z0-9._-]+$/, { error: 'якорь раздела: латинские буквы, цифры, «-», «_» или «.»' })
      .optional(),
    number: shortText.optional(),
    title: text,
    note: text.optional(),
    sections: z.array(sectionSchema).optional(),
    items: z.array(itemSchema).optional(),
  }),
);

const signatureSchema = z.strictObject({
  signedAt: isoDateTime,
  signer: text,
  position: text,
  /** Unique key of the simple electronic signature. */
  key: text,
});

/**
 * A path inside the content folder of a file published with the site at the same path: «files/школа-1/протокол.pdf».
 */
const contentFile = (formats: string, pattern: RegExp) =>
  z
    .string()
    .max(limits.shortTextChars)
    .regex(pattern, { error: `файл в папке files содержимого: files/…/имя (${formats}), без «..»` })
    .refine((f) => !f.split('/').includes('..'), { error: 'путь файла без «..»' });

/**
 * The order's own file, as signed: a link to it, or the file itself in the content folder (then the build checks it).
 */
const attachedFileSchema = z
  .strictObject({
    /** Where the file is: a page or a file on another site, or a path on this one. */
    url: link.optional(),
    /** The file in the content folder («files/prikaz-600.pdf»), published with the site at the same path. */
    path: contentFile(
      'PDF, DOC(X), XLS(X), ODT или ODS',
      /^files\/(?:[^/\\\u0000-\u001f]+\/)*[^/\\\u0000-\u001f]+\.(pdf|docx?|xlsx?|odt|ods)$/i,
    ).optional(),
    title: text.optional(),
    format: z.enum(['pdf', 'doc', 'docx', 'xls', 'xlsx', 'odt', 'ods']),
    sizeBytes: z
      .int()
      .positive()
      .max(15 * 1024 * 1024, { error: 'файл больше 15 МБ: такой нельзя размещать на сайте школы' })
      .optional(),
    /** SHA-256 of the file (64 hexadecimal digits): a reader can check that the file is the one signed. */
    sha256: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, { error: 'SHA-256: 64 шестнадцатеричные цифры (0–9, a–f)' })
      .transform((s) => s.toLowerCase())
      .optional(),
    signature: signatureSchema.optional(),
  })
  .refine((f) => (f.url === undefined) !== (f.path === undefined), {
    error: 'у файла должен быть либо url (ссылка), либо path (файл в папке files), одно из двух',
  });

export const orderSchema = z.strictObject({
  /** The organisation that issued the order. */
  issuer: id,
  /** The number as written («59/0103»); some orders are published without one. */
  number: shortText.optional(),
  date: isoDate,
  title: text,
  place: shortText.optional(),
  signedBy: z
    .strictObject({
      name: text,
      position: text,
      person: id.optional(),
    })
    .optional(),
  file: attachedFileSchema.optional(),
});

export const indicatorSchema = z.strictObject({
  number: shortText.optional(),
  name: text,
  baseline: z.union([text, z.number()]).optional(),
  target: z.union([text, z.number()]).optional(),
  unit: shortText.optional(),
  due: text.optional(),
});

export const numberedTextSchema = z.strictObject({
  number: shortText.optional(),
  title: text,
});

const auditRowSchema = z.strictObject({
  /** A parameter code of the roadmap's `riskFactors` list. */
  code: shortText,
  /** The schools in which the parameter shows, as written. */
  schools: text,
});

export const specialistSchema = z.strictObject({
  number: shortText.optional(),
  person: id.optional(),
  name: text.optional(),
  /** Место работы и должность, as written. */
  position: text.optional(),
  /** What they answer for (направление). */
  responsibility: text.optional(),
});

export const committeeSchema = z.strictObject({
  title: text,
  members: z
    .array(
      z.strictObject({
        person: id.optional(),
        name: text.optional(),
        position: text.optional(),
        /** Role in the body, e.g. «руководитель координационного центра». */
        role: text.optional(),
      }),
    )
    .min(1),
});

export const roadmapSchema = z.strictObject({
  /**
   * A later edition of a roadmap: the id of the edition it amends (the roadmap's first file, or a later edition's).
   * Its `order` is the amending order («О внесении изменений…»); the rest is the whole roadmap as amended.
   */
  amends: id.optional(),
  title: text,
  level: z.enum(roadmapLevels),
  /** The organisation whose roadmap it is. */
  owner: id,
  order: orderSchema,
  /** Further appendices of the order that are part of the published document (titles as written). */
  appendices: z.array(numberedTextSchema).optional(),
  period: z.strictObject({
    start: isoDate,
    end: isoDate,
    /** How the period was read when the document does not state it (shown beside the dates). */
    note: text.optional(),
  }),
  /** Roadmaps of a higher level this one is based on. */
  basedOn: z.array(id).optional(),
  legalBasis: z.array(text).optional(),
  goal: text.optional(),
  tasks: z.array(text).optional(),
  indicators: z.array(indicatorSchema).optional(),
  directions: z.array(numberedTextSchema).optional(),
  controlPoints: z.array(itemSchema).optional(),
  mechanisms: z.array(itemSchema).optional(),
  /** The risk-factor list whose parameter codes the audit and the items use. */
  riskFactors: id.optional(),
  audit: z
    .strictObject({
      title: text.optional(),
      intro: text.optional(),
      rows: z.array(auditRowSchema).min(1),
    })
    .optional(),
  specialists: z.array(specialistSchema).optional(),
  committees: z.array(committeeSchema).optional(),
  /** The document's own list of abbreviations («Принятые сокращения»), as printed. */
  abbreviations: z.array(z.strictObject({ abbr: shortText, expansion: text })).optional(),
  /** Schools the roadmap covers (organisation ids). */
  schools: z.array(id).optional(),
  sections: z.array(sectionSchema).min(1, { error: 'в дорожной карте нет ни одного раздела с мероприятиями' }),
  published: isoDate.optional(),
  updated: isoDate.optional(),
  /** Marks a roadmap that is not a real document (fixtures, benchmarks). */
  example: z.boolean().optional(),
});

// ─── Reports of execution ────────────────────────────────────────────────────────────────────────────────────

/** Kinds of documents that show an item was carried out. */
export const evidenceKinds = ['protocol', 'order', 'certificate', 'report', 'plan', 'photo', 'link', 'other'] as const;

/** A path inside the content folder of a file published with the site: «files/школа-1/протокол.pdf». */
const contentFilePattern =
  /^files\/(?:[^/\\\u0000-\u001f]+\/)*[^/\\\u0000-\u001f]+\.(pdf|docx?|xlsx?|odt|ods|jpe?g|png)$/i;

const evidenceSchema = z
  .strictObject({
    title: text,
    kind: z.enum(evidenceKinds),
    date: isoDate.optional(),
    /** A page or a file on another site. */
    url: link.optional(),
    /** A file in the content folder, published with the site at the same path. */
    file: z
      .string()
      .max(limits.shortTextChars)
      .regex(contentFilePattern, {
        error: 'файл в папке files содержимого: files/…/имя.pdf (PDF, DOC(X), XLS(X), ODT, ODS, JPG или PNG), без «..»',
      })
      .refine((f) => !f.split('/').includes('..'), { error: 'путь файла без «..»' })
      .optional(),
  })
  .refine((e) => (e.url === undefined) !== (e.file === undefined), {
    error: 'у документа должен быть либо url (ссылка), либо file (файл в папке files), одно из двух',
  });

const reportEntrySchema = z.strictObject({
  /** The anchor of the item reported on («p-school-I-3», «control-2»), as in the roadmap page's links. */
  item: z
    .string()
    .max(limits.shortTextChars)
    .regex(/^[A-Za-z0-9._-]+$/, {
      error: 'якорь пункта: латинские буквы, цифры, «-», «_» или «.» (как в адресе пункта на странице карты после #)',
    }),
  /** «По состоянию на»: the day the status was true. */
  date: isoDate,
  status: z.enum(executionStatuses),
  comment: text.optional(),
  /** Who reported, as they sign: «Иванова И.И., заместитель директора». */
  reporter: text.optional(),
  evidence: z.array(evidenceSchema).optional(),
});

/**
 * What an organisation has done of a roadmap: one file per roadmap and reporting organisation, kept apart from the
 * roadmap (an approved document is never edited to report on it). Entries are never rewritten: a later entry on an
 * item adds to its history, and the latest is its current status.
 */
export const reportSchema = z.strictObject({
  roadmap: id,
  /** The organisation that reports: the roadmap's owner, or one that carries out sections of it (`covers`). */
  organization: id,
  /** For an organisation other than the owner: the anchors of the sections it carries out («s-school»). */
  covers: z
    .array(
      z
        .string()
        .max(limits.shortTextChars)
        .regex(/^s-[A-Za-z0-9._-]+$/, {
          error: 'якорь раздела вида s-school или s-2 (как в адресе раздела на странице карты)',
        }),
    )
    .min(1)
    .optional(),
  entries: z.array(reportEntrySchema),
  /** Marks a report that is not real (examples, benchmarks). */
  example: z.boolean().optional(),
});

// ─── The site ────────────────────────────────────────────────────────────────────────────────────────────────

/** `site.yaml` at the root of the content folder: what this site is and where it is served. */
export const siteSchema = z.strictObject({
  /** Name of the site, shown in every page's header and title. */
  title: text.default('Дорожные карты ШНОР'),
  /** A sentence under the title on the home page. */
  description: text.optional(),
  /**
   * The organisation the site is for: a school (its own site), a municipality or a region (a portal). The site then
   * publishes that organisation, the organisations under it, and the roadmaps that apply to them (including those
   * of the organisations above it). Without it, the site publishes all content.
   */
  home: id.optional(),
  /** Public address of the site (for absolute links in open data and calendars), e.g. https://school12.ru. */
  url: url.optional(),
  /** Subfolder the site is served from, e.g. /shnor/ when it lives inside an existing school site. */
  base: z
    .string()
    .regex(/^\/([A-Za-z0-9._~-]+\/)*$/, {
      error: 'подпапка вида /shnor/: с косыми чертами в начале и в конце, из латинских букв, цифр, «-», «_», «.» и «~»',
    })
    .default('/'),
  /**
   * Other Карта sites searched together with this one (a school's own site and its municipality's portal): the search
   * page merges their indexes and labels each result with its site. `url`: the site's address with its subfolder.
   */
  searchSites: z
    .array(
      z.strictObject({
        title: text,
        url: z.string().regex(/^(https?:\/\/[^/\s]+)?\/(\S*\/)?$/, {
          error: 'адрес сайта вида https://school12.ru/shnor/ или /shnor/ (с косой чертой в конце)',
        }),
      }),
    )
    .default([]),
  /**
   * How long, in seconds, the search page waits for another site of `searchSites` to answer: the own results do not
   * wait, a site's documents join them when it answers, and one that has not answered by then is noted as silent.
   */
  searchSitesWait: z
    .int({ error: 'целое число секунд, например 5' })
    .min(1, { error: 'от 1 до 60 секунд' })
    .max(60, { error: 'от 1 до 60 секунд' })
    .default(5),
  /**
   * From this many searched pages on, the schools of each municipality are indexed apart and searched on demand
   * (src/search/searched-pages.ts): a national portal's first query then does not grow with its schools.
   */
  searchByMunicipalityFrom: z
    .int({ error: 'целое число страниц поиска, например 4000' })
    .min(1, { error: 'число больше нуля, например 4000' })
    .default(4000),
  /**
   * Publish schools' logins in ФИС ОКО (`fisOkoLogin`, and the column of such logins in an order's text). Some orders
   * print them, but they are credentials-adjacent and mean nothing to a parent: off unless the site says so.
   */
  publishFisOkoLogins: z.boolean().default(false),
  /**
   * The licence of the site's open data, named on the page «Открытые данные»:
   * e.g. `{ name: CC BY 4.0, url: https://… }`.
   */
  dataLicense: z.strictObject({ name: shortText, url: url.optional() }).optional(),
});

export type SiteConfig = z.output<typeof siteSchema>;

export type Organization = z.output<typeof organizationSchema>;
export type Person = z.output<typeof personSchema>;
export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;
export type RiskFactorList = z.output<typeof riskFactorListSchema>;
export type Roadmap = z.output<typeof roadmapSchema>;
export type Item = z.output<typeof itemSchema>;
export type Responsible = z.output<typeof responsibleSchema>;
export type Report = z.output<typeof reportSchema>;
export type ReportEntry = z.output<typeof reportEntrySchema>;
export type Evidence = z.output<typeof evidenceSchema>;
export type ExecutionStatus = (typeof executionStatuses)[number];

/** The content collections: folder under src/content and the schema of one entry (one file). */
export const collections = {
  organizations: organizationSchema,
  people: personSchema,
  glossary: glossaryEntrySchema,
  riskFactors: riskFactorListSchema,
  roadmaps: roadmapSchema,
  reports: reportSchema,
} as const;

export type CollectionName = keyof typeof collections;

/** Folder of each collection under the content root. */
export const collectionFolders: Record<CollectionName, string> = {
  organizations: 'organizations',
  people: 'people',
  glossary: 'glossary',
  riskFactors: 'risk-factors',
  roadmaps: 'roadmaps',
  reports: 'reports',
};
