// placeholder, replaced below
import type { SourceTable } from './model.ts';
export function readLayoutTables(_lines: readonly string[]): { table: Omit<SourceTable, 'index'>; startLine: number; endLine: number }[] {
  return [];
}
