// Astro's view of the content: one collection per folder of src/content (or of KARTA_CONTENT_DIR), each entry one
// file whose id is its file name. The schemas are the project's own (src/content-model), which `karta check` also
// uses with source positions before every build.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionFolders, collections as schemas } from './content-model/schemas.ts';
import { entryIdFromFile } from './content-model/load-content.ts';

const contentDir = process.env.KARTA_CONTENT_DIR ?? './src/content';
const generateId = ({ entry }: { entry: string }) => entryIdFromFile(entry);

function collection<S extends (typeof schemas)[keyof typeof schemas]>(folder: string, schema: S, extensions: string) {
  return defineCollection({
    loader: glob({ base: `${contentDir}/${folder}`, pattern: `**/[!_]*.{${extensions}}`, generateId }),
    schema,
  });
}

export const collections = {
  organizations: collection(collectionFolders.organizations, schemas.organizations, 'yaml,yml'),
  people: collection(collectionFolders.people, schemas.people, 'yaml,yml'),
  glossary: collection(collectionFolders.glossary, schemas.glossary, 'yaml,yml'),
  riskFactors: collection(collectionFolders.riskFactors, schemas.riskFactors, 'yaml,yml'),
  roadmaps: collection(collectionFolders.roadmaps, schemas.roadmaps, 'yaml,yml,mdx'),
};
