/**
 * The least a Lit-based closed term can be, for the floors of bench/suites/upgrade.js and
 * bench/suites/autotag.js: a shadow root, styles and a focusable span around a slot. The context floor
 * also asks a provider for its glossary, subscribed, as <ics-term> does on a page with a provider; with a
 * context root at the document keeping the requests for providers that come later, it is what any term
 * that takes its data from a provider pays before looking anything up.
 */
import { ContextConsumer, ContextRoot } from '@lit/context';
import { css, html, LitElement } from 'lit';
import { glossaryContext } from '../../src/context.ts';

export const floorStyles = css`
  [part~='term'] {
    text-decoration: underline dotted;
  }
`;

export class LitFloor extends LitElement {
  static styles = floorStyles;
  static shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  render() {
    return html`<span part="term" tabindex="0" role="button"><slot></slot></span>`;
  }
}

export class LitContextFloor extends LitFloor {
  constructor() {
    super();
    new ContextConsumer(this, { context: glossaryContext, subscribe: true });
  }
}

/** The context root <ics-term>'s library attaches to the document, for a page without the library. */
export function attachContextRoot() {
  new ContextRoot().attach(document.documentElement);
}
