/**
 * Paragraphs with a given number of glossary terms in them, as <ics-term> or as the plain
 * `<abbr title>` a page would use without the library. The terms cycle through every entry, so
 * acronyms, phrases and terms with several senses all appear.
 */
import { readFileSync } from 'node:fs';
import { GLOSSARY_JSON } from './paths.js';

const FILLER = [
  'The board met on Tuesday, and',
  'According to the latest papers,',
  'Local councils and trusts said that',
  'In the meantime',
  'As the report explains,',
];
const TERMS_PER_PARAGRAPH = 10;

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** `kind`: 'ics-term' or 'abbr'. */
export function termParagraphs(count, kind) {
  const { entries } = JSON.parse(readFileSync(GLOSSARY_JSON, 'utf8'));
  const paragraphs = [];
  let words = [];
  for (let i = 0; i < count; i++) {
    const entry = entries[i % entries.length];
    const term =
      kind === 'abbr'
        ? `<abbr title="${escapeHtml(entry.expansion ?? entry.definition)}">${escapeHtml(entry.term)}</abbr>`
        : `<ics-term>${escapeHtml(entry.term)}</ics-term>`;
    words.push(`${FILLER[i % FILLER.length]} ${term}`);
    if (words.length === TERMS_PER_PARAGRAPH || i === count - 1) {
      paragraphs.push(`<p>${words.join(' ')}.</p>`);
      words = [];
    }
  }
  return paragraphs.join('\n');
}
