// JSON Schema of the roadmap file format, generated from the same zod schema the checker uses.
import { z } from 'astro/zod';
import { roadmapSchema } from '../content-model/schemas.ts';

export function roadmapJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(roadmapSchema, {
      io: 'input',
      // A YAML date is written as text in the file; the Date alternative only exists for parsers that convert it.
      unrepresentable: 'any',
      override: (ctx) => {
        const def = ctx.zodSchema._zod.def;
        if (def.type === 'date') {
          for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
          ctx.jsonSchema.not = {};
        }
      },
    }),
    title: 'Дорожная карта (формат файла src/content/roadmaps/*.yaml)',
  };
}
