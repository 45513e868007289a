// The name a mistyped one was most likely meant to be (an option, a field, an id): the nearest by edit distance
// (leven), if near enough to be a slip rather than another name.
import leven from 'leven';

/** The nearest of `names` to `written`, within `most` edits (by default 2, or a third of its length if longer). */
export function nearestName(
  written: string,
  names: Iterable<string>,
  most = Math.max(2, Math.floor(written.length / 3)),
): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = leven(written.toLowerCase(), name.toLowerCase());
    if (distance > 0 && distance <= most && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}
