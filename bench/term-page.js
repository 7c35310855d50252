/**
 * Paragraphs with a given number of glossary terms in them, as <ics-term>, as the plain
 * `<abbr title>` a page would use without the library, or as plain text for a tagger to find. The terms cycle through every entry, so
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

const MARKUP = {
  'ics-term': (entry) => `<ics-term>${escapeHtml(entry.term)}</ics-term>`,
  abbr: (entry) => `<abbr title="${escapeHtml(entry.expansion ?? entry.definition)}">${escapeHtml(entry.term)}</abbr>`,
  text: (entry) => escapeHtml(entry.term),
};

/**
 * `kind`: 'ics-term', 'abbr' or 'text'. `taggable`: only the entries a tagger looks for, each written
 * term once, so that a tagger finds `count` terms.
 */
export function termParagraphs(count, kind, { taggable = false } = {}) {
  const all = JSON.parse(readFileSync(GLOSSARY_JSON, 'utf8')).entries;
  const entries = taggable
    ? all.filter((entry, i) => entry.autotag !== false && all.findIndex((e) => e.term === entry.term) === i)
    : all;
  const paragraphs = [];
  let words = [];
  for (let i = 0; i < count; i++) {
    const entry = entries[i % entries.length];
    const term = MARKUP[kind](entry);
    words.push(`${FILLER[i % FILLER.length]} ${term}`);
    if (words.length === TERMS_PER_PARAGRAPH || i === count - 1) {
      paragraphs.push(`<p>${words.join(' ')}.</p>`);
      words = [];
    }
  }
  return paragraphs.join('\n');
}
