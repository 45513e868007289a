// Validates an imported roadmap exactly as `npm run check` does: the file is put, under its id, into a temporary
// copy of the site's content (so that references to organisations, people and other roadmaps resolve) and the whole
// content is loaded and checked; the problems of the imported file are returned with their line and column.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadContent } from '../content-model/load-content.ts';
import type { Problem } from '../content-model/problems.ts';
import { collectionFolders } from '../content-model/schemas.ts';

export function validateRoadmapYaml(yamlText: string, id: string, options: { contentDir?: string; displayFile: string }): Problem[] {
  const root = mkdtempSync(path.join(tmpdir(), 'karta-import-'));
  try {
    if (options.contentDir && existsSync(options.contentDir)) {
      for (const folder of Object.values(collectionFolders)) {
        const from = path.join(options.contentDir, folder);
        if (existsSync(from)) cpSync(from, path.join(root, folder), { recursive: true });
      }
    }
    const roadmaps = path.join(root, collectionFolders.roadmaps);
    mkdirSync(roadmaps, { recursive: true });
    // The imported file replaces any roadmap of the same id.
    for (const ext of ['.yaml', '.yml', '.mdx']) rmSync(path.join(roadmaps, `${id}${ext}`), { force: true });
    const file = path.join(roadmaps, `${id}.yaml`);
    writeFileSync(file, yamlText);
    const content = loadContent(root, { displayRoot: root });
    const own = path.relative(root, file);
    return content.problems.filter((p) => p.file === own).map((p) => ({ ...p, file: options.displayFile }));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
