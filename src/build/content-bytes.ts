// The checked content as it travels between the build's processes (src/build/protocol.ts): v8.serialize bytes, and
// back. v8.deserialize makes a new string of each occurrence of a text, and a region's content repeats its phrases
// (the responsible «руководители ОО», statuses, reports' comments, items copied from one template into hundreds of
// schools' roadmaps): at a region's scale, half of the content's strings are copies — tens of MB in each process
// that holds the content, and as many more objects for each of its garbage collections to mark. They are made one.
import { deserialize, serialize } from 'node:v8';
import type { CheckedContent } from './protocol.ts';

export const contentToBytes = (content: CheckedContent): Uint8Array => serialize(content);

export const contentFromBytes = (bytes: Uint8Array): CheckedContent =>
  internStrings(deserialize(bytes) as CheckedContent);

/**
 * `value` with each string that equals one met before replaced by that one, in place: in arrays, plain objects, and
 * the values of maps and sets. Other objects (dates, bytes) are left as they are.
 */
export function internStrings<T>(value: T): T {
  const strings = new Map<string, string>();
  const seen = new Set<object>();
  const intern = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const known = strings.get(v);
      if (known !== undefined) return known;
      strings.set(v, v);
      return v;
    }
    if (typeof v !== 'object' || v === null || seen.has(v)) return v;
    seen.add(v);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = intern(v[i]);
    } else if (v instanceof Map) {
      for (const [key, item] of v) v.set(key, intern(item));
    } else if (v instanceof Set) {
      const items = [...v];
      v.clear();
      for (const item of items) v.add(intern(item));
    } else {
      const prototype = Object.getPrototypeOf(v);
      if (prototype !== Object.prototype && prototype !== null) return v;
      const record = v as Record<string, unknown>;
      for (const key of Object.keys(record)) record[key] = intern(record[key]);
    }
    return v;
  };
  return intern(value) as T;
}
