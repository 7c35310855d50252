/**
 * CSS selector matching for the server tagger, which has no DOM: type, universal, id, class and
 * attribute selectors, joined by descendant and child combinators, in comma-separated lists. That
 * covers exclusion lists; anything else is refused with an error rather than guessed at, because a
 * guess would tag text that the browser tagger leaves alone.
 */

/** How the matcher reads a tree: element names and attributes in lower case, as HTML parsers give them. */
export interface SelectorTree<E> {
  name(element: E): string;
  attribute(element: E, name: string): string | null;
  /** The parent element, or null at the top of the tree. */
  parent(element: E): E | null;
}

type Test = (value: string | null) => boolean;
interface Compound {
  /** Lower-case element name, or undefined for any element. */
  name?: string;
  attributes: Array<{ name: string; test: Test }>;
}
/** Compounds from right to left; `child[i]` says whether compound i+1 must be the parent of compound i. */
interface Complex {
  compounds: Compound[];
  child: boolean[];
}

const IDENT = /(?:[\w\u00a0-\uffff-]|\\.)+/y;
const STRING = /"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/y;
const OPERATOR = /([~|^$*]?=)/y;

const unescape = (s: string): string => s.replace(/\\(.)/g, '$1');

const OPERATORS: Record<string, (expected: string) => (actual: string) => boolean> = {
  '=': (e) => (a) => a === e,
  '~=': (e) => (a) => e !== '' && a.split(/\s+/).includes(e),
  '|=': (e) => (a) => a === e || a.startsWith(`${e}-`),
  '^=': (e) => (a) => e !== '' && a.startsWith(e),
  '$=': (e) => (a) => e !== '' && a.endsWith(e),
  '*=': (e) => (a) => e !== '' && a.includes(e),
};

class Parser {
  private at = 0;
  constructor(private readonly source: string) {}

  list(): Complex[] {
    this.space();
    const list = [this.complex()];
    while (this.eat(/\s*,\s*/y) !== undefined) list.push(this.complex());
    this.space();
    if (this.at < this.source.length) this.fail();
    return list;
  }

  private complex(): Complex {
    const compounds = [this.compound()];
    const child: boolean[] = [];
    for (;;) {
      const before = this.at;
      const spaced = this.space();
      const isChild = this.eat(/>\s*/y) !== undefined;
      if (!isChild && (!spaced || this.at === this.source.length || this.source[this.at] === ',')) {
        this.at = before;
        return { compounds, child };
      }
      compounds.unshift(this.compound());
      child.unshift(isChild);
    }
  }

  private compound(): Compound {
    const start = this.at;
    const name = this.eat(/\*/y) === undefined ? this.eat(IDENT) : undefined;
    const attributes: Compound['attributes'] = [];
    for (;;) {
      if (this.eat(/#/y) !== undefined) attributes.push(attributeTest('id', '=', this.ident()));
      else if (this.eat(/\./y) !== undefined) attributes.push(attributeTest('class', '~=', this.ident()));
      else if (this.eat(/\[\s*/y) !== undefined) attributes.push(this.bracket());
      else break;
    }
    if (this.at === start) this.fail();
    return { name: name === undefined ? undefined : unescape(name).toLowerCase(), attributes };
  }

  private bracket(): Compound['attributes'][number] {
    const name = this.ident().toLowerCase();
    this.space();
    const operator = this.eat(OPERATOR);
    if (operator === undefined) {
      this.expect(/\]/y);
      return { name, test: (value) => value !== null };
    }
    this.space();
    const expected = this.eat(STRING, true) ?? this.ident();
    const ignoreCase = this.eat(/\s+[iI](?=\s*\])/y) !== undefined;
    this.expect(/\s*\]/y);
    return attributeTest(name, operator, expected, ignoreCase);
  }

  private ident(): string {
    const ident = this.eat(IDENT);
    if (ident === undefined) this.fail();
    return unescape(ident);
  }

  private space(): boolean {
    return (this.eat(/\s+/y) ?? '') !== '';
  }

  private expect(pattern: RegExp): void {
    if (this.eat(pattern) === undefined) this.fail();
  }

  /** Consumes `pattern` at the cursor; returns what it matched, or the quoted text for strings. */
  private eat(pattern: RegExp, quoted = false): string | undefined {
    pattern.lastIndex = this.at;
    const m = pattern.exec(this.source);
    if (!m) return undefined;
    this.at = pattern.lastIndex;
    return quoted ? unescape(m[1] ?? m[2] ?? '') : m[0];
  }

  private fail(): never {
    // Name the one selector of the list at fault, not the whole list it was joined into.
    const from = this.source.lastIndexOf(',', this.at - 1) + 1;
    const to = this.source.indexOf(',', this.at);
    const selector = this.source.slice(from, to < 0 ? undefined : to).trim();
    throw new SyntaxError(
      `unsupported or invalid selector "${selector}": the server tagger understands element names, *, ` +
        '#id, .class and [attribute] selectors joined by spaces or ">".',
    );
  }
}

function attributeTest(name: string, operator: string, expected: string, ignoreCase = false): Compound['attributes'][number] {
  const fold = ignoreCase ? (s: string) => s.toLowerCase() : (s: string) => s;
  const compare = OPERATORS[operator]!(fold(expected));
  return { name, test: (value) => value !== null && compare(fold(value)) };
}

function matchesCompound<E>(element: E, compound: Compound, tree: SelectorTree<E>): boolean {
  return (
    (compound.name === undefined || tree.name(element).toLowerCase() === compound.name) &&
    compound.attributes.every(({ name, test }) => test(tree.attribute(element, name)))
  );
}

function matchesFrom<E>(element: E, complex: Complex, index: number, tree: SelectorTree<E>): boolean {
  if (!matchesCompound(element, complex.compounds[index]!, tree)) return false;
  if (index === complex.compounds.length - 1) return true;
  if (complex.child[index]) {
    const parent = tree.parent(element);
    return parent !== null && matchesFrom(parent, complex, index + 1, tree);
  }
  for (let up = tree.parent(element); up !== null; up = tree.parent(up)) {
    if (matchesFrom(up, complex, index + 1, tree)) return true;
  }
  return false;
}

/** A test for the selector, like `Element.matches`. Throws a SyntaxError for what it cannot match. */
export function compileSelector<E>(selector: string, tree: SelectorTree<E>): (element: E) => boolean {
  const list = new Parser(selector).list();
  return (element) => list.some((complex) => matchesFrom(element, complex, 0, tree));
}
