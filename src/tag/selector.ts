/**
 * CSS selector matching for the server tagger, which has no DOM: css-select on the tree parse5 builds.
 * It accepts the selectors a browser's `Element.matches` accepts, so `exclude` skips the same content
 * on the server as in the browser, and refuses what a browser would refuse or read differently.
 */
import { compile } from 'css-select';
import { parse, SelectorType, type Selector } from 'css-what';
import { Element, isDocument, type AnyNode } from 'domhandler';

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

type Test = (element: Element) => boolean;

/** The parent of an element, when that is an element. */
const parentOf = (element: Element): Element | null => (element.parent instanceof Element ? element.parent : null);

function ancestor(element: Element | null, levels: number): Element | null {
  for (let i = 0; i < levels && element; i++) element = parentOf(element);
  return element;
}

/**
 * One part of a complex selector between descendant combinators (`ul > li` in `nav ul > li`): its
 * test, and how many levels up its leftmost element stands from the element it matches.
 */
interface Part {
  test: Test;
  up: number;
}

/**
 * Matching with descendant combinators in a time that grows with the size of the tree, not with a
 * power of its depth. css-select tries every ancestor that fits the next part of a selector, and for
 * each of those every ancestor of that, and so on: `nav ul li` on lists nested 1,500 deep takes
 * seconds. Here each element keeps, as bits, which leading parts of each selector it or one of its
 * ancestors matches, worked out once from its parent's bits. css-select still decides whether an
 * element fits each part.
 */
class DescendantMatcher {
  readonly #bits = new WeakMap<Element, number>();
  /** The leading parts of each selector, each with the bit it sets and the bit it needs above it. */
  readonly #leads: Array<Part & { bit: number; needs: number }> = [];
  readonly #lasts: Array<Part & { needs: number }> = [];

  /** Adds a selector given as its parts; false when it needs more bits than a number holds. */
  add(parts: Part[]): boolean {
    const first = 1 << this.#leads.length;
    if (this.#leads.length + parts.length - 1 > 30) return false;
    parts.slice(0, -1).forEach((part, i) => this.#leads.push({ ...part, bit: first << i, needs: i === 0 ? 0 : first << (i - 1) }));
    this.#lasts.push({ ...parts[parts.length - 1]!, needs: first << (parts.length - 2) });
    return true;
  }

  matches(element: Element): boolean {
    return this.#lasts.some(({ test, up, needs }) => test(element) && (this.#bitsOf(ancestor(element, up + 1)) & needs) !== 0);
  }

  /** The bits of an element, worked out down from the nearest ancestor that has them: without recursion. */
  #bitsOf(element: Element | null): number {
    const chain: Element[] = [];
    for (let up = element; up && !this.#bits.has(up); up = parentOf(up)) chain.push(up);
    for (let i = chain.length - 1; i >= 0; i--) {
      const current = chain[i]!;
      const parent = parentOf(current);
      let bits = parent ? this.#bits.get(parent)! : 0;
      for (const { test, up, bit, needs } of this.#leads) {
        if (!(bits & bit) && test(current) && (needs === 0 || (this.#bitsOf(ancestor(current, up + 1)) & needs) !== 0)) bits |= bit;
      }
      this.#bits.set(current, bits);
    }
    return element ? this.#bits.get(element)! : 0;
  }
}

/**
 * A test for the selector, like `Element.matches`. Throws a SyntaxError for a selector a browser
 * would reject, naming it.
 */
export function compileSelector(selector: string, { document = false, quirks = false }: SelectorContext = {}): Test {
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
  const compiled = (tokens: Selector[][]): Test => {
    try {
      return compile<AnyNode, Element>(tokens, { quirksMode: quirks, relativeSelector: false, pseudos: { root } });
    } catch (error) {
      return fail((error as Error).message);
    }
  };

  const descendants = new DescendantMatcher();
  const direct: Selector[][] = [];
  for (const tokens of list) {
    const parts: Selector[][] = [[]];
    for (const token of tokens) {
      if (token.type === SelectorType.Descendant) parts.push([]);
      else parts[parts.length - 1]!.push(token);
    }
    const up = (part: Selector[]) => part.filter((token) => token.type === SelectorType.Child).length;
    if (parts.length === 1 || !descendants.add(parts.map((part) => ({ test: compiled([part]), up: up(part) })))) direct.push(tokens);
  }
  const test = direct.length > 0 ? compiled(direct) : () => false;
  return (element) => test(element) || descendants.matches(element);
}
