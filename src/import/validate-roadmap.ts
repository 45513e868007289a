// Validates an imported roadmap exactly as `npm run check` does: the file is checked, under its id, together with
// the site's content (so that references to organisations, people and other roadmaps resolve); the problems of the
// imported file are returned with their line and column. Nothing is written: the texts are checked as read.
import path from 'node:path';
import { readContentFolder, type ContentFiles } from '../content-model/content-files.ts';
import { checkContentFiles, entryIdFromFile } from '../content-model/load-content.ts';
import type { Problem } from '../content-model/problems.ts';
import { collectionFolders } from '../content-model/schemas.ts';

export function validateRoadmapYaml(
  yamlText: string,
  id: string,
  options: { contentDir?: string; displayFile: string },
): Problem[] {
  const root = options.contentDir ?? '';
  const folder: ContentFiles = root ? readContentFolder(root, root) : { files: [], problems: [] };
  const absoluteFile = path.join(root, collectionFolders.roadmaps, `${id}.yaml`);
  const own = { collection: 'roadmaps' as const, absoluteFile, file: options.displayFile, text: yamlText };
  // The imported file replaces any roadmap of the same id; a missing or broken content folder is not its problem.
  const others = folder.files.filter((f) => !(f.collection === 'roadmaps' && entryIdFromFile(f.absoluteFile) === id));
  const content = checkContentFiles({ files: [...others, own], problems: [] });
  return content.problems.filter((p) => p.file === options.displayFile);
}
