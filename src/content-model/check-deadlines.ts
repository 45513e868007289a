// Deadlines the parser does not understand: not an error (the words as written are the legal text and are always
// shown), but a warning, because such an item gets no dates in calendars, timelines and open data.
import { understandDeadline } from '../deadlines/parse.ts';
import type { LoadedContent } from './load-content.ts';
import { formatFieldPath, type FieldPath, type Problem } from './problems.ts';
import { walkItems } from './roadmap-structure.ts';
import type { Item, Section } from './schemas.ts';

export function checkDeadlines(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  for (const entry of content.roadmaps.values()) {
    const items: [Item, FieldPath][] = [...walkItems<Item, Section>(entry.data.sections)].map((visit) => [visit.item, visit.path]);
    for (const list of ['controlPoints', 'mechanisms'] as const) {
      entry.data[list]?.forEach((item, i) => items.push([item, [list, i]]));
    }
    for (const [item, itemPath] of items) {
      if (item.deadline === undefined || understandDeadline(item.deadline)) continue;
      const fieldPath = [...itemPath, 'deadline'];
      problems.push({
        severity: 'warning',
        file: entry.file,
        ...entry.source.locate(fieldPath),
        field: formatFieldPath(fieldPath),
        message:
          `срок «${item.deadline}» не распознан: он будет показан как написан, но без дат — пункт не попадёт в календарь ` +
          'и на шкалу времени. Если это опечатка, исправьте её; понятные формы сроков — в docs/deadlines.md, «Сроки»',
      });
    }
  }
  return problems;
}
