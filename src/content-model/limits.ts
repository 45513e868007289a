// Limits on what content may be: a portal builds files that dozens of schools send in, and a careless or hostile
// file must end in a clear error, not in a build that runs out of memory or time. Each is far above what a real
// roadmap needs (the largest of the seeds: a 94 KB file, an item title of 1,466 characters, an order text of
// 7,000); docs/security.md lists them with the reasons.
export const limits = {
  /** Bytes of one content file (YAML or MDX). */
  fileBytes: 5 * 1024 * 1024,
  /** Levels of folders inside a collection's folder. */
  folderDepth: 8,
  /** Characters of a text field (titles, table cells, descriptions). */
  textChars: 5_000,
  /** Characters of a short field (numbers, short names, abbreviations, identifiers). */
  shortTextChars: 500,
  /** Characters of the order's text of an MDX roadmap. */
  orderTextChars: 300_000,
  /** Levels of nested sections in a roadmap (a level, a part, a block, …). */
  sectionDepth: 6,
} as const;
