// The roadmap file format as JSON Schema, generated from the zod schema, for editors that validate and complete
// YAML as it is typed (e.g. `# yaml-language-server: $schema=…/data/roadmap.schema.json`).
import type { APIRoute } from 'astro';
import { roadmapJsonSchema } from '../../open-data/json-schema.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(roadmapJsonSchema(), null, 1), { headers: { 'Content-Type': 'application/schema+json' } });
