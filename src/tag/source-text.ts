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
 * Text moved out of a table, alone or inside elements moved with it, has no place at all: a tag
 * inserted there could be moved apart from the text it was meant for, or part of the text could stay
 * in the table. Nor has text the tokenizer does not decode (in <script>, <style> and the like, and CDATA sections in
 * SVG and MathML), which the tagger never tags.
 *
 * The tree holds no more than it must, as a page may be tens of megabytes: a text node's `data` is
 * only its first token (enough for `:empty`), and `text()` reads the rest from the source when asked;
 * elements keep their attributes in small objects, without the namespaces selectors never use.
 */
import { parse, parseFragment, type ParserOptions, type Token, type TreeAdapter } from 'parse5';
import { adapter, type Htmlparser2TreeAdapterMap } from 'parse5-htmlparser2-tree-adapter';
import { Element, isText, Text, type Document, type ParentNode } from 'domhandler';
import { DecodingMode, HtmlEntityDecoder } from 'entities/decode';

/** Text of a node, from `from` to `to` in its text, whose place in the source is not known. */
interface Unplaced {
  from: number;
  to: number;
  text: string;
  /** Where the placed text before it ends in the source. */
  start: number;
  /** Where the text from `to` on starts in the source. */
  resume: number;
}

/** A text node that knows the length of its text, which its `data` does not give. */
class SourceTextNode extends Text {
  textLength = 0;
}

/** Tokens of a node not yet found in the source: its `text` from `from` on, whose source would start at `source`. */
interface Unchecked {
  from: number;
  text: string;
  source: number;
}

/** How much unchecked text is checked again with each new token before it is given up as unplaced. */
const RECHECK_LIMIT = 256;

const HAS_PLACE = {} as Token.ElementLocation;

/**
 * An element's attributes by name. Nothing is inherited, so that an attribute named "constructor" or
 * "__proto__" reads as any other; unlike an object made with `Object.create(null)`, it stays small.
 */
const Attributes = function (this: Record<string, string>) {} as unknown as new () => Record<string, string>;
Attributes.prototype = Object.create(null);
const NO_ATTRIBUTES = Object.freeze(new Attributes());

function attributes(attrs: Token.Attribute[]): Record<string, string> {
  const attribs = new Attributes();
  for (const { name, value } of attrs) attribs[name] = value;
  return attribs;
}

/** Elements whose text the tokenizer reads as written, without decoding character references. */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** Whether text in `parent` may be read without decoding: raw text, or CDATA in foreign content. */
const mayBeRaw = (parent: ParentNode) =>
  parent instanceof Element && (parent.namespace !== HTML_NAMESPACE || RAW_TEXT.has(parent.name));

export interface SourceText {
  root: Document;
  /** The whole text of a text node of `root`. */
  text(node: Text): string;
  /**
   * Where each range `text(node).slice(start, end)` is written in the source, as `[start, end)`
   * offsets, or undefined when that cannot be told for certain: its place is not known, or an end
   * falls inside a character reference or a line break written as CR LF. The ranges are in order
   * and do not overlap.
   */
  locate(node: Text, ranges: ReadonlyArray<{ start: number; end: number }>): Array<[number, number] | undefined>;
}

/** Decodes the character reference at `at` (an ampersand) as parse5's tokenizer does in text. */
class ReferenceReader {
  #decoded = '';
  readonly #decoder = new HtmlEntityDecoder((codePoint) => {
    this.#decoded += String.fromCodePoint(codePoint);
  });

  /** The text a reference decodes to and its length in the source; a lone "&" is one character. */
  read(source: string, at: number): [text: string, length: number] {
    this.#decoded = '';
    this.#decoder.startEntity(DecodingMode.Legacy);
    let length = this.#decoder.write(source, at + 1);
    if (length < 0) length = this.#decoder.end();
    return length > 0 ? [this.#decoded, length] : ['&', 1];
  }
}

