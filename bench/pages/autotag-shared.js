/**
 * What both autotag pages share: the forms autotag looks for and a regex that finds them, what it skips, and
 * the contenders that need nothing of ours (the floor, and findAndReplaceDOMText), so that every
 * contender looks for the same words on either page.
 */
import findAndReplaceDOMText from 'findandreplacedomtext';
import { bundledGlossary } from '../../src/bundled.ts';
import { compileMatcher } from '../../src/match/matcher.ts';
import { foldSeparators } from '../../src/match/pattern.ts';
import { formKey, writtenForms } from '../../src/model/forms.ts';
import { skipSelector } from '../../src/tag/exclude.ts';
import { formsPattern } from '../forms-pattern.js';

// The forms compileMatcher finds, and one pattern that finds the same: every contender looks for the
// same words.
export const forms = [
  ...new Set(
    bundledGlossary.entries
      .filter((entry) => entry.autotag !== false)
      .flatMap((entry) => writtenForms(entry).map((form) => foldSeparators(formKey(form)))),
  ),
];
const PATTERN = formsPattern(forms);
// A copy per run: a global regex carries its lastIndex from one use to the next.
export const pattern = () => new RegExp(PATTERN);

export const skip = skipSelector();

/** The floor: a bare TreeWalker that reads every text node's data. Returns the characters read. */
export function readText(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let characters = 0;
  while (walker.nextNode()) characters += walker.currentNode.data.length;
  return characters;
}

/** The floor plus our search, without touching the DOM: how much of autotag is finding the words. */
export function search(root) {
  const matcher = compileMatcher(bundledGlossary);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let found = 0;
  while (walker.nextNode()) found += matcher.find(walker.currentNode.data).length;
  return found;
}

/** The floor plus the peers' regex run over every text node, no DOM change: finding the words as they do. */
export function regexSearch(root) {
  const find = pattern();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let found = 0;
  while (walker.nextNode()) {
    const text = walker.currentNode.data;
    find.lastIndex = 0;
    while (find.exec(text)) found++;
  }
  return found;
}

/** findAndReplaceDOMText wrapping each match in `wrap`, an element's name (`mark` by default). */
export function findAndReplace(root, wrap = 'mark') {
  findAndReplaceDOMText(root, {
    find: pattern(),
    wrap,
    preset: 'prose',
    filterElements: (element) => !element.matches(skip),
  });
}
