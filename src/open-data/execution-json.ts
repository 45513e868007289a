// The execution of items and the progress of roadmaps and organisations in the open data: the current status, the
// whole history with its evidence, whether the item is overdue, what other organisations do of it, and the counts
// a progress figure is made of — so that anyone can recompute every figure the site shows (docs/execution.md).
import type { Contribution, ExecutionIndex, Unit } from '../execution/execution-index.ts';
import { percent, type MeanProgress, type Progress } from '../execution/progress.ts';
import type { Evidence } from '../content-model/schemas.ts';

export interface ExecutionContext {
  index: ExecutionIndex;
  /** The address of a file of the content folder published with the site («files/…»). */
  fileUrl(file: string): string;
}

export interface OpenEvidence {
  title: string;
  kind: Evidence['kind'];
  date: string | null;
  url: string;
  /** For a file published with the site: its path in the content folder. */
  file?: string;
}

function evidenceToOpen(evidence: Evidence, fileUrl: (file: string) => string): OpenEvidence {
  return {
    title: evidence.title,
    kind: evidence.kind,
    date: evidence.date ?? null,
    url: evidence.file !== undefined ? fileUrl(evidence.file) : evidence.url!,
    ...(evidence.file !== undefined ? { file: evidence.file } : {}),
  };
}

function contributionToOpen(c: Contribution) {
  return {
    organization: c.organizationId,
    roadmap: c.roadmapId,
    anchor: c.anchor,
    via: c.via,
    status: c.state.status,
    updated: c.state.updated,
    // The state as the contributing organisation's progress counts it, so that its figures can be recounted from
    // the open data: the counts of its own roadmaps and of the parts of others it reports on.
    category: c.state.category,
    due: c.state.due,
    overdue: c.state.overdue,
    dueSoon: c.state.dueSoon,
  };
}

export function itemExecutionToOpen(
  unit: Unit | undefined,
  contributions: readonly Contribution[],
  context: ExecutionContext,
) {
  return {
    /** Whether the roadmap's owner reports on the roadmap (otherwise nothing is known, and nothing is overdue). */
    tracked: unit ? unit.state.category !== 'untracked' : false,
    status: unit?.state.status ?? null,
    updated: unit?.state.updated ?? null,
    category: unit?.state.category ?? 'untracked',
    due: unit?.state.due ?? false,
    overdue: unit?.state.overdue ?? false,
    dueSoon: unit?.state.dueSoon ?? false,
    history: (unit?.history ?? []).map((e) => ({
      date: e.date,
      status: e.status,
      comment: e.comment ?? null,
      reporter: e.reporter ?? null,
      evidence: (e.evidence ?? []).map((ev) => evidenceToOpen(ev, context.fileUrl)),
    })),
    contributions: contributions.map(contributionToOpen),
  };
}

export type OpenItemExecution = ReturnType<typeof itemExecutionToOpen>;

export function progressToOpen(progress: Progress | undefined) {
  if (!progress) return null;
  return { ...progress, percent: progress.ratio === null ? null : percent(progress.ratio) };
}

export function meanProgressToOpen(mean: MeanProgress) {
  return { ...mean, percent: mean.ratio === null ? null : percent(mean.ratio) };
}
