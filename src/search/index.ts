/**
 * Search as a reader expects it: case and accents do not matter ("Integrated Care", "integrated care"
 * and "intégrated care" are one query), words may come in any order, and every match can be pointed
 * back to the characters of the original text so that it can be highlighted. No DOM.
 *
 * Folding is done once per text, ahead of any query, so that each keystroke costs only a scan of
 * precomputed strings.
 */

/** A text and its folded form, with the way back from one to the other. */
export interface FoldedText {
  readonly text: string;
  /** Lower-case, without diacritics, curly apostrophes made straight. */
  readonly folded: string;
  /**
   * For each UTF-16 unit of `folded`, the offset in `text` of the character it came from. Absent when
   * the two align one to one, as they do for ASCII, which most of a glossary is.
   */
  readonly origin?: readonly number[];
}

/** A stretch of the original text, `start` inclusive, `end` exclusive. */
export interface Range {
  start: number;
  end: number;
}

const MARKS = /\p{M}/gu;
const MARK = /^\p{M}$/u;
const APOSTROPHES = /[\u2018\u2019\u02bc]/g;
const ASCII = /^[\x00-\x7f]*$/;

function foldChar(char: string): string {
  return char.toLowerCase().normalize('NFD').replace(MARKS, '').replace(APOSTROPHES, "'");
}

/** Folds a text for searching and keeps what is needed to highlight matches in it. */
export function fold(text: string): FoldedText {
  if (ASCII.test(text)) return { text, folded: text.toLowerCase() };
  let folded = '';
  const origin: number[] = [];
  let offset = 0;
  for (const char of text) {
    // Character by character, so that every folded unit knows where it came from (NFD changes lengths).
    const out = foldChar(char);
    folded += out;
    for (let i = 0; i < out.length; i++) origin.push(offset);
    offset += char.length;
  }
  return { text, folded, origin };
}

/** The words of a query, folded, without repeats; empty for a blank query. */
export function queryWords(query: string): string[] {
  const words = fold(query.trim()).folded.split(/\s+/).filter(Boolean);
  return [...new Set(words)];
}

/** Whether every word occurs somewhere in the folded haystack. */
export function matchesAll(haystack: string, words: readonly string[]): boolean {
  return words.every((word) => haystack.includes(word));
}

/** Where the words occur in the original text: sorted, with overlapping and touching ranges joined. */
export function matchRanges(field: FoldedText, words: readonly string[]): Range[] {
  const found: Range[] = [];
  for (const word of words) {
    for (let at = field.folded.indexOf(word); at !== -1; at = field.folded.indexOf(word, at + word.length)) {
      found.push(originalRange(field, at, at + word.length));
    }
  }
  found.sort((a, b) => a.start - b.start);
  const joined: Range[] = [];
  for (const range of found) {
    const last = joined.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else joined.push({ ...range });
  }
  return joined;
}

function originalRange({ text, origin }: FoldedText, start: number, end: number): Range {
  if (!origin) return { start, end };
  const from = origin[start]!;
  const lastChar = origin[end - 1]!;
  let to = lastChar + (text.codePointAt(lastChar)! > 0xffff ? 2 : 1);
  // Keep a combining accent with the letter it sits on rather than leave it outside the highlight.
  while (to < text.length && MARK.test(String.fromCodePoint(text.codePointAt(to)!))) {
    to += text.codePointAt(to)! > 0xffff ? 2 : 1;
  }
  return { start: from, end: to };
}

/** Splits a text into plain and matching pieces, in order, ready to render. */
export function splitByRanges(text: string, ranges: readonly Range[]): Array<{ text: string; match: boolean }> {
  const pieces: Array<{ text: string; match: boolean }> = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start > at) pieces.push({ text: text.slice(at, start), match: false });
    pieces.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), match: false });
  return pieces;
}
