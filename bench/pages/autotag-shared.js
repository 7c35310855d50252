/**
 * What both autotag pages share: the forms autotag looks for and a regex that finds them, what it skips, and
 * the contenders that need nothing of ours (the floor, and findAndReplaceDOMText), so that every
 * contender looks for the same words on either page.
 */
import findAndReplaceDOMText from 'findandreplacedomtext';
import { bundledGlossary } from '../../src/bundled.ts';
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

export function findAndReplace(root) {
  findAndReplaceDOMText(root, {
    find: pattern(),
    wrap: 'mark',
    preset: 'prose',
    filterElements: (element) => !element.matches(skip),
  });
}
