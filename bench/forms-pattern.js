/**
 * One regular expression for all the written forms, shaped like a trie, for the peers of the autotag
 * benchmark (mark.js, findAndReplaceDOMText), which take a single regex: it matches what autotag
 * matches, whole words only, the longest form first. autotag compiled this very pattern until custom
 * glossaries of thousands of entries made V8 take seconds over it; it now walks a trie in JavaScript.
 */

/** Characters that may separate the words of a phrase: spaces, line breaks and hyphens of any kind. */
const SEPARATOR = '[\\s\\-\\u2010\\u2011\\u00ad]+';
const APOSTROPHE = "['\\u2018\\u2019\\u02bc]";
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}_]';

function token(ch) {
  return ch === ' ' ? SEPARATOR : ch === "'" ? APOSTROPHE : ch.replace(/[\\^$.*+?()[\]{}|/]/, '\\$&');
}

function trie(keys) {
  const root = { children: new Map(), end: false };
  for (const key of keys) {
    let node = root;
    for (const t of [...key.toLowerCase()].map(token)) {
      let next = node.children.get(t);
      if (!next) node.children.set(t, (next = { children: new Map(), end: false }));
      node = next;
    }
    node.end = true;
  }
  return root;
}

// Branches of a node start with different tokens that never match the same character, and an
// optional group is greedy, so the first match found at a position is the longest form there.
function source(node) {
  const branches = [...node.children].map(([t, child]) => t + source(child));
  if (branches.length === 0) return '';
  const group = branches.length === 1 && !node.end ? branches[0] : `(?:${branches.join('|')})`;
  return node.end ? `${group}?` : group;
}

/** A global, case-insensitive pattern for keys folded by `foldSeparators(formKey(form))`. */
export function formsPattern(keys) {
  return new RegExp(`(?<!${WORD_CHAR})(?:${source(trie(keys))})(?!${WORD_CHAR})`, 'giu');
}
