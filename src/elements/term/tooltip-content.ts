/**
 * What the tooltip says about a resolved term, as DOM nodes. Glossary strings only ever become text
 * nodes (see `make`), so a custom glossary can never inject markup; every word around them comes from
 * `present.ts`. Built by hand, as all our elements' DOM is, so that no template library loads.
 */
import type { SenseFacts } from '../../model/as-of.js';
import type { Resolution } from '../../model/glossary.js';
import type { Entry, Source } from '../../model/types.js';
import { isSafeUrl } from '../../model/url.js';
import { citation } from '../../citation.js';
import { changeNote, firstSentence, senseName, statusLine, type Phrasing } from '../../present.js';
import { glossaryLink } from '../../settings.js';
import { make } from '../make.js';

export interface ContentOptions {
  written: string;
  phrasing: Phrasing;
  glossaryHref?: string;
}

// Every href is checked here too: glossary-href comes from the page.
function moreLink(id: string, { glossaryHref, phrasing }: ContentOptions): HTMLElement[] {
  const href = glossaryHref && glossaryLink(glossaryHref, id);
  return href && isSafeUrl(href) ? [make('a', { part: 'more-link', href }, phrasing.strings.moreInGlossary)] : [];
}

function sourceLine(source: Source | undefined, { strings }: Phrasing): HTMLElement[] {
  if (!source) return [];
  const { text, url } = citation(source);
  const link = url && isSafeUrl(url) ? make('a', { href: url, rel: 'noopener' }, text) : text;
  return [make('p', { part: 'source' }, `${strings.source}: `, link)];
}

/** A paragraph with this part, or nothing when it has nothing to say. */
const line = (part: string, text: string | undefined): HTMLElement[] => (text ? [make('p', { part }, text)] : []);

function senseContent(sense: SenseFacts, others: readonly Entry[], options: ContentOptions): HTMLElement[] {
  const { entry } = sense;
  const { phrasing } = options;
  const expansion = entry.expansion ? [' ', make('span', { part: 'expansion' }, `(${entry.expansion})`)] : [];
  return [
    make('p', { part: 'heading' }, make('span', { part: 'term-name' }, entry.term), ...expansion),
    ...line('definition', sense.definition),
    ...line('status', statusLine(sense, phrasing)),
    ...line('change-note', changeNote(sense, phrasing)),
    ...line('other-senses', others.length > 0 ? `${phrasing.strings.alsoMeans}: ${others.map(senseName).join('; ')}` : ''),
    ...sourceLine(entry.sources[0], phrasing),
    ...moreLink(entry.id, options).map((link) => make('p', {}, link)),
  ];
}

function sensesContent(senses: readonly SenseFacts[], options: ContentOptions): HTMLElement[] {
  const { phrasing } = options;
  const items = senses.map((s) =>
    make(
      'li',
      {},
      make('strong', {}, senseName(s.entry)),
      `: ${firstSentence(s.definition ?? '')} `,
      make('span', { part: 'status' }, `(${statusLine(s, phrasing)})`),
      ...moreLink(s.entry.id, options).flatMap((link) => [' ', link]),
    ),
  );
  return [
    make('p', { part: 'heading' }, phrasing.strings.canMean.replace('{term}', () => options.written)),
    make('ul', { part: 'senses' }, ...items),
  ];
}

/** The tooltip's paragraphs for a resolution; none for an unknown term. */
export function tooltipContent(resolution: Resolution, options: ContentOptions): HTMLElement[] {
  if (resolution.kind === 'found') return senseContent(resolution.sense, resolution.otherSenses, options);
  if (resolution.kind === 'ambiguous') return sensesContent(resolution.senses, options);
  return [];
}
