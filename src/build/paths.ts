// Where things are: the project root (where astro.config.mjs is) and the default content and output folders.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const defaultContentDir = path.join(projectRoot, 'src', 'content');
export const defaultOutDir = path.join(projectRoot, 'dist');

/**
 * The working folder Astro builds from. Astro puts the bundle it prerenders from into the site folder when that lies
 * "within" the working folder, and it tells so by the start of the path alone: the project's own folder would take
 * `…/main-site/dist` for a folder of `…/main`, and the bundle there could not find the project's packages. From a
 * folder inside the project no site folder starts so; the bundle then goes beside it (`.astro/` there), where the
 * project's packages are found.
 */
export const astroWorkingDir = path.join(projectRoot, '.karta', 'astro');
