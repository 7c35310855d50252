/**
 * Compiles written forms into one regular expression shaped like a trie. At each position in the
 * text the engine follows the single branch that fits the next character instead of trying every
 * form in turn, so the cost grows with the length of the text and of the longest form, never with
 * the number of forms. A second, looser pattern without the `u` flag finds where the exact one could
 * match several times faster, so the exact one runs only there.
 */

/** Characters that may separate the words of a phrase: spaces, line breaks and hyphens of any kind. */
const SEPARATOR_CHARS = '\\s\\-\\u2010\\u2011\\u00ad';
const SEPARATOR = `[${SEPARATOR_CHARS}]+`;
const APOSTROPHE = "['\\u2018\\u2019\\u02bc]";
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}_]';
const SEPARATOR_CHAR = new RegExp(`[${SEPARATOR_CHARS}]`, 'u');
const WORD = new RegExp(WORD_CHAR, 'u');

/** Whether a form can end just before `index`: a word ends there and no separator is left hanging. */
export function endsWordAt(text: string, index: number): boolean {
  return !SEPARATOR_CHAR.test(text[index - 1] ?? '') && !WORD.test(text[index] ?? '');
}

/**
 * The key a form and a matched text are compared under, given forms or text already folded by
 * `formKey`: a hyphen and a run of white space are the same separator ("long-term", "long term").
 */
export function foldSeparators(key: string): string {
  return key.replace(/[ -]+/g, ' ');
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** A form ends here. */
  end: boolean;
}

function token(ch: string): string {
  return ch === ' ' ? SEPARATOR : ch === "'" ? APOSTROPHE : ch.replace(/[\\^$.*+?()[\]{}|/]/, '\\$&');
}

function tokens(key: string): string[] {
  return [...key.toLowerCase()].map(token);
}

/**
 * The tokens of a key for `compileCandidatePattern`: its characters up to the first one outside ASCII,
 * where case-insensitive matching without the `u` flag could differ from matching with it.
 */
function candidateTokens(key: string): string[] {
  return [.../^[\x00-\x7f]*/.exec(key.toLowerCase())![0]].map(token);
}

function trie(keys: Iterable<string>, tokensOf: (key: string) => string[]): TrieNode {
  const root: TrieNode = { children: new Map(), end: false };
  for (const key of keys) {
    let node = root;
    for (const token of tokensOf(key)) {
      let next = node.children.get(token);
      if (!next) node.children.set(token, (next = { children: new Map(), end: false }));
      node = next;
    }
    node.end = true;
  }
  return root;
}

// Branches of a node start with different tokens that never match the same character, and an
// optional group is greedy, so the first match found at a position is the longest form there.
// Built from the leaves up with a stack of its own: a trie is as deep as its longest form, and a
// custom glossary may hold an alias thousands of characters long.
function source(root: TrieNode): string {
  const sources = new Map<TrieNode, string>();
  const stack: Array<[node: TrieNode, childrenDone: boolean]> = [[root, false]];
  while (stack.length > 0) {
    const [node, childrenDone] = stack.pop()!;
    if (!childrenDone) {
      stack.push([node, true]);
      for (const child of node.children.values()) stack.push([child, false]);
      continue;
    }
    const branches = [...node.children].map(([token, child]) => token + sources.get(child)!);
    for (const child of node.children.values()) sources.delete(child);
    const group = branches.length === 1 && !node.end ? branches[0]! : `(?:${branches.join('|')})`;
    sources.set(node, branches.length === 0 ? '' : node.end ? `${group}?` : group);
  }
  return sources.get(root)!;
}

/**
 * One case-insensitive pattern for keys folded by `foldSeparators`; whole words only. Case-sensitive
 * forms match in any case here and are checked afterwards. Global unless other flags are given (they
 * must keep `i` and `u`).
 */
export function compilePattern(keys: Iterable<string>, flags = 'giu'): RegExp {
  return new RegExp(`(?<!${WORD_CHAR})(?:${source(trie(keys, tokens))})(?!${WORD_CHAR})`, flags);
}

/**
 * A looser, global pattern that matches wherever `compilePattern`'s does in `candidateText(text)`, and
 * in a few more places: without the `u` flag a search is several times faster, so it finds where to
 * try the exact pattern. It looks at ASCII word characters only before a form, and not at all after it.
 */
export function compileCandidatePattern(keys: Iterable<string>): RegExp {
  const root = trie(keys, candidateTokens);
  const startingWord = [...root.children].filter(([token]) => /^\w/.test(token));
  const others = [...root.children].filter(([token]) => !/^\w/.test(token));
  const branches: string[] = [];
  // `\b` is quicker to test than a lookbehind, and the same before a word character.
  if (startingWord.length > 0) branches.push(`\\b${source({ children: new Map(startingWord), end: false })}`);
  if (others.length > 0 || root.end) branches.push(`(?<!\\w)${source({ children: new Map(others), end: root.end })}`);
  return new RegExp(branches.join('|'), 'gi');
}

/** The long s and the kelvin sign: the characters outside ASCII that Unicode case folding makes ASCII letters. */
const FOLDS_TO_ASCII = /[\u017f\u212a]/g;

/**
 * The text to search with the candidate pattern: `text` with the long s and the kelvin sign replaced
 * by the letters "s" and "k", which they match under the exact pattern's case folding. One character
 * for one, so every offset stays the same.
 */
export function candidateText(text: string): string {
  return text.includes('\u017f') || text.includes('\u212a')
    ? text.replace(FOLDS_TO_ASCII, (ch) => (ch === '\u017f' ? 's' : 'k'))
    : text;
}