/**
 * Reads source text as the tokenizer does in the data state: a character reference decodes, a line
 * break written CR LF or CR is one LF, any other UTF-16 code unit stands for itself.
 */
class SourceReader {
  readonly #references = new ReferenceReader();

  constructor(readonly source: string) {}

  /** The decoded text of the item at `at`, and how many source characters it takes. */
  item(at: number): [text: string, length: number] {
    const code = this.source.charCodeAt(at);
    if (code === 0x26) return this.#references.read(this.source, at);
    if (code === 0x0d) return ['\n', this.source.charCodeAt(at + 1) === 0x0a ? 2 : 1];
    return [this.source[at]!, 1];
  }

  /** `source[from, to)` decoded. */
  decode(from: number, to: number): string {
    const written = this.source.slice(from, to);
    // Most text is written as it reads; then the slice is the text itself.
    if (!written.includes('&') && !written.includes('\r')) return written;
    const parts: string[] = [];
    for (let at = from; at < to; ) {
      const [decoded, length] = this.item(at);
      parts.push(decoded);
      at += length;
    }
    return parts.join('');
  }

  /** Whether `source[from, to)` decodes to exactly `text`. */
  decodesTo(from: number, to: number, text: string): boolean {
    if (to - from === text.length && this.source.startsWith(text, from)) return true;
    let done = 0;
    for (let at = from; at < to; ) {
      const [decoded, length] = this.item(at);
      if (!text.startsWith(decoded, done)) return false;
      done += decoded.length;
      at += length;
    }
    return done === text.length;
  }
}

/**
 * parse5 reads a fragment as the content of a `<template>`, where the first start tag decides how the
 * rest is read: as table rows after a `<tr>`, say, and as body content after any tag of its own, such
 * as a new term. Until then end tags are ignored, where in body content `</p>` and `</br>` make
 * elements. So text before that first tag is tagged only when a term there would not change how the
 * rest is read: the tag is not a table's, no `<template>` (whose content is read the same way) comes
 * first, and no `</p>` or `</br>` comes before it. After a table's tag, text at the top level is
 * moved about as text in a table is, and is not tagged either, nor is text in elements moved out
 * of the rows in the same way. Start tags read as in <head> decide nothing.
 */
class TemplateModes {
  /** Where the deciding start tag starts, once there is one, and whether it is a table's. */
  #decider?: { offset: number; table: boolean };
  #template = false;
  #unseen = false;
  /** The last element made for a start tag in the source, and where that tag starts. */
  #lastStartTag?: { element: Element; offset: number };
  readonly #before: Text[] = [];
  readonly #topLevel: Text[] = [];

  constructor(private readonly source: string) {}

  startTag(element: Element, offset: number): void {
    this.#lastStartTag = { element, offset };
  }

  /**
   * Notes an element added to `parent`, and tells whether it has been moved out of the table that a
   * table's tag began. Only elements at the top level decide: those inside a <template> are read by
   * that template's own rules.
   */
  element(parent: ParentNode, element: Element): boolean {
    if (!isRoot(parent)) return false;
    if (!this.#decider) {
      if (element.name === 'template') this.#template = true;
      else if (!IN_HEAD.has(element.name)) {
        // An element the parser makes of its own accord (<br> for </br>) comes after something that
        // decided already, unseen: the template is no guide to the text before it.
        const offset = this.#lastStartTag?.element === element ? this.#lastStartTag.offset : undefined;
        this.#decider = { offset: offset ?? 0, table: TABLE_PARTS.has(element.name) };
        this.#unseen = offset === undefined;
      }
      return false;
    }
    return this.#decider.table && !TABLE_PARTS.has(element.name) && !IN_HEAD.has(element.name);
  }

