/**
 * How one entry, or one term with several senses, reads on the glossary page. Searchable text goes
 * through `highlight()`; the rest is rendered once per catalogue (`guard`), so that a keystroke only
 * touches what a query can change. Every glossary string is a text binding, never markup.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { isSafeUrl } from '../../model/url.js';
import { citation } from '../../citation.js';
import { changeNote, formatDate, statusLine, type Phrasing } from '../../present.js';
import { fold } from '../../search/index.js';
import type { CatalogueEntry, CatalogueGroup } from './catalogue.js';
import { highlight } from './highlight.js';

/**
 * Rendered even when empty: Chrome leaves a space out of a heading's accessible name when a template
 * marker sits next to it, which a conditional part would put there ("ICBintegrated care board").
 */
const NO_TEXT = fold('');

export interface EntryContext {
  /** The `aria-level` of a term's heading; the senses of a shared term sit one below. */
  level: number;
  phrasing: Phrasing;
  /** Whether the page names a date, so that changes since then are worth a note. */
  dated: boolean;
  visible: ReadonlySet<CatalogueEntry>;
  /** Folded query words. */
  words: readonly string[];
  /** The id of the entry a link led to. */
  highlighted?: string;
}

export function renderGroup(group: CatalogueGroup, context: EntryContext): TemplateResult {
  const [first] = group.entries;
  if (group.entries.length === 1) return renderEntry(first!, context.level, context);
  const shown = group.entries.some((item) => context.visible.has(item));
  return html`<div part="group" class=${shown ? 'group' : 'group filtered'}>
    <div role="heading" aria-level=${context.level} part="group-heading">
      <span part="term-name" ${highlight(first!.term, shown ? context.words : null)}></span>
    </div>
    ${group.entries.map((item) => renderEntry(item, context.level + 1, context))}
  </div>`;
}

function renderEntry(item: CatalogueEntry, level: number, context: EntryContext): TemplateResult {
  const { id } = item.entry;
  const shown = context.visible.has(item);
  const words = shown ? context.words : null;
  const target = context.highlighted === id;
  return html`<article
    id=${id}
    part=${target ? 'entry highlighted' : 'entry'}
    class=${`entry${shown ? '' : ' filtered'}${target ? ' highlighted' : ''}`}
    aria-labelledby=${`${id}--heading`}
  >
    <div role="heading" aria-level=${level} id=${`${id}--heading`} part="entry-heading" tabindex="-1">
      <span part="term-name" ${highlight(item.term, words)}></span>
      <span part="expansion" ${highlight(item.subtitle ?? NO_TEXT, words)}></span>
    </div>
    ${item.aliases.length > 0
      ? html`<p part="aliases">
          ${context.phrasing.strings.alsoWritten}:
          ${item.aliases.map((alias, i) => html`${i > 0 ? '; ' : ''}<span ${highlight(alias, words)}></span>`)}
        </p>`
      : nothing}
    <p part="definition" ${highlight(item.definition, words)}></p>
    ${guard([item, context.phrasing, context.dated], () => renderDetails(item, context))}
  </article>`;
}

function renderDetails(item: CatalogueEntry, { phrasing, dated }: EntryContext): TemplateResult {
  const { entry, sense } = item;
  const { id } = entry;
  const { strings } = phrasing;
  const note = dated ? changeNote(sense, phrasing) : undefined;
  // As of a date, the history stops there; what came after is the change note's.
  const history = dated ? entry.timeline?.filter((event) => !sense.later.events.includes(event)) : entry.timeline;
  return html`
    <p part="status">${statusLine(sense, phrasing)}</p>
    ${note ? html`<p part="change-note">${note}</p>` : nothing}
    ${history?.length
      ? html`<div part="history">
          <p class="label" id=${`${id}--history`}>${strings.history}</p>
          <ol part="timeline" aria-labelledby=${`${id}--history`}>
            ${history.map(
              (event) => html`<li><time datetime=${event.date}>${formatDate(event.date, phrasing)}</time>: ${event.text}</li>`,
            )}
          </ol>
        </div>`
      : nothing}
    ${item.related.length > 0
      ? html`<div part="related">
          <p class="label" id=${`${id}--related`}>${strings.related}</p>
          <ul aria-labelledby=${`${id}--related`}>
            ${item.related.map(
              (r) => html`<li><a part="related-link" href=${`#${r.id}`} data-from=${id}>${r.label}</a></li>`,
            )}
          </ul>
        </div>`
      : nothing}
    <div part="sources">
      <p class="label" id=${`${id}--sources`}>${strings.sources}</p>
      <ul aria-labelledby=${`${id}--sources`}>
        ${entry.sources.map((source) => {
          const { text, url } = citation(source);
          // Glossaries set as a property skip validation, so the check is repeated where it matters.
          const link = url && isSafeUrl(url) ? url : undefined;
          return html`<li part="source">${link ? html`<a href=${link} rel="noopener">${text}</a>` : text}</li>`;
        })}
      </ul>
    </div>
  `;
}
