// Astro's content layer renders the order texts of roadmaps written in MDX. The data of every collection (folders
// of src/content or of KARTA_CONTENT_DIR, validated with the zod schemas of src/content-model by `karta check`)
// reaches the pages from the checked content itself: see src/content-model/astro-loader.ts and src/site/content.ts.
import { defineCollection } from 'astro:content';
import { collections as schemas } from './content-model/schemas.ts';
import { mdxRoadmapsLoader } from './content-model/astro-loader.ts';

export const collections = {
  roadmaps: defineCollection({ loader: mdxRoadmapsLoader(), schema: schemas.roadmaps }),
};
