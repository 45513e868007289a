// Where things are: the project root (where astro.config.mjs is) and the default content and output folders.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const defaultContentDir = path.join(projectRoot, 'src', 'content');
export const defaultOutDir = path.join(projectRoot, 'dist');
