/**
 * Parses HTML with parse5 into a domhandler tree and keeps, for each text node, where its characters
 * are written in the source, so that the server tagger can add tags to the source itself instead of
 * serialising the tree again.
 *
 * A text node is built from character tokens, each of them plain text and character references with
 * no markup inside. Tokens usually follow one another, but the parser also merges text across markup
 * it ignores (`a</span>b`) or drops (a NUL), and it moves text out of tables. So each token added to a
 * node is checked: the source from the node's end so far to the token's end must decode to exactly
 * the token's text. When it does not, the token's text has no certain place, and no tag goes inside
 * it. (parse5 also ends a token after a character reference that starts the next one, as in
 * `integrated&#10;care`; a run of such tokens is checked as a whole, so their text keeps its place.)
 * Text moved out of a table has no place at all: a tag inserted there would be moved without it.
 */
import { parse, parseFragment, type ParserOptions, type Token, type TreeAdapter } from 'parse5';
import { adapter, type Htmlparser2TreeAdapterMap } from 'parse5-htmlparser2-tree-adapter';
import { isText, type Document, type Text } from 'domhandler';
import { DecodingMode, HtmlEntityDecoder } from 'entities/decode';

/** Text of a node, from `from` to `to` in its data, whose place in the source is not known. */
interface Unplaced {
  from: number;
  to: number;
  /** Where the text from `to` on starts in the source. */
  resume: number;
}

/** Tokens of a node not yet found in the source: its text from `from`, whose source would start at `source`. */
interface Unchecked {
  from: number;
  source: number;
}

/** How much unchecked text is checked again with each new token before it is given up as unplaced. */
const RECHECK_LIMIT = 256;

const HAS_PLACE = {} as Token.ElementLocation;

export interface SourceText {
  root: Document;
  /**
   * Where each range `text.data.slice(start, end)` is written in the source, as `[start, end)` offsets,
   * or undefined when that cannot be told for certain: its place is not known, or an end falls inside
   * a character reference or a line break written as CR LF. The ranges are in order and do not overlap.
   */
  locate(text: Text, ranges: ReadonlyArray<{ start: number; end: number }>): Array<[number, number] | undefined>;
}

/** Decodes the character reference at `at` (an ampersand) as parse5's tokenizer does in text. */
class ReferenceReader {
  private decoded = '';
  private readonly decoder = new HtmlEntityDecoder((codePoint) => {
    this.decoded += String.fromCodePoint(codePoint);
  });

  /** The text a reference decodes to and its length in the source; a lone "&" is one character. */
  read(source: string, at: number): [text: string, length: number] {
    this.decoded = '';
    this.decoder.startEntity(DecodingMode.Legacy);
    let length = this.decoder.write(source, at + 1);
    if (length < 0) length = this.decoder.end();
    return length > 0 ? [this.decoded, length] : ['&', 1];
  }
}

/**
 * Reads source text as the tokenizer does in the data state: a character reference decodes, a line
 * break written CR LF or CR is one LF, any other UTF-16 code unit stands for itself.
 */
class SourceReader {
  private readonly references = new ReferenceReader();

  constructor(readonly source: string) {}

  /** The decoded text of the item at `at`, and how many source characters it takes. */
  item(at: number): [text: string, length: number] {
    const code = this.source.charCodeAt(at);
    if (code === 0x26) return this.references.read(this.source, at);
    if (code === 0x0d) return ['\n', this.source.charCodeAt(at + 1) === 0x0a ? 2 : 1];
    return [this.source[at]!, 1];
  }

  /** Whether `source[from, to)` decodes to exactly `text.slice(start)`. */
  decodesTo(from: number, to: number, text: string, start = 0): boolean {
    // Most text is written as it reads; then the slice is the text itself.
    if (to - from === text.length - start && this.source.startsWith(start === 0 ? text : text.slice(start), from)) return true;
    let done = start;
    for (let at = from; at < to; ) {
      const [decoded, length] = this.item(at);
      if (!text.startsWith(decoded, done)) return false;
      done += decoded.length;
      at += length;
    }
    return done === text.length;
  }
}

