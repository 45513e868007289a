// Astro's view of the content: one collection per folder of src/content (or of KARTA_CONTENT_DIR), each entry one
// file whose id is its file name. The schemas are the project's own (src/content-model), which `karta check` also
// uses with source positions before every build.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionFolders, collections as schemas } from './content-model/schemas.ts';
import { entryIdFromFile } from './content-model/load-content.ts';
import { contentDir as currentContentDir } from './content-model/site-config.ts';

const contentDir = currentContentDir();
const yamlFiles = (folder: string) =>
  glob({ base: `${contentDir}/${folder}`, pattern: '**/[!_]*.{yaml,yml}', generateId: ({ entry }) => entryIdFromFile(entry) });

export const collections = {
  organizations: defineCollection({ loader: yamlFiles(collectionFolders.organizations), schema: schemas.organizations }),
  people: defineCollection({ loader: yamlFiles(collectionFolders.people), schema: schemas.people }),
  glossary: defineCollection({ loader: yamlFiles(collectionFolders.glossary), schema: schemas.glossary }),
  riskFactors: defineCollection({ loader: yamlFiles(collectionFolders.riskFactors), schema: schemas.riskFactors }),
  roadmaps: defineCollection({
    loader: glob({
      base: `${contentDir}/${collectionFolders.roadmaps}`,
      pattern: '**/[!_]*.{yaml,yml,mdx}',
      generateId: ({ entry }) => entryIdFromFile(entry),
    }),
    schema: schemas.roadmaps,
  }),
};
