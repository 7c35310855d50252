/**
 * Fills an element with a text and `<mark>`s around what the query matched. The content is built from
 * text nodes, so glossary text can never become markup.
 *
 * A broad query ("a") marks almost every entry. So that a keystroke still fits in a frame, an update
 * marks what comes first on the page (the top of the list, where the reader is looking) and leaves
 * the rest to the following frames. Plain text, with nothing to mark, is always written at once.
 */
import { make } from '../make.js';
import { matchRanges, splitByRanges, type FoldedText, type Range } from '../../search/index.js';

/** Elements marked within the update itself, whatever the time taken. */
const AT_ONCE = 60;
/** Milliseconds of marking per update, and per frame for what is left over. */
const SLICE = 4;

/** Marking work waiting for a later frame, in page order, at most one job per element. */
class MarkQueue {
  readonly #jobs = new Map<Highlight, () => void>();
  #burst?: { start: number; done: number };
  #frame?: number;

  add(owner: Highlight, job: () => void): void {
    this.#jobs.delete(owner);
    if (!this.#burst) {
      // One burst per element update: the update runs synchronously inside a microtask.
      this.#burst = { start: performance.now(), done: 0 };
      queueMicrotask(() => (this.#burst = undefined));
    }
    if (this.#burst.done < AT_ONCE || performance.now() - this.#burst.start < SLICE) {
      this.#burst.done++;
      job();
      return;
    }
    this.#jobs.set(owner, job);
    this.#frame ??= requestAnimationFrame(this.#flush);
  }

  cancel(owner: Highlight): void {
    this.#jobs.delete(owner);
  }

  #flush = (): void => {
    this.#frame = undefined;
    const start = performance.now();
    for (const [owner, job] of this.#jobs) {
      if (performance.now() - start > SLICE) break;
      this.#jobs.delete(owner);
      job();
    }
    if (this.#jobs.size > 0) this.#frame = requestAnimationFrame(this.#flush);
  };
}

const queue = new MarkQueue();

/** The text of one element, with its matches marked. */
export class Highlight {
  /** What the element shows now. */
  #shown?: { text: string; query: string; marked: boolean };

  constructor(readonly element: Element) {}

  /**
   * @param field The text, folded for search.
   * @param words The folded query words; `null` for an entry the filter hides, whose marks can wait
   * until it is shown again.
   */
  show(field: FoldedText, words: readonly string[] | null): void {
    const shown = this.#shown;
    const query = (words ?? []).join(' ');
    if (shown?.text === field.text && (words === null || shown.query === query)) {
      queue.cancel(this);
      return;
    }
    const ranges = words ? matchRanges(field, words) : [];
    if (ranges.length > 0) {
      queue.add(this, () => this.#mark(field.text, query, ranges));
      return;
    }
    queue.cancel(this);
    if (shown?.text !== field.text || shown.marked) this.element.textContent = field.text;
    this.#shown = { text: field.text, query, marked: false };
  }

  #mark(text: string, query: string, ranges: Range[]): void {
    const nodes = splitByRanges(text, ranges).map((piece) =>
      piece.match ? make('mark', { part: 'mark' }, piece.text) : piece.text,
    );
    this.element.replaceChildren(...nodes);
    this.#shown = { text, query, marked: true };
  }
}
