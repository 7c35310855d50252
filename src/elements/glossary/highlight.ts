/**
 * Fills an element with a text and `<mark>`s around what the query matched. The content is built from
 * text nodes, so glossary text can never become markup, and directly rather than through templates,
 * which would cost too much across hundreds of entries.
 *
 * A broad query ("a") marks almost every entry. So that a keystroke still fits in a frame, an update
 * marks what comes first on the page (the top of the list, where the reader is looking) and leaves
 * the rest to the following frames. Plain text, with nothing to mark, is always written at once.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { matchRanges, splitByRanges, type FoldedText, type Range } from '../../search/index.js';

/** Elements marked within the update itself, whatever the time taken. */
const AT_ONCE = 60;
/** Milliseconds of marking per update, and per frame for what is left over. */
const SLICE = 4;

/** Marking work waiting for a later frame, in page order, at most one job per element. */
class MarkQueue {
  private readonly jobs = new Map<HighlightDirective, () => void>();
  private burst?: { start: number; done: number };
  private frame?: number;

  add(owner: HighlightDirective, job: () => void): void {
    this.jobs.delete(owner);
    if (!this.burst) {
      // One burst per Lit update: the update runs synchronously inside a microtask.
      this.burst = { start: performance.now(), done: 0 };
      queueMicrotask(() => (this.burst = undefined));
    }
    if (this.burst.done < AT_ONCE || performance.now() - this.burst.start < SLICE) {
      this.burst.done++;
      job();
      return;
    }
    this.jobs.set(owner, job);
    this.frame ??= requestAnimationFrame(this.flush);
  }

  cancel(owner: HighlightDirective): void {
    this.jobs.delete(owner);
  }

  private flush = (): void => {
    this.frame = undefined;
    const start = performance.now();
    for (const [owner, job] of this.jobs) {
      if (performance.now() - start > SLICE) break;
      this.jobs.delete(owner);
      job();
    }
    if (this.jobs.size > 0) this.frame = requestAnimationFrame(this.flush);
  };
}

const queue = new MarkQueue();

class HighlightDirective extends Directive {
  /** What the element shows now. */
  private shown?: { text: string; query: string; marked: boolean };

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('highlight() belongs on an element: <span ${highlight(…)}>');
  }

  /**
   * @param field The text, folded for search.
   * @param words The folded query words; `null` for an entry the filter hides, whose marks can wait
   * until it is shown again.
   */
  render(_field: FoldedText, _words: readonly string[] | null): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [field, words]: Parameters<this['render']>): typeof noChange {
    const { shown } = this;
    const query = (words ?? []).join(' ');
    if (shown?.text === field.text && (words === null || shown.query === query)) {
      queue.cancel(this);
      return noChange;
    }
    const ranges = words ? matchRanges(field, words) : [];
    if (ranges.length > 0) {
      queue.add(this, () => this.mark(part.element, field.text, query, ranges));
      return noChange;
    }
    queue.cancel(this);
    if (shown?.text !== field.text || shown.marked) part.element.textContent = field.text;
    this.shown = { text: field.text, query, marked: false };
    return noChange;
  }

  private mark(element: Element, text: string, query: string, ranges: Range[]): void {
    const doc = element.ownerDocument;
    const nodes = splitByRanges(text, ranges).map((piece) => {
      if (!piece.match) return doc.createTextNode(piece.text);
      const mark = doc.createElement('mark');
      mark.setAttribute('part', 'mark');
      mark.textContent = piece.text;
      return mark;
    });
    element.replaceChildren(...nodes);
    this.shown = { text, query, marked: true };
  }
}

export const highlight = directive(HighlightDirective);