/** Parses `source` as a whole document or as a fragment (the content of a `<template>`). */
export function parseSourceText(source: string, asDocument: boolean): SourceText {
  const reader = new SourceReader(source);
  const unplaced = new Map<Text, Unplaced[]>();
  const unchecked = new Map<Text, Unchecked>();
  /** Text moved out of a table. */
  const moved = new Set<Text>();
  let added = '';

  const giveUp = (text: Text, from: number, to: number, resume: number) => {
    const list = unplaced.get(text) ?? [];
    list.push({ from, to, resume });
    unplaced.set(text, list);
  };

  /** Checks the token just added to `text`, which ends at `end` in the source. */
  const check = (text: Text, end: number) => {
    const before = text.data.length - added.length;
    const pending = unchecked.get(text);
    if (!pending) {
      if (!reader.decodesTo(text.endIndex!, end, added)) unchecked.set(text, { from: before, source: text.endIndex! });
    } else if (reader.decodesTo(pending.source, end, text.data, pending.from)) {
      unchecked.delete(text);
    } else if (reader.decodesTo(text.endIndex!, end, added)) {
      giveUp(text, pending.from, before, text.endIndex!);
      unchecked.delete(text);
    } else if (text.data.length - pending.from > RECHECK_LIMIT) {
      giveUp(text, pending.from, text.data.length, end);
      unchecked.delete(text);
    }
    text.endIndex = end;
  };

  // Only text nodes keep a place; the tagger never needs those of elements, and a big page has many.
  const treeAdapter: TreeAdapter<Htmlparser2TreeAdapterMap> = {
    ...adapter,
    insertText(parent, text) {
      adapter.insertText(parent, text);
      added = text;
    },
    insertTextBefore(parent, text, reference) {
      // The parser inserts text before an element only when it moves the text out of a table.
      adapter.insertTextBefore(parent, text, reference);
      moved.add(reference.prev as Text);
    },
    setNodeSourceCodeLocation(node, location) {
      if (!location || !isText(node) || moved.has(node)) return;
      const { startOffset: start, endOffset: end } = location;
      // The parser drops a line break just after <pre>, <listing> or <textarea>, but not its place.
      const [first, length] = reader.item(start);
      const dropped = first === '\n' && reader.decodesTo(start + length, end, node.data);
      node.startIndex = node.endIndex = dropped ? start + length : start;
      check(node, end);
    },
    getNodeSourceCodeLocation(node) {
      // The parser only asks whether a text node has a place yet, to extend it or to set it.
      return isText(node) && node.endIndex !== null ? HAS_PLACE : undefined;
    },
    updateNodeSourceCodeLocation(node, location) {
      if (isText(node) && !moved.has(node) && location.endOffset !== undefined) check(node, location.endOffset);
    },
  };
  const options: ParserOptions<Htmlparser2TreeAdapterMap> = { treeAdapter, sourceCodeLocationInfo: true };
  const root = asDocument ? parse(source, options) : parseFragment(source, options);
  for (const [text, pending] of unchecked) giveUp(text, pending.from, text.data.length, text.endIndex!);

  return {
    root,
    locate(text, ranges) {
      const places = ranges.map((): [number, number] | undefined => undefined);
      if (text.startIndex === null || moved.has(text)) return places;
      const gaps = unplaced.get(text) ?? [];
      // One walk through the text for all ranges: a long text may hold many.
      let gap = 0;
      let done = 0;
      let at = text.startIndex;
      /** The source offset of `offset` in the text, if an item starts there. */
      const seek = (offset: number): number | undefined => {
        for (;;) {
          if (gaps[gap]?.from === done && gaps[gap]!.to <= offset) {
            done = gaps[gap]!.to;
            at = gaps[gap++]!.resume;
          } else if (done < offset && at < text.endIndex!) {
            const [decoded, length] = reader.item(at);
            done += decoded.length;
            at += length;
          } else return done === offset ? at : undefined;
        }
      };
      ranges.forEach(({ start, end }, i) => {
        if (gaps.some((unknown) => start < unknown.to && end > unknown.from)) return;
        const from = seek(start);
        const to = seek(end);
        if (from !== undefined && to !== undefined) places[i] = [from, to];
      });
      return places;
    },
  };
}
