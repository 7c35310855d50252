/**
 * What the tooltip says about a resolved term. Every glossary string goes through Lit's text bindings,
 * so a custom glossary can never inject markup.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Resolution, SenseAtDate } from '../../model/glossary.js';
import type { Source } from '../../model/types.js';
import { isSafeUrl } from '../../model/url.js';
import { citation } from '../../citation.js';
import { firstSentence, statusLine } from '../../present.js';
import { glossaryLink, type Strings } from '../../settings.js';

export interface ContentOptions {
  written: string;
  strings: Strings;
  glossaryHref?: string;
  termOf: (id: string) => string | undefined;
}

// Every href is checked here too: glossary-href comes from the page, and a Glossary built with `new`
// skips validation.
function moreLink(id: string, { glossaryHref, strings }: ContentOptions, label = strings.moreInGlossary) {
  const href = glossaryHref && glossaryLink(glossaryHref, id);
  return href && isSafeUrl(href) ? html`<a part="more-link" href=${href}>${label}</a>` : nothing;
}

function sourceLine(source: Source | undefined, strings: Strings) {
  if (!source) return nothing;
  const { text, url } = citation(source);
  const link = url && isSafeUrl(url) ? html`<a href=${url} rel="noopener">${text}</a>` : text;
  return html`<p part="source">${strings.source}: ${link}</p>`;
}

function renderSense(sense: SenseAtDate, others: SenseAtDate['entry'][], options: ContentOptions): TemplateResult {
  const { entry } = sense;
  return html`
    <p part="heading">
      <span part="term-name">${entry.term}</span>${entry.expansion
        ? html` <span part="expansion">(${entry.expansion})</span>`
        : nothing}
    </p>
    <p part="definition">${sense.definition}</p>
    <p part="status">${statusLine(entry, options.strings, options.termOf)}</p>
    ${sense.changeNote ? html`<p part="change-note">${sense.changeNote}</p>` : nothing}
    ${others.length > 0
      ? html`<p part="other-senses">
          ${options.strings.alsoMeans}: ${others.map((o) => o.expansion ?? o.term).join('; ')}
        </p>`
      : nothing}
    ${sourceLine(entry.sources[0], options.strings)}
    ${glossaryLinkLine(entry.id, options)}
  `;
}

function glossaryLinkLine(id: string, options: ContentOptions) {
  const link = moreLink(id, options);
  return link === nothing ? nothing : html`<p>${link}</p>`;
}

function renderSenses(senses: SenseAtDate[], options: ContentOptions): TemplateResult {
  return html`
    <p part="heading">${options.strings.canMean.replace('{term}', () => options.written)}</p>
    <ul part="senses">
      ${senses.map(
        (s) => html`<li>
          <strong>${s.entry.expansion ?? s.entry.term}</strong>: ${firstSentence(s.definition)}
          <span part="status">(${statusLine(s.entry, options.strings, options.termOf)})</span>
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
