import { css } from '@lit/reactive-element';

/** The term itself: all a page of closed terms needs. */

export const termStyles = css`
  :host {
    display: inline;
  }

  [part~='term'] {
    text-decoration-line: underline;
    text-decoration-style: dotted;
    text-decoration-color: var(--ics-term-underline-color, currentColor);
    text-decoration-thickness: var(--ics-term-underline-thickness, from-font);
    text-underline-offset: 0.2em;
    cursor: help;
    border-radius: 2px;
  }

  /* A box of its own for the slot, which is display: contents by default: Firefox sends no touch events,
     and so no tap's click, to text whose nearest box is missing. */
  slot {
    display: inline;
  }

  [part~='term']:focus-visible {
    outline: 2px solid var(--ics-focus-ring-color, Highlight);
    outline-offset: 2px;
  }
`;
