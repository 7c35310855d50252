import { css } from 'lit';

/** The open tooltip: adopted with the tooltip code on the first open. */
export const tooltipStyles = css`
  /* The browser places the tooltip (CSS anchor positioning): centred above the term, shifted to stay 8px
     inside the viewport, and below the term when it does not fit above. */
  [part~='term'] {
    anchor-name: --ics-term;
  }

  [part~='tooltip'] {
    /* The top layer ignores ancestors' overflow and z-index. */
    position: fixed;
    position-anchor: --ics-term;
    position-area: top;
    position-try-fallbacks: flip-block;
    inset: auto;
    margin: 8px;
    margin-block-end: 10px;
    box-sizing: border-box;
    width: max-content;
    max-width: min(var(--ics-tooltip-max-width, 22rem), 100vw - 16px);
    /* Set to the roomier side of the term (position.ts); a longer text scrolls inside. */
    max-height: var(--ics-available-height, none);
    display: flex;
    flex-direction: column;
    overflow: visible;
    padding: var(--ics-tooltip-padding, 0.75em 0.9em);
    border: 1px solid var(--ics-tooltip-border-color, #b1b4b6);
    border-radius: var(--ics-tooltip-radius, 6px);
    background: var(--ics-tooltip-background, #fff);
    color: var(--ics-tooltip-color, #0b0c0c);
    box-shadow: var(--ics-tooltip-shadow, 0 4px 14px rgb(0 0 0 / 0.18));
    font: inherit;
    font-size: var(--ics-tooltip-font-size, 0.875rem);
    line-height: 1.45;
    text-align: start;
    text-decoration: none;
    white-space: normal;
    letter-spacing: normal;
    visibility: hidden;
    z-index: 2147483647;
  }

  /* Browsers from before anchor positioning (Baseline 2026) show the tooltip as a panel along the
     bottom of the viewport: still beside the reader's attention, never off screen. */
  @supports not (position-area: top) {
    [part~='tooltip'] {
      inset: auto 0 0;
      max-width: none;
      max-height: 50vh;
      width: auto;
    }
    [part~='arrow'] {
      display: none;
    }
  }

  [part~='tooltip'][data-positioned] {
    visibility: visible;
  }

  /* Scrolls inside the box, so the arrow outside it is not clipped. */
  .body {
    min-height: 0;
    overflow: auto;
  }

  [part~='tooltip']:not(:popover-open):not(.fallback-open) {
    display: none;
  }

  [part~='arrow'] {
    position: absolute;
    width: 10px;
    height: 10px;
    background: inherit;
    border: inherit;
    border-width: 0 1px 1px 0;
    transform: rotate(45deg);
  }

  [data-placement='top'] [part~='arrow'] {
    bottom: -6px;
  }
  [data-placement='bottom'] [part~='arrow'] {
    top: -6px;
    transform: rotate(225deg);
  }

  p,
  ul {
    margin: 0 0 0.4em;
  }
  /* Each line reads in its own text's direction: English glossary text stays LTR on an RTL page, and
     an Arabic or Hebrew custom glossary reads RTL anywhere. */
  p,
  li {
    unicode-bidi: plaintext;
  }
  p:last-child {
    margin-bottom: 0;
  }
  ul {
    padding-inline-start: 1.1em;
  }

  [part~='heading'] {
    font-weight: 700;
  }
  [part~='expansion'] {
    font-weight: 400;
  }
  [part~='status'],
  [part~='source'],
  [part~='change-note'],
  [part~='other-senses'] {
    font-size: 0.9em;
    color: var(--ics-tooltip-muted-color, #505a5f);
  }
  [part~='change-note'] {
    font-style: italic;
  }
  a {
    color: var(--ics-link-color, #1d70b8);
  }

  @media (prefers-reduced-motion: no-preference) {
    [part~='tooltip'][data-positioned] {
      animation: ics-fade-in var(--ics-tooltip-transition-duration, 120ms) ease-out;
    }
    @keyframes ics-fade-in {
      from {
        opacity: 0;
      }
    }
  }

  @media (prefers-color-scheme: dark) {
    [part~='tooltip'] {
      border-color: var(--ics-tooltip-border-color, #6f777b);
      background: var(--ics-tooltip-background, #1d1f20);
      color: var(--ics-tooltip-color, #f3f2f1);
    }
    [part~='status'],
    [part~='source'],
    [part~='change-note'],
    [part~='other-senses'] {
      color: var(--ics-tooltip-muted-color, #c8cacb);
    }
    a {
      color: var(--ics-link-color, #8fc3ff);
    }
  }

  @media (forced-colors: active) {
    [part~='tooltip'] {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
      box-shadow: none;
    }
    [part~='status'],
    [part~='source'],
    [part~='change-note'],
    [part~='other-senses'] {
      color: CanvasText;
    }
    a {
      color: LinkText;
    }
    [part~='arrow'] {
      display: none;
    }
  }
`;
