// The «Что изменилось» page of an edition as HTML (src/pages/roadmaps/[id]/changes/[date].astro shows it): a summary
// of the counts, then sections, period and title, the items added and removed with links to where they are, and
// each changed item with a word-level diff of every column that differs. Deleted and inserted words are <del> and
// <ins> with their meaning in words for screen readers, which do not announce the elements themselves.
import type { ChangedItem, EditionDiff, FieldChange, ItemPlace, SectionPlace, WordPart } from '../editions/diff.ts';
import { html, type Html } from '../html/html.ts';
import { formatDate, ui } from '../ui/strings.ts';

export interface ChangesLinks {
  /** The page of the edition before (removed items are there). */
  before: string;
  /** The page of this edition (added and changed items are there). */
  after: string;
}

const columnName = (field: string) =>
  field.startsWith('extra:')
    ? field.slice(6)
    : field === 'implements'
      ? ui.editions.fields.implements!
      : (ui.columns[field as keyof typeof ui.columns] ?? field);

function wordPartsHtml(parts: readonly WordPart[]): Html {
  return html`${parts.map((p) =>
    p.kind === 'same'
      ? html`${p.text}`
      : p.kind === 'added'
        ? html`<ins><span class="visually-hidden">${ui.editions.became}: </span>${p.text}</ins>`
        : html`<del><span class="visually-hidden">${ui.editions.was}: </span>${p.text}</del>`,
  )}`;
}

const itemLabel = (item: ItemPlace) => [item.number, item.title].filter(Boolean).join(' ');
const trail = (item: ItemPlace) =>
  item.trail.length
    ? item.trail.join(' › ')
    : item.section === 'controlPoints'
      ? ui.controlPoints
      : item.section === 'mechanisms'
        ? ui.mechanisms
        : '';
const sectionLabel = (s: SectionPlace) => [s.number, s.title].filter(Boolean).join(' ');

function itemList(items: readonly ItemPlace[], page: string): Html {
  const row = (item: ItemPlace) => {
    const note = trail(item) ? html` <span class="muted">(${trail(item)})</span>` : '';
    return html`<li><a href="${page}#${item.anchor}">${itemLabel(item)}</a>${note}</li>`;
  };
  return html`<ul>${items.map(row)}</ul>`;
}

function fieldRow(change: FieldChange): Html {
  return html`<tr><th scope="row">${columnName(change.field)}</th><td>${wordPartsHtml(change.parts)}</td></tr>`;
}

function changedItemHtml(change: ChangedItem, links: ChangesLinks, index: number): Html {
  const id = `changed-${index + 1}`;
  const where = (item: ItemPlace) =>
    [trail(item), item.number ? `п. ${item.number.replace(/\.$/, '')}` : ''].filter(Boolean).join(' › ');
  const fieldsTable = change.fields.length
    ? html`<table class="changes" aria-labelledby="${id}"><tbody>${change.fields.map(fieldRow)}</tbody></table>`
    : '';
  return html`<section class="changed-item" aria-labelledby="${id}">
<h3 id="${id}"><a href="${links.after}#${change.after.anchor}">${itemLabel(change.after)}</a></h3>
${change.moved ? html`<p>${ui.editions.moved(where(change.before), where(change.after))}</p>` : ''}
${fieldsTable}
</section>`;
}

export function changesHtml(diff: EditionDiff, links: ChangesLinks): string {
  const moved = diff.changed.filter((c) => c.moved).length;
  const edited = diff.changed.filter((c) => c.fields.length > 0).length;
  const s = ui.editions.summary;
  const summary = [
    [s.added, diff.added.length],
    [s.removed, diff.removed.length],
    [s.changed, edited],
    [s.moved, moved],
    [s.unchanged, diff.unchanged],
  ] as const;
  const period = (p: { start: string; end: string; note?: string }) =>
    `${formatDate(p.start)} — ${formatDate(p.end)}${p.note ? ` (${p.note})` : ''}`;
  const summaryItems = summary.map(([label, n]) => html`<li>${label}: ${ui.editions.itemsCount(n)}</li>`);
  const parts: Html[] = [html`<ul class="change-summary">${summaryItems}</ul>`];
  if (diff.title) parts.push(html`<h2>${ui.editions.title}</h2><p>${wordPartsHtml(diff.title.parts)}</p>`);
  if (diff.period) {
    const was = html`${ui.editions.was}: ${period(diff.period.before)}`;
    const became = html`${ui.editions.became}: ${period(diff.period.after)}`;
    parts.push(html`<h2>${ui.editions.period}</h2><p>${was}; ${became}</p>`);
  }
  if (diff.sectionsAdded.length) {
    const added = diff.sectionsAdded.map(
      (x) => html`<li><a href="${links.after}#${x.anchor}">${sectionLabel(x)}</a></li>`,
    );
    parts.push(html`<h2>${ui.editions.sectionsAdded}</h2><ul>${added}</ul>`);
  }
  if (diff.sectionsRemoved.length) {
    const removed = diff.sectionsRemoved.map(
      (x) => html`<li><a href="${links.before}#${x.anchor}">${sectionLabel(x)}</a></li>`,
    );
    parts.push(html`<h2>${ui.editions.sectionsRemoved}</h2><ul>${removed}</ul>`);
  }
  if (diff.sectionsRenamed.length) {
    const renamed = diff.sectionsRenamed.map((x) => html`<li>${wordPartsHtml(x.parts)}</li>`);
    parts.push(html`<h2>${ui.editions.sectionsRenamed}</h2><ul>${renamed}</ul>`);
  }
  if (diff.added.length) parts.push(html`<h2>${ui.editions.itemsAdded}</h2>${itemList(diff.added, links.after)}`);
  if (diff.removed.length)
    parts.push(html`<h2>${ui.editions.itemsRemoved}</h2>${itemList(diff.removed, links.before)}`);
  if (diff.changed.length)
    parts.push(html`<h2>${ui.editions.itemsChanged}</h2>${diff.changed.map((c, i) => changedItemHtml(c, links, i))}`);
  if (!diff.added.length && !diff.removed.length && !diff.changed.length) parts.push(html`<p>${ui.editions.none}</p>`);
  if (diff.otherFields.length)
    parts.push(
      html`<p>${ui.editions.otherFields}: ${diff.otherFields.map((f) => ui.editions.fields[f] ?? f).join(', ')}.</p>`,
    );
  if (diff.orderText) parts.push(html`<p>${ui.editions.orderText}</p>`);
  return html`${parts}`.value;
}
