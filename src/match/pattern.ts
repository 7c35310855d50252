/**
 * Written forms filed in a trie of their code units, lower-cased. A search lower-cases the text and
 * walks the trie from each place a form may start, following the one branch that fits the next
 * character, so its cost grows with the text and the forms found there, not with how many forms
 * there are. The trie is filed a node at a time, when a text first reaches it, and the places to start
 * from are found by a regular expression of its first levels only: one of all the forms of a custom
 * glossary of thousands of entries took V8 seconds to compile.
 *
 * Lower-casing decides which forms a text may hold; the lookup the matcher makes afterwards, which
 * lower-cases the same way, decides which it does.
 */

const SEPARATOR = /[\s\-\u2010\u2011\u00ad]/;
const APOSTROPHE = /['\u2018\u2019\u02bc]/;
const WORD = /^[\p{L}\p{M}\p{N}_]/u;
const SPACE = 32;

/**
 * How much of the trie the pattern that finds where forms may start spells out: as many levels as
 * keep it within so many characters, and as can be filed by looking at so many forms in all (each
 * level looks at them all again). Enough to skip most words that start no form; small enough for V8
 * to compile in a few milliseconds, and for a glossary of thousands of entries to be filed no deeper
 * than its first texts reach.
 */
const START_CHARACTERS = 3000;
const START_FORMS = 100_000;

// Most text is ASCII, classed from tables: a space stands for any separator.
const ASCII = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));
const ASCII_UNIT = ASCII.map((ch) => (SEPARATOR.test(ch) ? SPACE : ch.charCodeAt(0)));
const ASCII_WORD = ASCII.map((ch) => WORD.test(ch));

/** Whether a letter, mark, digit or underscore starts at `index`, or ends there when `before`. */
function wordAt(text: string, index: number, before = false): boolean {
  const code = text.charCodeAt(before ? index - 1 : index);
  if (code < 128) return ASCII_WORD[code]!;
  // Out of the text, the code is NaN and the slice empty.
  return WORD.test(before ? ([...text.slice(Math.max(0, index - 2), index)].pop() ?? '') : text.slice(index, index + 2));
}

/**
 * The key a form and a matched text are compared under, given forms or text already folded by
 * `formKey`: a hyphen and a run of white space are the same separator ("long-term", "long term").
 */
export function foldSeparators(key: string): string {
  // Testing first is many times quicker than replacing nothing, and most keys have nothing to fold.
  return /-| {2}/.test(key) ? key.replace(/[ -]+/g, ' ') : key;
}

/**
 * A place in the trie: the forms that share their first `depth` code units, then `run` more. A text
 * reaching it for the first time files its forms by the unit that follows; until then they wait in
 * `keys`.
 */
interface Node {
  keys: string[];
  depth: number;
  run: string;
  /** A form ends after the run. */
  end: boolean;
  children?: Map<number, Node>;
}

function children(node: Node): Map<number, Node> {
  if (!node.children) {
    const { keys } = node;
    let after = node.depth;
    // Past the end of a form the unit is NaN, equal to nothing. The root keeps no run, so that the
    // start pattern can tell forms by their first unit.
    while (after && keys.every((key) => key.charCodeAt(after) === keys[0]!.charCodeAt(after))) after++;
    node.run = keys[0]!.slice(node.depth, after);
    node.children = new Map();
    for (const key of keys) {
      const unit = key.charCodeAt(after);
      const next = node.children.get(unit);
      if (key.length === after) node.end = true;
      else if (next) next.keys.push(key);
      else node.children.set(unit, { keys: [key], depth: after + 1, run: '', end: false });
    }
    node.keys = [];
  }
  return node.children;
}

/** The code unit of a lower-cased text at `index`: a space for any separator, ' for any apostrophe. */
function unitAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 128) return ASCII_UNIT[code]!;
  return SEPARATOR.test(text[index]!) ? SPACE : APOSTROPHE.test(text[index]!) ? 39 : code;
}

/**
 * A pattern for a code unit of a form, to search a lower-cased text with: short, and loose where it
 * saves characters (any non-word character for a separator or an apostrophe), as the walk checks.
 */
