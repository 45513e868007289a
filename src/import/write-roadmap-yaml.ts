// The roadmap as a YAML file of the content format: every string quoted (so «1.10» stays text), multi-line text as
// a block, and a «ЗАПОЛНИТЕ» comment on each field the user must fill.
import { Document, isMap, isScalar, isSeq, Scalar, visit, type Node } from 'yaml';
import type { Placeholder, RoadmapData } from './build-roadmap.ts';

function nodeAt(doc: Document, path: string): Node | undefined {
  return doc.getIn(path.split('.'), true) as Node | undefined;
}

const keyOrder = [
  'id',
  'number',
  'title',
  'note',
  'form',
  'deadline',
  'responsible',
  'audience',
  'venue',
  'riskCodes',
  'result',
  'reports',
  'extra',
  'sections',
  'items',
];

/** Items and sections with their keys in the order the hand-made files use (number first, then the activity). */
function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>);
  const rank = (key: string) => (keyOrder.includes(key) ? keyOrder.indexOf(key) : -1);
  const isListEntry = entries.some(
    ([k]) => k === 'items' || k === 'sections' || k === 'form' || k === 'deadline' || k === 'responsible',
  );
  if (isListEntry) entries.sort(([a], [b]) => rank(a) - rank(b));
  return Object.fromEntries(entries.map(([k, v]) => [k, k === 'extra' ? v : ordered(v)]));
}

export function writeRoadmapYaml(
  data: RoadmapData,
  placeholders: readonly Placeholder[],
  header: readonly string[],
): string {
  const doc = new Document({
    ...data,
    ...(data.controlPoints ? { controlPoints: ordered(data.controlPoints) } : {}),
    ...(data.mechanisms ? { mechanisms: ordered(data.mechanisms) } : {}),
    sections: ordered(data.sections),
  });
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== 'string') return;
      node.type = node.value.includes('\n') ? Scalar.BLOCK_LITERAL : Scalar.QUOTE_DOUBLE;
    },
    Pair(_key, pair) {
      if (isScalar(pair.key)) pair.key.type = Scalar.PLAIN;
    },
  });
  // Keys stay plain even under the quoting pass above.
  visit(doc, {
    Map(_key, map) {
      if (!isMap(map)) return;
      for (const pair of map.items) if (isScalar(pair.key)) pair.key.type = Scalar.PLAIN;
    },
  });
  for (const placeholder of placeholders) {
    const node = nodeAt(doc, placeholder.path);
    if (node) node.comment = ` ЗАПОЛНИТЕ: ${placeholder.hint}`;
  }
  // Short lists of codes on one line, as the hand-made files write them.
  visit(doc, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && pair.key.value === 'riskCodes' && isSeq(pair.value)) pair.value.flow = true;
    },
  });
  doc.commentBefore = header.map((l) => ` ${l}`).join('\n');
  return doc.toString({ lineWidth: 0, indentSeq: true, nullStr: '' });
}
