/**
 * What both autotag pages share: the forms autotag looks for and its very regex, what it skips, and
 * the contenders that need nothing of ours (the floor, and findAndReplaceDOMText), so that every
 * contender looks for the same words on either page.
 */
import findAndReplaceDOMText from 'findandreplacedomtext';
import { bundledGlossary } from '../../src/bundled.ts';
import { compilePattern, foldSeparators } from '../../src/match/pattern.ts';
import { formKey, writtenForms } from '../../src/model/forms.ts';
import { skipSelector } from '../../src/tag/exclude.ts';

// The forms compileMatcher builds its pattern from, and that very pattern.
export const forms = [
  ...new Set(
    bundledGlossary.entries
      .filter((entry) => entry.autotag !== false)
      .flatMap((entry) => writtenForms(entry).map((form) => foldSeparators(formKey(form)))),
  ),
];
const PATTERN = compilePattern(forms);
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
