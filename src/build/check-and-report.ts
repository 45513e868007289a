// The check of `karta check` and of a build: every problem of the content printed with its place, and a line that
// says how it went.
import path from 'node:path';
import { errorsOf, loadContent, type LoadedContent } from '../content-model/load-content.ts';
import { formatProblem } from '../content-model/problems.ts';
import { defaultContentDir } from './paths.ts';

/** Loads the content and prints its problems; returns the content when it has no errors. `asOf`: the build's day. */
export function checkAndReport(contentDir: string | undefined, asOf?: string): LoadedContent | undefined {
  const root = path.resolve(contentDir ?? defaultContentDir);
  const content = loadContent(root, asOf === undefined ? {} : { asOf });
  for (const problem of content.problems) console.error(formatProblem(problem));
  const errors = errorsOf(content.problems).length;
  const warnings = content.problems.length - errors;
  if (errors) {
    console.error(
      `\nНайдено ошибок: ${errors}${warnings ? `, предупреждений: ${warnings}` : ''}. ` +
        'Исправьте их и запустите проверку снова.',
    );
    return undefined;
  }
  const count = (name: keyof LoadedContent) => (content[name] as Map<string, unknown>).size;
  console.log(
    `Содержимое в порядке: дорожных карт ${count('roadmaps')}, организаций ${count('organizations')}, ` +
      `людей ${count('people')}, терминов ${count('glossary')}, перечней факторов риска ${count('riskFactors')}` +
      (warnings ? `; предупреждений: ${warnings}` : '') +
      '.',
  );
  return content;
}