  text(node: Text, parent: ParentNode): void {
    if (!this.#decider) this.#before.push(node);
    if (isRoot(parent)) this.#topLevel.push(node);
  }

  /** The text nodes in a fragment that would change how it is read if a term were inserted in them. */
  unsafeText(): Text[] {
    const table = this.#decider?.table ?? false;
    const unsafe = table || this.#template || this.#unseen || /<\/(?:p|br)[\s/>]/i.test(this.source.slice(0, this.#decider?.offset));
    return [...(unsafe ? this.#before : []), ...(table ? this.#topLevel : [])];
  }
}

/** Whether a node is the root of a fragment, which parse5 makes an <html>. */
const isRoot = (node: ParentNode) => node instanceof Element && node.name === 'html';

const IN_HEAD = new Set(['base', 'basefont', 'bgsound', 'link', 'meta', 'noframes', 'script', 'style', 'template', 'title']);
const TABLE_PARTS = new Set(['caption', 'colgroup', 'tbody', 'tfoot', 'thead', 'col', 'tr', 'td', 'th']);

/** Parses `source` as a whole document or as a fragment (the content of a `<template>`). */
export function parseSourceText(source: string, asDocument: boolean): SourceText {
  const reader = new SourceReader(source);
  const unplaced = new Map<Text, Unplaced[]>();
  const unchecked = new Map<Text, Unchecked>();
  /** Text with no place: moved out of a table, or perhaps not decoded. Its `data` holds all of it. */
  const unplaceable = new Set<Text>();
  /** Elements moved out of a table, and those made inside them. */
  const movedOut = new Set<Element>();
  const modes = asDocument ? undefined : new TemplateModes(source);
  let added = '';

  const giveUp = (node: Text, { from, text, source: start }: Unchecked, resume: number) => {
    const list = unplaced.get(node) ?? [];
    list.push({ from, to: from + text.length, text, start, resume });
    unplaced.set(node, list);
  };

  /** Checks the token just added to `node`, which ends at `end` in the source. */
  const check = (node: SourceTextNode, end: number) => {
    const before = node.textLength;
    node.textLength += added.length;
    const pending = unchecked.get(node);
    if (!pending) {
      if (!reader.decodesTo(node.endIndex!, end, added)) unchecked.set(node, { from: before, text: added, source: node.endIndex! });
    } else if (reader.decodesTo(pending.source, end, pending.text + added)) {
      unchecked.delete(node);
    } else if (reader.decodesTo(node.endIndex!, end, added)) {
      giveUp(node, pending, node.endIndex!);
      unchecked.delete(node);
    } else if (pending.text.length + added.length > RECHECK_LIMIT) {
      giveUp(node, { ...pending, text: pending.text + added }, end);
      unchecked.delete(node);
    } else {
      pending.text += added;
    }
    node.endIndex = end;
  };

  const text = (node: Text): string => {
    if (unplaceable.has(node) || node.startIndex === null) return node.data;
    const gaps: Array<Pick<Unplaced, 'start' | 'text' | 'resume'>> = unplaced.get(node) ?? [];
    // While parsing, the last tokens may not have been checked yet.
    const pending = unchecked.get(node);
    const parts: string[] = [];
    let at = node.startIndex;
    for (const gap of pending ? [...gaps, { start: pending.source, text: pending.text, resume: node.endIndex! }] : gaps) {
      parts.push(reader.decode(at, gap.start), gap.text);
      at = gap.resume;
    }
    parts.push(reader.decode(at, node.endIndex!));
    return parts.length === 1 ? parts[0]! : parts.join('');
  };

  const locate: SourceText['locate'] = (node, ranges) => {
    const places = ranges.map((): [number, number] | undefined => undefined);
    if (node.startIndex === null || unplaceable.has(node)) return places;
    const gaps = unplaced.get(node) ?? [];
    // One walk through the text for all ranges: a long text may hold many.
    let gap = 0;
    let done = 0;
    let at = node.startIndex;
    /** The source offset of `offset` in the text, if an item starts there. */
    const seek = (offset: number): number | undefined => {
      for (;;) {
        if (gaps[gap]?.from === done && gaps[gap]!.to <= offset) {
          done = gaps[gap]!.to;
          at = gaps[gap++]!.resume;
        } else if (done < offset && at < node.endIndex!) {
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
  };

  /** Adds `chars` to the text node before `reference` (or at the end of `parent`), or starts one. */
  const addText = (parent: ParentNode, chars: string, reference?: Element) => {
    const previous = reference ? reference.prev : parent.children[parent.children.length - 1];
    if (previous && isText(previous)) {
      // Moved text may join text that was in place, which then loses its place too.
      if (reference && !unplaceable.has(previous)) {
        previous.data = text(previous);
        unplaceable.add(previous);
      }
      if (unplaceable.has(previous)) previous.data += chars;
    } else {
      const node = new SourceTextNode(chars);
      if (reference) adapter.insertBefore(parent, node, reference);
      else adapter.appendChild(parent, node);
      if (reference || mayBeRaw(parent) || (parent instanceof Element && movedOut.has(parent))) unplaceable.add(node);
      modes?.text(node, parent);
    }
    added = chars;
  };

  const treeAdapter: TreeAdapter<Htmlparser2TreeAdapterMap> = {
    ...adapter,
    createElement(name, namespace, attrs) {
      const element = new Element(name, attrs.length === 0 ? NO_ATTRIBUTES : attributes(attrs), []);
      element.namespace = namespace;
      return element;
    },
    // Elements go before another only when the parser moves them out of a table; those made inside
    // them then, such as formatting elements opened again, hold text that came from inside the table.
    insertBefore(parent, node, reference) {
      adapter.insertBefore(parent, node, reference);
      if (node instanceof Element) movedOut.add(node);
    },
    appendChild(parent, node) {
      adapter.appendChild(parent, node);
      if (!(node instanceof Element)) return;
      const moved = modes?.element(parent, node);
      if (moved || (parent instanceof Element && movedOut.has(parent))) movedOut.add(node);
    },
    adoptAttributes(element, attrs) {
      if (element.attribs === NO_ATTRIBUTES) element.attribs = new Attributes();
      for (const { name, value } of attrs) element.attribs[name] ??= value;
    },
    insertText(parent, chars) {
      addText(parent, chars);
    },
    insertTextBefore(parent, chars, reference) {
      // The parser inserts text before an element only when it moves the text out of a table.
      addText(parent, chars, reference as Element);
    },
    setNodeSourceCodeLocation(node, location) {
      if (location && node instanceof Element) modes?.startTag(node, location.startOffset);
      if (!location || !isText(node) || unplaceable.has(node)) return;
      const { startOffset: start, endOffset: end } = location;
      // The parser drops a line break just after <pre>, <listing> or <textarea>, but not its place.
      const [first, length] = reader.item(start);
      const dropped = first === '\n' && reader.decodesTo(start + length, end, added);
      node.startIndex = node.endIndex = dropped ? start + length : start;
      check(node as SourceTextNode, end);
    },
    getNodeSourceCodeLocation(node) {
      // The parser only asks whether a text node has a place yet, to extend it or to set it.
      return isText(node) && node.endIndex !== null ? HAS_PLACE : undefined;
    },
    updateNodeSourceCodeLocation(node, location) {
      if (isText(node) && !unplaceable.has(node) && location.endOffset !== undefined) check(node as SourceTextNode, location.endOffset);
    },
  };
  const options: ParserOptions<Htmlparser2TreeAdapterMap> = { treeAdapter, sourceCodeLocationInfo: true };
  const root = asDocument ? parse(source, options) : parseFragment(source, options);
  for (const node of modes?.unsafeText() ?? []) unplaceable.add(node);
  for (const [node, pending] of unchecked) giveUp(node, pending, node.endIndex!);
  unchecked.clear();
  return { root, text, locate };
}
