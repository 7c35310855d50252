/**
 * The block a server-tagged page carries for the data-less build: the glossary entries the page's
 * terms use, as inert JSON. With each entry go the other senses of its term (a term chooses among
 * them, and names them, by itself in the browser) and what replaced it, so the page's terms say what
 * they would say with the whole glossary, at any date.
 */
import { EMBEDDED_GLOSSARY_ATTRIBUTE } from '../embedded.js';
import type { Glossary } from '../model/glossary.js';
import type { Entry } from '../model/types.js';

function entriesNeeded(glossary: Glossary, used: Iterable<Entry>): Entry[] {
  const needed = new Set<Entry>();
  const add = (entry: Entry | undefined) => {
    if (!entry || needed.has(entry)) return;
    needed.add(entry);
    for (const sense of glossary.senses(entry.term)) add(sense);
    if (entry.supersededBy) add(glossary.byId(entry.supersededBy));
  };
  for (const entry of used) add(entry);
  // Glossary order, so the same page gives the same block. What a tooltip never shows stays behind:
  // sources past the first, related entries and the review date.
  return glossary.entries
    .filter((entry) => needed.has(entry))
    .map(({ related: _, reviewed: __, sources, ...entry }) => ({ ...entry, sources: sources.slice(0, 1) }));
}

/**
 * `<script type="application/json" data-ics-glossary>` with the entries `used` needs, or '' when there
 * are none. The JSON is ASCII, with `<`, `>` and `&` escaped, so that nothing in a definition can end
 * the block, and a page in any encoding can carry it as it is.
 */
export function embeddedGlossaryBlock(glossary: Glossary, used: Iterable<Entry>): string {
  const entries = entriesNeeded(glossary, used);
  if (entries.length === 0) return '';
  const json = JSON.stringify({ entries }).replace(/[<>&\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<script type="application/json" ${EMBEDDED_GLOSSARY_ATTRIBUTE}>${json}</script>`;
}
