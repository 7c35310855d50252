/**
 * What the tooltip says about a resolved term. Every glossary string goes through Lit's text bindings,
 * so a custom glossary can never inject markup; every word around them comes from `present.ts`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SenseFacts } from '../../model/as-of.js';
import type { Resolution } from '../../model/glossary.js';
import type { Entry, Source } from '../../model/types.js';
import { isSafeUrl } from '../../model/url.js';
import { citation } from '../../citation.js';
import { changeNote, firstSentence, senseName, statusLine, type Phrasing } from '../../present.js';
import { glossaryLink } from '../../settings.js';

export interface ContentOptions {
  written: string;
  phrasing: Phrasing;
  glossaryHref?: string;
}

// Every href is checked here too: glossary-href comes from the page.
function moreLink(id: string, { glossaryHref, phrasing }: ContentOptions) {
  const href = glossaryHref && glossaryLink(glossaryHref, id);
  return href && isSafeUrl(href) ? html`<a part="more-link" href=${href}>${phrasing.strings.moreInGlossary}</a>` : nothing;
}

function sourceLine(source: Source | undefined, { strings }: Phrasing) {
  if (!source) return nothing;
  const { text, url } = citation(source);
  const link = url && isSafeUrl(url) ? html`<a href=${url} rel="noopener">${text}</a>` : text;
  return html`<p part="source">${strings.source}: ${link}</p>`;
}

function renderSense(sense: SenseFacts, others: readonly Entry[], options: ContentOptions): TemplateResult {
  const { entry } = sense;
  const { phrasing } = options;
  const note = changeNote(sense, phrasing);
  return html`
    <p part="heading">
      <span part="term-name">${entry.term}</span>${entry.expansion
        ? html` <span part="expansion">(${entry.expansion})</span>`
        : nothing}
    </p>
    ${sense.definition ? html`<p part="definition">${sense.definition}</p>` : nothing}
    <p part="status">${statusLine(sense, phrasing)}</p>
    ${note ? html`<p part="change-note">${note}</p>` : nothing}
    ${others.length > 0
      ? html`<p part="other-senses">${phrasing.strings.alsoMeans}: ${others.map(senseName).join('; ')}</p>`
      : nothing}
    ${sourceLine(entry.sources[0], phrasing)}
    ${glossaryLinkLine(entry.id, options)}
  `;
}

function glossaryLinkLine(id: string, options: ContentOptions) {
  const link = moreLink(id, options);
  return link === nothing ? nothing : html`<p>${link}</p>`;
}

function renderSenses(senses: readonly SenseFacts[], options: ContentOptions): TemplateResult {
  const { phrasing } = options;
  return html`
    <p part="heading">${phrasing.strings.canMean.replace('{term}', () => options.written)}</p>
    <ul part="senses">
      ${senses.map(
        (s) => html`<li>
          <strong>${senseName(s.entry)}</strong>: ${firstSentence(s.definition ?? '')}
          <span part="status">(${statusLine(s, phrasing)})</span>
          ${moreLink(s.entry.id, options)}
        </li>`,
      )}
    </ul>
  `;
}

export function renderTooltipContent(resolution: Resolution, options: ContentOptions): TemplateResult | typeof nothing {
  if (resolution.kind === 'found') return renderSense(resolution.sense, resolution.otherSenses, options);
  if (resolution.kind === 'ambiguous') return renderSenses(resolution.senses, options);
  return nothing;
}
