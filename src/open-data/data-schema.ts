// The format of the open-data files (dist/data/roadmaps.json, dist/data/roadmaps/<id>.json) as a zod schema, and
// the JSON Schemas published beside them, generated from it. The source file format has its own schema
// (json-schema.ts): the data files differ from it (references resolved to names, anchors added, deadlines parsed).
// What the source has and the data keeps as written (the order, indicators, specialists…) reuses the source's own
// schemas, so the two cannot drift; the tests validate every data file against these schemas.
import { z } from 'astro/zod';
import {
  committeeSchema,
  evidenceKinds,
  executionStatuses,
  organizationKinds,
  indicatorSchema,
  isoDate,
  numberedTextSchema,
  orderSchema,
  roadmapLevels,
  specialistSchema,
} from '../content-model/schemas.ts';
import { deadlineKinds } from '../deadlines/types.ts';
import { categories } from '../execution/item-state.ts';

const text = z.string();
const nullable = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);

const orgRef = z.strictObject({ id: text, name: text, shortName: nullable(text) });

const point = z.strictObject({
  year: z.int().optional(),
  month: z.int().min(1).max(12),
  day: z.int().min(1).max(31).optional(),
});
const occurrence = z.strictObject({
  start: isoDate,
  end: isoDate,
  /** The end of the roadmap's period cut the window: the document's deadline lies after `end`. */
  cutAtEnd: z.literal(true).optional(),
});
const units = ['week', 'month', 'quarter', 'year', 'school-quarter', 'school-half', 'school-year', 'holidays'] as const;

/** An item's deadline: the words as written (null when the item has none), what they mean, and the dates. */
const openDeadlineSchema = z.strictObject({
  text: nullable(text),
  kind: z.enum(deadlineKinds),
  understood: z.boolean(),
  by: z.boolean().optional(),
  parts: z.array(z.strictObject({ from: point, to: point.optional() })).optional(),
  recurrence: z
    .strictObject({
      unit: z.enum(units),
      interval: z.int().min(1),
      times: z.int().min(1),
      atLeast: z.boolean(),
      months: z.array(z.int().min(1).max(12)).optional(),
      weekday: z.int().min(1).max(7).optional(),
      day: z.int().min(1).max(31).optional(),
      calendarYear: z.literal(true).optional(),
      fromYear: z.int().optional(),
    })
    .optional(),
  terms: z
    .array(
      z.strictObject({
        unit: z.enum(units),
        number: z.int().min(1).optional(),
        year: z.int().optional(),
        position: z.enum(['whole', 'start', 'end']),
        calendarYear: z.literal(true).optional(),
      }),
    )
    .optional(),
  scope: z.enum(['period', 'school-year']).optional(),
  basis: z
    .strictObject({ type: z.enum(['schedule', 'plan', 'after', 'on-demand']), detail: text.optional() })
    .optional(),
  occurrences: z.array(occurrence),
});

const openItemSchema = z.strictObject({
  anchor: text,
  number: nullable(text),
  title: text,
  form: nullable(text),
  deadline: openDeadlineSchema,
  responsible: z.array(z.strictObject({ text, person: text.optional(), organization: text.optional() })),
  audience: text.optional(),
  venue: text.optional(),
  riskCodes: z.array(text).optional(),
  result: text.optional(),
  reports: text.optional(),
  implements: z.array(text).optional(),
  extra: z.record(z.string(), z.string()).optional(),
  execution: z
    .strictObject({
      tracked: z.boolean(),
      status: nullable(z.enum(executionStatuses)),
      updated: nullable(isoDate),
      category: z.enum(categories),
      due: z.boolean(),
      overdue: z.boolean(),
      dueSoon: z.boolean(),
      history: z.array(
        z.strictObject({
          date: isoDate,
          status: z.enum(executionStatuses),
          comment: nullable(text),
          reporter: nullable(text),
          evidence: z.array(
            z.strictObject({
              title: text,
              kind: z.enum(evidenceKinds),
              date: nullable(isoDate),
              url: text,
              file: text.optional(),
            }),
          ),
        }),
      ),
      contributions: z.array(
        z.strictObject({
          organization: text,
          roadmap: text,
          anchor: text,
          via: z.enum(['implements', 'covers']),
          status: nullable(z.enum(executionStatuses)),
          updated: nullable(isoDate),
          category: z.enum(categories),
          due: z.boolean(),
          overdue: z.boolean(),
          dueSoon: z.boolean(),
        }),
      ),
    })
    .optional(),
});

const count = z.int().min(0);
/** Progress of a set of items: the counts it is made of, and done / items as a ratio and in whole percent. */
const openProgressSchema = z.strictObject({
  items: count,
  done: count,
  overdue: count,
  notDone: count,
  inProgress: count,
  planned: count,
  undated: count,
  cancelled: count,
  due: count,
  doneOfDue: count,
  dueSoon: count,
  lastReport: nullable(isoDate),
  ratio: nullable(z.number().min(0).max(1)),
  percent: nullable(z.int().min(0).max(100)),
});
/** The mean progress of the organisations below one (a municipality's schools, a region's municipalities). */
const openMeanProgressSchema = z.strictObject({
  ratio: nullable(z.number().min(0).max(1)),
  counted: count,
  without: count,
  allCancelled: count,
  overdue: count,
  lastReport: nullable(isoDate),
  percent: nullable(z.int().min(0).max(100)),
});