function unitPattern(unit: number): string {
  if (unit === SPACE || unit === 39) return '\\W+';
  return String.fromCharCode(unit).replace(/[\\^$.*+?()[\]{}|/-]/, '\\$&');
}

/**
 * Calls `visit` at each place in `text` where forms start, with where they end, longest first:
 * whole words, in any case, any run of separators for a space, any apostrophe for one. `visit`
 * answers where to go on from, past the form it chose.
 */
export type Search = (text: string, visit: (start: number, ends: readonly number[]) => number) => void;

/** Forms already folded by `foldSeparators`, ready to be found in texts. */
export function compileForms(forms: Iterable<string>): Search {
  const root: Node = { keys: [...forms].map((key) => key.toLowerCase()), depth: 0, run: '', end: false };
  // Where forms may start, or could: the trie's first levels, breadth first, as many as fit the
  // budgets above (most of them for a small glossary, the first one or two for thousands of entries).
  // Runs are cut to a few units; a node not followed shows only the unit that leads to it.
  const followed = new Set([root]);
  const source = (node: Node): string => {
    if (!followed.has(node)) return '';
    const next = children(node);
    const run = node.run.slice(0, 8).split('').map((ch) => unitPattern(ch.charCodeAt(0))).join('');
    if (node.run.length > 8 || !next.size) return run;
    const branches = [...next].map(([unit, child]) => unitPattern(unit) + source(child));
    return `${run}(?:${branches.join('|')})${node.end ? '?' : ''}`;
  };
  // Without the `u` flag, quicker: `\w` is ASCII, and before a word character `\b` says what `(?<!\w)`
  // says, and sooner. The code point before a place is checked again below.
  const pattern = () =>
    [true, false]
      .map((word) => [...children(root)].filter(([unit]) => !!ASCII_WORD[unit] === word).map(([unit, child]) => unitPattern(unit) + source(child)))
      .map((branches, i) => (branches.length ? `${i ? '(?<!\\w)' : '\\b'}(?:${branches.join('|')})` : ''))
      .filter(Boolean)
      .join('|');
  // Counted before the root is filed, which empties its list.
  let looked = root.keys.length;
  let starts = pattern();
  for (let level = [...children(root).values()]; level.length && (looked += level.reduce((n, node) => n + node.keys.length, 0)) <= START_FORMS; ) {
    for (const node of level) followed.add(node);
    const deeper = pattern();
    if (deeper.length > START_CHARACTERS) break;
    starts = deeper;
    level = level.flatMap((node) => (node.run.length > 8 ? [] : [...children(node).values()]));
  }
  const startPattern = new RegExp(starts, 'g');

  const endsAt = (lowered: string, text: string, start: number): number[] => {
    const ends: number[] = [];
    // How far the text has come: `along` code units into the run of `node`.
    let node = root;
    let along = 0;
    for (let index = start; index < lowered.length; ) {
      const unit = unitAt(lowered, index++);
      if (along < node.run.length) {
        if (node.run.charCodeAt(along++) !== unit) break;
      } else {
        const next = children(node).get(unit);
        if (!next) break;
        children((node = next));
        along = 0;
      }
      // A form's space stands for a whole run of separators.
      if (unit === SPACE) while (unitAt(lowered, index) === SPACE) index++;
      if (along === node.run.length && node.end && !wordAt(text, index)) ends.unshift(index);
    }
    return ends;
  };

  return (text, visit) => {
    // One code unit for one, so offsets stay: only the dotted capital I lower-cases to two. It is no
    // case variant of "i" in a regular expression either, so it becomes U+FFFF, which no form has.
    const lowered = (text.includes('\u0130') ? text.replace(/\u0130/g, '\uffff') : text).toLowerCase();
    startPattern.lastIndex = 0;
    for (let place = startPattern.exec(lowered); place; place = startPattern.exec(lowered)) {
      const start = place.index;
      startPattern.lastIndex = wordAt(text, start, true) ? start + 1 : visit(start, endsAt(lowered, text, start));
    }
  };
}
