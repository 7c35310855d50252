/**
 * The browser tagger: wraps glossary terms in a live page's text in `<ics-term>`, in place. Text nodes
 * are split and the pieces moved into new elements; nothing else is touched, so the page keeps its
 * text, its elements with their listeners and form state, and the reader's selection.
 */
import { defaultGlossary } from '../default-glossary.js';
import type { Match } from '../match/matcher.js';
import type { Entry } from '../model/types.js';
import { TagSession, type TagOptions } from './session.js';
import { documentOf, taggableText } from './taggable-text.js';

export interface AutotagOptions extends TagOptions {
  /** Keep tagging content added to the root later, as on infinite-scroll pages. */
  observe?: boolean;
}

export interface AutotagHandle {
  /** How many terms have been created, including those added since by `observe`. */
  readonly count: number;
  /** Stops observing. The terms already created stay. */
  disconnect(): void;
}

export type AutotagRoot = Element | Document | DocumentFragment;

const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;
const isText = (node: Node): node is Text => node.nodeType === Node.TEXT_NODE;
const isParent = (node: Node): node is Node & ParentNode =>
  node.nodeType === Node.DOCUMENT_NODE || node.nodeType === Node.DOCUMENT_FRAGMENT_NODE || isElement(node);

type Point = [node: Node, offset: number];

/** Where a text position ends up once its text node has been split into `pieces`. */
function locate(pieces: Text[], offset: number): Point {
  for (const piece of pieces) {
    if (offset <= piece.length) return [piece, offset];
    offset -= piece.length;
  }
  const last = pieces[pieces.length - 1]!;
  return [last, last.length];
}

/**
 * Moving a text node into a new term would pull a selection or caret inside it out to the parent, so
 * the ends that were in a wrapped text node are put back at the same characters. Reading a Selection
 * makes Chromium lay out the page, so it is read once per pass, just before the first change, and
 * again only to put an end back.
 */
class SelectionKeeper {
  #selection?: Selection | null;
  #anchor?: Point;
  #focus?: Point;

  readonly #document: Document;

  constructor(document: Document) {
    this.#document = document;
  }

  /** Whether an end of the selection lies in `text`, which is about to change. */
  isIn(text: Text): boolean {
    if (this.#selection === undefined) {
      this.#selection = this.#document.getSelection();
      if (this.#selection && this.#selection.rangeCount > 0) {
        this.#anchor = [this.#selection.anchorNode!, this.#selection.anchorOffset];
        this.#focus = [this.#selection.focusNode!, this.#selection.focusOffset];
      }
    }
    return this.#anchor?.[0] === text || this.#focus?.[0] === text;
  }

  /** Puts back the ends that were in `text`, now split into `pieces`. */
  restore(text: Text, pieces: Text[]): void {
    const selection = this.#selection!;
    // An end anywhere else has been kept up to date by the DOM itself.
    const anchor: Point = this.#anchor![0] === text ? locate(pieces, this.#anchor![1]) : [selection.anchorNode!, selection.anchorOffset];
    const focus: Point = this.#focus![0] === text ? locate(pieces, this.#focus![1]) : [selection.focusNode!, selection.focusOffset];
    selection.setBaseAndExtent(...anchor, ...focus);
    this.#anchor = anchor;
    this.#focus = focus;
  }
}

class DomTagger {
  readonly session: TagSession;
  /**
   * Text already searched, and the pieces split from it: never searched again, even when moved. Only
   * kept when observing, the one way a tagger searches twice: filling it costs about a tenth of a pass.
   */
  readonly #searched?: WeakSet<Text>;
  readonly #templates = new Map<readonly Entry[], Element>();

  readonly #document: Document;

  constructor(document: Document, options: AutotagOptions) {
    this.#document = document;
    this.session = new TagSession({ ...options, glossary: options.glossary ?? defaultGlossary() });
    if (options.observe) this.#searched = new WeakSet();
  }

  /** Tags the text in and under each node, unless it lies in skipped content. */
  tag(nodes: Iterable<Node>): void {
    const found = [...nodes].flatMap((node) => this.#textIn(node));
    const selection = new SelectionKeeper(this.#document);
    for (const node of found) {
      if (isText(node)) this.#wrapTerms(node, selection);
      else this.#noteExisting(node);
    }
  }

  /** The text in and under `node` that may be tagged, and the terms already there, in document order. */
  #textIn(node: Node): Array<Text | Element> {
    if (node.parentElement?.closest(this.session.skip)) return [];
    if (isText(node)) return [node];
    if (!isParent(node)) return [];
    if (isElement(node) && node.matches(this.session.skip)) return node.localName === 'ics-term' ? [node] : [];
    return taggableText(node, this.session.skip);
  }

  #noteExisting(term: Element): void {
    this.session.noteExisting(term.getAttribute('term'), term.textContent ?? '');
  }

  /**
   * An empty term for a match. Cloning an element with its attributes is quicker than setting them one
   * by one, so each set of entries gets one element to clone; the matcher hands out one array per form.
   */
  #newTerm(match: Match): Element {
    let template = this.#templates.get(match.entries);
    if (!template) {
      template = this.#document.createElement('ics-term');
      for (const [name, value] of this.session.attributes(match)) template.setAttribute(name, value);
      this.#templates.set(match.entries, template);
    }
    return template.cloneNode(false) as Element;
  }

  #wrapTerms(text: Text, selection: SelectionKeeper): void {
    if (this.#searched?.has(text)) return;
    this.#searched?.add(text);
    const matches = this.session.termsIn(text.data);
    if (matches.length === 0) return;
    const holdsSelection = selection.isIn(text);
    // Split from the end, so that the offsets of earlier matches still hold in `text`.
    const pieces: Text[] = [];
    for (const match of [...matches].reverse()) {
      if (match.end < text.length) pieces.unshift(text.splitText(match.end));
      const word = match.start > 0 ? text.splitText(match.start) : text;
      const term = this.#newTerm(match);
      word.before(term);
      term.append(word);
      pieces.unshift(word);
    }
    if (matches[0]!.start > 0) pieces.unshift(text);
    for (const piece of pieces) this.#searched?.add(piece);
    if (holdsSelection) selection.restore(text, pieces);
  }
}

/**
 * Finds glossary terms in the text under `root` and wraps each in `<ics-term>`, in place. Skips what
 * `exclude` names and `ALWAYS_SKIPPED`; throws only for an invalid `exclude` selector, before any change.
 */
export function autotag(root: AutotagRoot, options: AutotagOptions = {}): AutotagHandle {
  const tagger = new DomTagger(documentOf(root), options);
  tagger.tag([root]);
  const observer = options.observe
    ? new MutationObserver((records, self) => {
        const added = records.flatMap((record) => [...record.addedNodes]);
        tagger.tag(added.filter((node) => root.contains(node)));
        // The tagger's own splits and insertions are not new content.
        self.takeRecords();
      })
    : undefined;
  observer?.observe(root, { childList: true, subtree: true });
  return {
    get count() {
      return tagger.session.count;
    },
    disconnect: () => observer?.disconnect(),
  };
}
