// Astro's view of the content: one collection per folder of src/content (or of KARTA_CONTENT_DIR), each entry one
// file whose id is its file name. The schemas are the project's own (src/content-model), with which `karta check`
// has validated every file before the build; the loader hands Astro those entries (src/content-model/astro-loader.ts).
import { defineCollection } from 'astro:content';
import { collections as schemas } from './content-model/schemas.ts';
import { checkedContentLoader } from './content-model/astro-loader.ts';

export const collections = {
  organizations: defineCollection({ loader: checkedContentLoader('organizations'), schema: schemas.organizations }),
  people: defineCollection({ loader: checkedContentLoader('people'), schema: schemas.people }),
  glossary: defineCollection({ loader: checkedContentLoader('glossary'), schema: schemas.glossary }),
  riskFactors: defineCollection({ loader: checkedContentLoader('riskFactors'), schema: schemas.riskFactors }),
  roadmaps: defineCollection({ loader: checkedContentLoader('roadmaps'), schema: schemas.roadmaps }),
};