interface OpenSectionShape {
  anchor: string;
  number?: string;
  title: string;
  note?: string;
  sections?: OpenSectionShape[];
  items?: z.infer<typeof openItemSchema>[];
}
const openSectionSchema: z.ZodType<OpenSectionShape> = z.lazy(() =>
  z.strictObject({
    anchor: text,
    number: text.optional(),
    title: text,
    note: text.optional(),
    sections: z.array(openSectionSchema).optional(),
    items: z.array(openItemSchema).optional(),
  }),
);

/** One roadmap as in dist/data/roadmaps/<id>.json and each element of dist/data/roadmaps.json. */
const openRoadmapSchema = z.strictObject({
  id: text,
  title: text,
  level: z.enum(roadmapLevels),
  owner: orgRef,
  order: orderSchema.extend({ issuer: orgRef }),
  period: z.strictObject({ start: isoDate, end: isoDate, note: text.optional() }),
  basedOn: z.array(text),
  legalBasis: z.array(text),
  goal: nullable(text),
  tasks: z.array(text),
  indicators: z.array(indicatorSchema),
  directions: z.array(numberedTextSchema),
  controlPoints: z.array(openItemSchema),
  mechanisms: z.array(openItemSchema),
  riskFactors: nullable(text),
  audit: nullable(
    z.strictObject({
      title: nullable(text),
      intro: nullable(text),
      rows: z.array(z.strictObject({ code: text, factor: text.optional(), parameter: text.optional(), schools: text })),
    }),
  ),
  specialists: z.array(specialistSchema),
  committees: z.array(committeeSchema),
  abbreviations: z.array(z.strictObject({ abbr: text, expansion: text })),
  appendices: z.array(numberedTextSchema),
  schools: z.array(orgRef),
  sections: z.array(openSectionSchema),
  published: nullable(isoDate),
  updated: nullable(isoDate),
  example: z.boolean(),
  /** The owner's progress; null when it has no report on the roadmap (and in an earlier edition's file). */
  progress: nullable(openProgressSchema),
  /**
   * Every edition of the roadmap, oldest first, when it has more than one (amended by later orders); empty
   * otherwise. The file itself is the edition in force; `data` is where each earlier edition's file is.
   */
  editions: z.array(
    z.strictObject({
      number: z.int().min(1),
      /** The day of the order that approved the edition: its name in the URLs. */
      date: isoDate,
      current: z.boolean(),
      order: orderSchema.extend({ issuer: orgRef }),
      /** The edition's page, and its data file (relative to the site's root). */
      page: text,
      data: text,
      /** The page «Что изменилось» (from the edition before); null for the first edition. */
      changes: nullable(text),
    }),
  ),
});

/** dist/data/organizations.json: every published organisation with its progress. */
const openOrganizationsSchema = z.strictObject({
  asOf: isoDate,
  organizations: z.array(
    z.strictObject({
      id: text,
      name: text,
      shortName: nullable(text),
      kind: z.enum(organizationKinds),
      parent: nullable(text),
      example: z.boolean(),
      progress: nullable(openProgressSchema),
      progressBelow: nullable(openMeanProgressSchema),
    }),
  ),
});

function toJsonSchema(schema: z.ZodType, title: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(schema, {
      io: 'input',
      unrepresentable: 'any',
      // A date in the source may be a YAML date; in the data it is always text «YYYY-MM-DD»: drop the alternative.
      override: (ctx) => {
        if (ctx.zodSchema._zod.def.type === 'date') {
          for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
          ctx.jsonSchema.not = {};
        }
      },
    }),
    title,
  };
}

/** JSON Schema of one roadmap's data file (dist/data/roadmaps/<id>.json). */
export function roadmapDataJsonSchema(): Record<string, unknown> {
  return toJsonSchema(openRoadmapSchema, 'Дорожная карта: файл открытых данных (dist/data/roadmaps/<id>.json)');
}

/** JSON Schema of the organisations' file (dist/data/organizations.json). */
export function organizationsDataJsonSchema(): Record<string, unknown> {
  return toJsonSchema(
    openOrganizationsSchema,
    'Организации и выполнение: файл открытых данных (dist/data/organizations.json)',
  );
}

/** JSON Schema of the file of all roadmaps (dist/data/roadmaps.json). */
export function roadmapsDataJsonSchema(): Record<string, unknown> {
  return toJsonSchema(
    z.strictObject({ roadmaps: z.array(openRoadmapSchema) }),
    'Все дорожные карты: файл открытых данных (dist/data/roadmaps.json)',
  );
}
