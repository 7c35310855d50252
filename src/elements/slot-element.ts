import { ReactiveElement } from '@lit/reactive-element';

/**
 * The base of elements whose shadow root shows their children and nothing else (the provider, the
 * autotagger): one slot, made once, with no template to render, so they need no lit-html.
 */
export class SlotElement extends ReactiveElement {
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.append(document.createElement('slot'));
    return root;
  }
}
