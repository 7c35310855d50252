/**
 * Reading grade of a definition (Flesch–Kincaid), counted the same way by the content report and the
 * data tests, with the `syllable` package's counts.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

const WORD = /[A-Za-z0-9][A-Za-z0-9'’-]*/g;

const syllablesOf = (word) => Math.max(1, syllable(word));

/** Sentences end at . ! ? followed by a space or the end; "e.g." and decimals are not ends. */
function sentenceCount(text) {
  const ends = text.replace(/\b(e\.g|i\.e|etc|no)\./gi, '$1').match(/[.!?](?=\s|$)/g);
  return Math.max(1, ends ? ends.length : 0);
}

export function readingGrade(text) {
  const words = text.match(WORD) ?? [];
  const syllables = words.reduce((sum, w) => sum + syllablesOf(w), 0);
  return fleschKincaid({ sentence: sentenceCount(text), word: words.length, syllable: syllables });
}

export const MEDIAN_GRADE_TARGET = 8;
export const MAX_GRADE = 11;
