/**
 * The server tagger: `autotag` for an HTML string, with parse5 in place of the browser. It parses as a
 * browser does (so malformed markup is repaired the same way), only ever splits text nodes and wraps
 * the pieces, and serialises with parse5, which escapes the text again.
 */
import { defaultTreeAdapter as tree, html, parse, parseFragment, serialize } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { compileSelector, type SelectorTree } from './selector.js';
import { TagSession, type TagOptions } from './session.js';

/** Input that starts like a whole document is tagged and returned as one; anything else as a fragment. */
const DOCUMENT_START = /^\ufeff?\s*(?:<!--(?:[^-]|-(?!->))*-->\s*)*<(?:!doctype|html|head|body)[\s/>]/i;

const parse5Tree: SelectorTree<T.Element> = {
  name: (element) => element.tagName,
  attribute: (element, name) => element.attrs.find((a) => a.name === name && !a.prefix)?.value ?? null,
  parent: (element) => {
    const parent = element.parentNode;
    return parent && tree.isElementNode(parent) ? parent : null;
  },
};

function textOf(node: T.ParentNode): string {
  return node.childNodes
    .map((child) => (tree.isTextNode(child) ? child.value : tree.isElementNode(child) ? textOf(child) : ''))
    .join('');
}

/** The text nodes that may be tagged, in document order; notes the terms already there on the way. */
function taggableText(root: T.ParentNode, session: TagSession, skipped: (e: T.Element) => boolean): T.TextNode[] {
  const texts: T.TextNode[] = [];
  // A stack rather than recursion: a page of unclosed tags nests thousands deep.
  const stack: T.ChildNode[] = [];
  const pushChildren = (node: T.ParentNode) => {
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  };
  pushChildren(root);
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (tree.isTextNode(node)) {
      texts.push(node);
    } else if (tree.isElementNode(node)) {
      if (node.tagName === 'ics-term') session.noteExisting(parse5Tree.attribute(node, 'term'), textOf(node));
      if (!skipped(node)) pushChildren(node);
    }
  }
  return texts;
}

function wrapTerms(text: T.TextNode, session: TagSession): void {
  const matches = session.termsIn(text.value);
  const parent = text.parentNode;
  if (matches.length === 0 || !parent) return;
  let done = 0;
  for (const match of matches) {
    if (match.start > done) tree.insertBefore(parent, tree.createTextNode(text.value.slice(done, match.start)), text);
    const attrs = session.attributes(match).map(([name, value]) => ({ name, value }));
    const term = tree.createElement('ics-term', html.NS.HTML, attrs);
    tree.appendChild(term, tree.createTextNode(match.text));
    tree.insertBefore(parent, term, text);
    done = match.end;
  }
  if (done < text.value.length) text.value = text.value.slice(done);
  else tree.detachNode(text);
}

/**
 * Wraps the glossary terms found in an HTML document or fragment in `<ics-term>`, as `autotag` does
 * in the browser, and returns the HTML. Throws a SyntaxError for an `exclude` selector it cannot match.
 */
export function tagHtml(source: string, options: TagOptions = {}): string {
  const session = new TagSession(options);
  const skipped = compileSelector(session.skip, parse5Tree);
  const root = DOCUMENT_START.test(source) ? parse(source) : parseFragment(source);
  for (const text of taggableText(root, session, skipped)) wrapTerms(text, session);
  return serialize(root);
}
