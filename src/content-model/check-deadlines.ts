// Deadlines the parser does not understand: not an error (the words as written are the legal text and are always
// shown), but a warning, because such an item gets no dates in calendars, timelines and open data.
import { understandDeadline } from '../deadlines/parse.ts';
import type { LoadedContent } from './loaded-content.ts';
import { describePlace, formatFieldPath, type FieldPath, type Problem } from './problems.ts';
import { rawItems } from './references.ts';

const withPlace = (path: FieldPath, data: unknown) => {
  const place = describePlace(path, data);
  return place ? { place } : {};
};

export function checkDeadlines(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  // Roadmaps with errors elsewhere too: their deadlines are said in the same round as the errors.
  const partial = content.partial.filter((p) => p.collection === 'roadmaps');
  for (const entry of [...content.roadmaps.values(), ...partial]) {
    const items = rawItems(entry.data as Record<string, unknown>);
    for (const [item, itemPath] of items) {
      if (typeof item.deadline !== 'string' || understandDeadline(item.deadline)) continue;
      const fieldPath = [...itemPath, 'deadline'];
      problems.push({
        severity: 'warning',
        file: entry.file,
        ...entry.source.locate(fieldPath),
        field: formatFieldPath(fieldPath),
        ...withPlace(fieldPath, entry.data),
        message:
          `срок «${item.deadline}» не распознан: он будет показан как написан, но без дат — ` +
          'пункт не попадёт в календарь и на шкалу времени. Если это опечатка, исправьте её; ' +
          'понятные формы сроков — в docs/deadlines.md, «Сроки»',
      });
    }
  }
  return problems;
}
