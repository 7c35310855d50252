/**
 * The server tagger: `autotag` for an HTML string, with parse5 in place of the browser. The parser only
 * tells where the text is; the tags are added to the source as it stands, which is otherwise returned
 * byte for byte. Writing the parsed tree out again would reformat the page, lose what the parser
 * drops, and turn markup a browser reads as inert into script (mutation XSS).
 */
import { isTag, isText, type AnyNode, type Element, type Text } from 'domhandler';
import { escapeAttribute } from 'entities/escape';
import { bundledGlossary } from '../bundled.js';
import type { Match } from '../match/matcher.js';
import type { Entry } from '../model/types.js';
import { embeddedGlossaryBlock } from './embed.js';
import { checkTagOptions, type HtmlTagOptions } from './options.js';
import { compileSelector } from './selector.js';
import { TagSession } from './session.js';
import { parseSourceText, type SourceText } from './source-text.js';

/** Input that starts like a whole document is parsed as one; anything else as a fragment. */
const DOCUMENT_START = /^\ufeff?\s*(?:<!--(?:[^-]|-(?!->))*-->\s*)*<(?:!doctype|html|head|body)[\s/>]/i;

/** Whether the tagger reads `source` as a whole document rather than as a fragment. */
export const isWholeDocument = (source: string): boolean => DOCUMENT_START.test(source);

/**
 * Markup to add to the source around `source.slice(start, end)`: `<ics-term …>` (`open`) before a
 * term's text and `</ics-term>` (`close`) after it; or, where start and end meet, the embedded
 * glossary block, with nothing to close.
 */
export interface NewTerm {
  start: number;
  end: number;
  open: string;
  close: string;
}

const CLOSING_TAG = '</ics-term>';

/** The text of a node and all it holds, as `textContent` gives it; a deep tree is walked without recursion. */
function textContent(node: Element, source: SourceText): string {
  let text = '';
  const stack: AnyNode[] = [node];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (isText(next)) text += source.text(next);
    // A template's content is a document of its own, which textContent leaves out.
    else if (isTag(next)) for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
  }
  return text;
}

/** The text nodes that may be tagged, in document order; notes the terms already there on the way. */
function taggableText(source: SourceText, skipped: (element: Element) => boolean): Array<Text | Element> {
  const found: Array<Text | Element> = [];
  // A stack rather than recursion: a page of unclosed tags nests thousands deep.
  const stack: AnyNode[] = [];
  for (let i = source.root.children.length - 1; i >= 0; i--) stack.push(source.root.children[i]!);
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (isText(node)) found.push(node);
    else if (isTag(node)) {
      // In its place among the text: a term already there may settle what a later word means.
      if (node.name === 'ics-term') found.push(node);
      if (!skipped(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return found;
}

/** The opening tag of each new term, one per set of entries: a page writes the same few terms again and again. */
function openingTags(session: TagSession): (match: Match) => string {
  const tags = new Map<readonly Entry[], string>();
  return (match) => {
    let tag = tags.get(match.entries);
    if (tag === undefined) {
      const attributes = session.attributes(match);
      tag = `<ics-term${attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('')}>`;
      tags.set(match.entries, tag);
    }
    return tag;
  };
}

function termsIn(found: Array<Text | Element>, source: SourceText, session: TagSession): NewTerm[] {
  const terms: NewTerm[] = [];
  const openingTag = openingTags(session);
  for (const text of found) {
    if (!isText(text)) {
      session.noteExisting(text.attribs.term ?? null, textContent(text, source));
      continue;
    }
    // Where each match sits in the source, by where it starts in the text.
    const places = new Map<number, [number, number]>();
    // Only matches whose place in the source is certain become terms; the rest are left as they are.
    const wrappable = (matches: Match[]) => {
      source.locate(text, matches).forEach((place, i) => place && places.set(matches[i]!.start, place));
      return matches.filter((match) => places.has(match.start));
    };
    for (const match of session.termsIn(source.text(text), wrappable)) {
      const [start, end] = places.get(match.start)!;
      terms.push({ start, end, open: openingTag(match), close: CLOSING_TAG });
    }
  }
  // Text nodes come in tree order, which parse errors can make differ from source order.
  return terms.every((term, i) => i === 0 || terms[i - 1]!.end <= term.start) ? terms : terms.sort((a, b) => a.start - b.start);
}

/**
 * Where the last text that can take markup ends in the source, white space aside (it may sit after the
 * body's end tag): a place where the parser reads a tag as a tag, as it does at every new term. Only an
 * embedded glossary asks, so tagging alone does not walk every text to its end.
 */
function lastTextEnd(found: Array<Text | Element>, source: SourceText): number | undefined {
  let last: number | undefined;
  for (const text of found) {
    if (!isText(text)) continue;
    const content = source.text(text);
    if (!/\S/.test(content)) continue;
    const [end] = source.locate(text, [{ start: content.length, end: content.length }]);
    if (end) last = Math.max(last ?? 0, end[1]);
  }
  return last;
}

/**
 * The terms to add to `source`, in order. Checks its arguments as `tagHtml` does. For callers that
 * write the result themselves, such as the command line in the page's own encoding.
 */
export function newTerms(source: string, options: HtmlTagOptions = {}): NewTerm[] {
  checkTagOptions(source, options);
  const { embedGlossary, ...tagOptions } = options;
  const glossary = options.glossary ?? bundledGlossary;
  const session = new TagSession({ ...tagOptions, glossary });
  const document = isWholeDocument(source);
  const parsed = parseSourceText(source, document);
  const skipped = compileSelector(session.skip, { document, quirks: parsed.root['x-mode'] === 'quirks' });
  const found = taggableText(parsed, skipped);
  const terms = termsIn(found, parsed, session);
  const lastText = embedGlossary ? lastTextEnd(found, parsed) : undefined;
  // The block holds the entries the terms use, so it is made once they are known.
  const block = lastText === undefined ? '' : embeddedGlossaryBlock(glossary, session.used);
  // Last, as no term starts after the end of the last text.
  return block ? [...terms, { start: lastText!, end: lastText!, open: block, close: '' }] : terms;
}

/** `source` with `terms` (in order) added. */
export function withTerms(source: string, terms: readonly NewTerm[]): string {
  const parts: string[] = [];
  let done = 0;
  for (const { start, end, open, close } of terms) {
    parts.push(source.slice(done, start), open, source.slice(start, end), close);
    done = end;
  }
  parts.push(source.slice(done));
  return parts.join('');
}

/**
 * Wraps the glossary terms found in an HTML document or fragment in `<ics-term>`, as `autotag` does in
 * the browser, and returns the HTML with nothing else changed. Throws a TypeError or RangeError that
 * names the argument at fault, and a SyntaxError for an `exclude` selector a browser would not accept.
 */
export function tagHtml(source: string, options: HtmlTagOptions = {}): string {
  return withTerms(source, newTerms(source, options));
}
