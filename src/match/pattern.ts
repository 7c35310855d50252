/**
 * Compiles written forms into one regular expression shaped like a trie. At each position in the
 * text the engine follows the single branch that fits the next character instead of trying every
 * form in turn, so the cost grows with the length of the text and of the longest form, never with
 * the number of forms.
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

function tokens(key: string): string[] {
  return [...key.toLowerCase()].map((ch) =>
    ch === ' ' ? SEPARATOR : ch === "'" ? APOSTROPHE : ch.replace(/[\\^$.*+?()[\]{}|/]/, '\\$&'),
  );
}

// Branches of a node start with different tokens that never match the same character, and an
// optional group is greedy, so the first match found at a position is the longest form there.
function source(node: TrieNode): string {
  const branches = [...node.children].map(([token, child]) => token + source(child));
  if (branches.length === 0) return '';
  const group = branches.length === 1 && !node.end ? branches[0]! : `(?:${branches.join('|')})`;
  return node.end ? `${group}?` : group;
}

/**
 * One case-insensitive, global pattern for keys folded by `foldSeparators`; whole words only.
 * Case-sensitive forms match in any case here and are checked afterwards.
 */
export function compilePattern(keys: Iterable<string>): RegExp {
  const root: TrieNode = { children: new Map(), end: false };
  for (const key of keys) {
    let node = root;
    for (const token of tokens(key)) {
      let next = node.children.get(token);
      if (!next) node.children.set(token, (next = { children: new Map(), end: false }));
      node = next;
    }
    node.end = true;
  }
  return new RegExp(`(?<!${WORD_CHAR})(?:${source(root)})(?!${WORD_CHAR})`, 'giu');
}
