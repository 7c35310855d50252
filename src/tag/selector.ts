/**
 * CSS selector matching for the server tagger, which has no DOM: css-select on the tree parse5 builds.
 * It accepts the selectors a browser's `Element.matches` accepts, so `exclude` skips the same content
 * on the server as in the browser, and refuses what a browser would refuse or read differently.
 */
import { compile } from 'css-select';
import { parse, SelectorType, type Selector } from 'css-what';
import { isDocument, type AnyNode, type Element } from 'domhandler';

/**
 * Pseudo-classes css-select knows that a browser would reject (jQuery's), or would match by state
 * the server cannot see (`:hover`) or by rules css-select does not follow (`:read-only` in a browser
 * matches every element that cannot be edited).
 */
const REFUSED_PSEUDOS = new Set([
  'contains', 'icontains', 'matches', 'selected', 'checkbox', 'file', 'password', 'radio', 'reset', 'image',
  'submit', 'parent', 'header', 'button', 'input', 'text', 'hover', 'active', 'visited', 'read-only', 'read-write',
  // The browser tagger tests elements with both closest() and querySelectorAll(), for which :scope differs.
  'scope',
]);

/** Why a browser would not match `token` as css-select does, if it would not. */
function refusal(token: Selector): string | undefined {
  if (token.type === SelectorType.Pseudo && REFUSED_PSEUDOS.has(token.name)) return `:${token.name} is not supported`;
  if (token.type === SelectorType.Attribute && token.action === 'not') return '!= is not CSS';
  if (token.type === SelectorType.ColumnCombinator) return '|| is not supported';
  return undefined;
}

/** The first reason to refuse a parsed selector list, looking inside `:not()`, `:is()` and `:has()` too. */
function firstRefusal(list: Selector[][]): string | undefined {
  const lists = [list];
  for (let next = lists.pop(); next; next = lists.pop()) {
    for (const tokens of next) {
      // Only `:has()` takes a selector that starts with a combinator; a browser rejects one anywhere else.
      if (next === list && tokens[0] && tokens[0].type !== SelectorType.Pseudo && isCombinator(tokens[0])) return 'it starts with a combinator';
      for (const token of tokens) {
        const reason = refusal(token);
        if (reason) return reason;
        if (token.type === SelectorType.Pseudo && Array.isArray(token.data)) lists.push(token.data);
      }
    }
  }
  return undefined;
}

const isCombinator = (token: Selector): boolean =>
  token.type === SelectorType.Adjacent ||
  token.type === SelectorType.Child ||
  token.type === SelectorType.Descendant ||
  token.type === SelectorType.Parent ||
  token.type === SelectorType.Sibling;

/** How the page was parsed, which some selectors depend on. */
export interface SelectorContext {
  /** A whole document, rather than a fragment (where no element is `:root`). */
  document?: boolean;
  /** In quirks mode, where a browser matches classes and ids in any case. */
  quirks?: boolean;
}

/**
 * A test for the selector, like `Element.matches`. Throws a SyntaxError for a selector a browser
 * would reject, naming it.
 */
export function compileSelector(selector: string, { document = false, quirks = false }: SelectorContext = {}): (element: Element) => boolean {
  const fail = (reason: string): never => {
    throw new SyntaxError(`invalid or unsupported selector "${selector}": ${reason}`);
  };
  let list: Selector[][] = [];
  try {
    list = parse(selector);
  } catch (error) {
    fail((error as Error).message);
  }
  const reason = firstRefusal(list);
  if (reason) fail(reason);
  // css-select takes any element without a parent element for the root; a browser only <html>.
  const root = (element: Element) => document && element.parent !== null && isDocument(element.parent);
  try {
    return compile<AnyNode, Element>(list, { quirksMode: quirks, relativeSelector: false, pseudos: { root } });
  } catch (error) {
    return fail((error as Error).message);
  }
}
