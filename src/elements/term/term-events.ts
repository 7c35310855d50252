/**
 * The events a term answers, listened for once on each document or shadow root that holds terms,
 * rather than on each term: a page of 2,000 terms would otherwise add 14,000 listeners as it upgrades.
 *
 * Listeners capture, so a page script that stops an event's propagation on the way up (a lightbox, an
 * analytics wrapper) cannot silence the terms. pointerenter and pointerleave do not bubble; they are
 * made from pointerover and pointerout, with the tooltip counted as part of its term, as it is in the
 * composed tree.
 */

/** What a term does with the events delegated to it: the element's side of this module. */
export interface DelegatedTerm extends Element {
  /** The focusable text: presses, clicks and keys count only there, not in the open tooltip. */
  readonly termAnchor: Element | null;
  termPointerEnter(event: PointerEvent): void;
  termPointerLeave(event: PointerEvent): void;
  termFocusIn(event: FocusEvent): void;
  termFocusOut(event: FocusEvent): void;
  termPointerDown(event: PointerEvent): void;
  termClick(event: MouseEvent): void;
  termKeyDown(event: KeyboardEvent): void;
}

/** Tells this copy's terms from other copies' and from other elements. */
type IsTerm = (node: EventTarget) => node is DelegatedTerm;

const listening = new WeakSet<Node>();

/** The innermost term the event passed through that lives in `root`, where this listener is. */
function termIn(event: Event, root: Node, isTerm: IsTerm): DelegatedTerm | undefined {
  const term = event.composedPath().find(isTerm);
  return term?.getRootNode() === root ? term : undefined;
}

/** Whether `node` (an event's relatedTarget, retargeted into the term's tree) is the term or inside it. */
const within = (term: DelegatedTerm, node: EventTarget | null) => node instanceof Node && term.contains(node);

const onAnchor = (term: DelegatedTerm, event: Event) =>
  !!term.termAnchor && event.composedPath().includes(term.termAnchor);

/** Starts listening on `root` for the terms in it, once per root. */
export function listenForTerms(root: Document | ShadowRoot, isTerm: IsTerm): void {
  if (listening.has(root)) return;
  listening.add(root);
  const on = <E extends Event>(type: string, handle: (term: DelegatedTerm, event: E) => void) =>
    root.addEventListener(
      type,
      (event) => {
        const term = termIn(event, root, isTerm);
        if (term) handle(term, event as E);
      },
      { capture: true },
    );
  on<PointerEvent>('pointerover', (term, e) => within(term, e.relatedTarget) || term.termPointerEnter(e));
  on<PointerEvent>('pointerout', (term, e) => within(term, e.relatedTarget) || term.termPointerLeave(e));
  on<FocusEvent>('focusin', (term, e) => term.termFocusIn(e));
  on<FocusEvent>('focusout', (term, e) => term.termFocusOut(e));
  on<PointerEvent>('pointerdown', (term, e) => onAnchor(term, e) && term.termPointerDown(e));
  on<MouseEvent>('click', (term, e) => onAnchor(term, e) && term.termClick(e));
  on<KeyboardEvent>('keydown', (term, e) => onAnchor(term, e) && term.termKeyDown(e));
}
