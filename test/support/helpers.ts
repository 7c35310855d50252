import { executeServerCommand, sendMouse } from '@web/test-runner-commands';
import { waitUntil } from '@open-wc/testing';
import type { IcsTerm } from '../../src/elements/term/ics-term.js';
import { insidePage } from './frames.js';

export interface AxNode {
  role: string;
  name: string;
  description: string;
  expanded?: boolean;
  focusable: boolean;
  disabled: boolean;
}

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine running this test file. */
export const engine: Engine = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/**
 * `it` in the engines named, `it.skip` elsewhere, for tests that need one engine's automation API.
 * `why` names that API, and goes into the test's title so the report says why it ran where it did.
 */
export function itIn(engines: Engine[], why: string) {
  const run = engines.includes(engine);
  return (title: string, fn: Mocha.Func) => (run ? it : it.skip)(`${title} (${why}: ${engines.join(', ')})`, fn);
}

/** What Chromium gives assistive technology: its full accessibility tree, unignored nodes only. */
export function axTree(): Promise<AxNode[]> {
  return executeServerCommand<AxNode[], undefined>('ax-tree');
}

/** What an element the accessibility tree names `name` with `role` is: its part and id attributes. */
export interface AxFound {
  part: string | null;
  id: string;
  text: string;
}

/** The elements the engine's accessibility tree exposes with this role, and name if given (Chromium, Firefox). */
export function axFind(role: string, name?: string): Promise<AxFound[]> {
  return executeServerCommand<AxFound[], { role: string; name?: string }>('ax-find', { role, name });
}

/**
 * Runs `test` as in a browser without the Popover API, as Safari before 17 and Firefox before 125 are:
 * the element's feature detection sees no showPopover.
 */
export async function withoutPopoverApi(test: () => Promise<void>): Promise<void> {
  const descriptor = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'showPopover')!;
  delete (HTMLElement.prototype as Partial<HTMLElement>).showPopover;
  try {
    await test();
  } finally {
    Object.defineProperty(HTMLElement.prototype, 'showPopover', descriptor);
  }
}

/** Sets the viewport in every engine; WebKitGTK's narrowest is 447 px wide (scripts/engines.js). */
export function setViewport(size: { width: number; height: number }): Promise<unknown> {
  return executeServerCommand('ics-viewport', size);
}

/** The element under `root` that names `name` among its parts. */
export function part(root: ParentNode, name: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[part~="${name}"]`);
}

export function tipOf(term: IcsTerm): HTMLElement | null {
  return term.shadowRoot!.querySelector<HTMLElement>('[part~="tooltip"]');
}

export function anchorOf(term: IcsTerm): HTMLElement {
  return term.shadowRoot!.querySelector<HTMLElement>('[part~="term"]')!;
}

/** Open (its box exists only while it is), placed and visible: in the top layer, or without the Popover API a fixed box. */
export function isShown(term: IcsTerm): boolean {
  const tip = tipOf(term);
  return !!tip && tip.hasAttribute('data-positioned') && tip.checkVisibility();
}

export async function waitShown(term: IcsTerm, message = 'tooltip to open'): Promise<HTMLElement> {
  await waitUntil(() => isShown(term), message, { timeout: 3000 });
  const tip = tipOf(term)!;
  // Measure colours and contrast after the fade-in, as a reader sees them.
  await Promise.all(tip.getAnimations().map((a) => a.finished));
  return tip;
}

export async function waitHidden(term: IcsTerm, message = 'tooltip to close'): Promise<void> {
  await waitUntil(() => !isShown(term), message, { timeout: 3000 });
}

function centre(el: Element): [number, number] {
  const r = el.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

export function hover(el: Element): Promise<void> {
  return sendMouse({ type: 'move', position: centre(el) });
}

export function moveMouseTo(x: number, y: number): Promise<void> {
  return sendMouse({ type: 'move', position: [x, y] });
}

export async function clickAt(el: Element): Promise<void> {
  await sendMouse({ type: 'click', position: centre(el) });
}

/** A real touch tap at the element's centre (touchstart/touchend, then the synthetic click). */
export async function tap(el: Element): Promise<void> {
  const [x, y] = centre(el);
  await executeServerCommand('tap', { x, y });
}

export function emulateMedia(features: Array<{ name: string; value: string }>): Promise<unknown> {
  return executeServerCommand('ics-emulate-media', { features });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Whether the rectangle lies wholly inside this page's viewport. */
export function insideViewport(rect: DOMRect): boolean {
  return insidePage(window, rect);
}

/** Replaces a console method with one that records its lines, until `restore()`. */
export function stubConsole(method: 'warn' | 'info' | 'error') {
  const original = console[method];
  const calls: string[] = [];
  console[method] = (...args: unknown[]) => void calls.push(args.map(String).join(' '));
  return { calls, restore: () => void (console[method] = original) };
}
