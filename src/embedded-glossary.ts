/**
 * The data-less build's stand-in for `default-glossary.ts`, with the same exports: its glossary is
 * the entries a server tagger wrote into the page (`tagHtml(html, { embedGlossary: true })`, or the
 * CLI's `--embed-glossary`), in inert `<script type="application/json" data-ics-glossary>` blocks.
 * They are complete, so nothing loads later. They were checked on the server, where they came from a
 * checked glossary; here an entry is only made sure to have an id and a term, so that a block edited
 * by hand can break no more than its own entries.
 */
import { EMBEDDED_GLOSSARY_SELECTOR } from './embedded.js';
import { Glossary } from './model/glossary.js';
import type { Entry } from './model/types.js';

let embedded: Glossary | undefined;

const isEntry = (value: unknown): value is Entry =>
  typeof value === 'object' && value !== null && typeof (value as Entry).id === 'string' && typeof (value as Entry).term === 'string';

function read(): Glossary {
  const entries: Entry[] = [];
  for (const block of document.querySelectorAll(EMBEDDED_GLOSSARY_SELECTOR)) {
    try {
      const found: unknown[] = JSON.parse(block.textContent ?? '').entries;
      found.forEach((entry, i) => {
        if (isEntry(entry)) entries.push({ ...entry, sources: Array.isArray(entry.sources) ? entry.sources : [] });
        else console.error(`ics-glossary: embedded glossary: entry ${i} has no "id" or "term"; it is skipped.`);
      });
    } catch (error) {
      console.error('ics-glossary: an embedded glossary block is not glossary JSON:', error);
    }
  }
  return new Glossary(entries, []);
}

/** The entries embedded in the page, read on first use (module scripts run once the page is parsed). */
export const defaultGlossary = (): Glossary => (embedded ??= read());

/** The embedded glossary: it is complete from the start. */
export const loadBundledGlossary = (): Promise<Glossary> => Promise.resolve(defaultGlossary());

/** The embedded glossary never changes, so there is nothing to listen for. */
export const onDefaultGlossaryChange = (_listener: () => void, _signal?: AbortSignal): void => {};
