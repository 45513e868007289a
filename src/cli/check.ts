// `karta check`: validate all content and print every problem with its place.
import path from 'node:path';
import { errorsOf, loadContent, type LoadedContent } from '../content-model/load-content.ts';
import { formatProblem } from '../content-model/problems.ts';
import { defaultContentDir } from './paths.ts';

/** Loads the content and prints its problems; returns the content when it has no errors. */
export function checkAndReport(contentDir: string | undefined): LoadedContent | undefined {
  const root = path.resolve(contentDir ?? defaultContentDir);
  const content = loadContent(root);
  for (const problem of content.problems) console.error(formatProblem(problem));
  const errors = errorsOf(content.problems).length;
  const warnings = content.problems.length - errors;
  if (errors) {
    console.error(`\nНайдено ошибок: ${errors}${warnings ? `, предупреждений: ${warnings}` : ''}. Исправьте их и запустите проверку снова.`);
    return undefined;
  }
  const count = (name: keyof LoadedContent) => (content[name] as Map<string, unknown>).size;
  console.log(
    `Содержимое в порядке: дорожных карт ${count('roadmaps')}, организаций ${count('organizations')}, ` +
      `людей ${count('people')}, терминов ${count('glossary')}, перечней факторов риска ${count('riskFactors')}` +
      (warnings ? `; предупреждений: ${warnings}` : '') + '.',
  );
  return content;
}

export function runCheck(options: { contentDir?: string }): number {
  return checkAndReport(options.contentDir) ? 0 : 1;
}
