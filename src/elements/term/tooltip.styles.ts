import { css } from '@lit/reactive-element';

/**
 * The open tooltip: adopted with the tooltip code on the first open. Floating UI places it (position.ts)
 * and sets its left, top and max-height.
 *
 * Its colours follow the page's color-scheme, as the glossary page's do: the pairs go through
 * light-dark(), so a light page on a dark-mode system gets a light tooltip and a page or section that
 * declares color-scheme: dark gets a dark one. Browsers without light-dark() get the light pair.
 */
export const tooltipStyles = css`
  [part~='tooltip'] {
    --_background: #fff;
    --_color: #0b0c0c;
    --_muted: #505a5f;
    --_border: #b1b4b6;
    --_link: #1d70b8;
    /* The top layer ignores ancestors' overflow and z-index. */
    position: fixed;
    inset: 0 auto auto 0;
    margin: 0;
    box-sizing: border-box;
    width: max-content;
    max-width: min(var(--ics-tooltip-max-width, 22rem), 100vw - 16px);
    display: flex;
    flex-direction: column;
    overflow: visible;
    padding: var(--ics-tooltip-padding, 0.75em 0.9em);
    border: 1px solid var(--ics-tooltip-border-color, var(--_border));
    border-radius: var(--ics-tooltip-radius, 6px);
    background: var(--ics-tooltip-background, var(--_background));
    color: var(--ics-tooltip-color, var(--_color));
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

  @supports (color: light-dark(#fff, #000)) {
    [part~='tooltip'] {
      --_background: light-dark(#fff, #1d1f20);
      --_color: light-dark(#0b0c0c, #f3f2f1);
      --_muted: light-dark(#505a5f, #c8cacb);
      --_border: light-dark(#b1b4b6, #6f777b);
      --_link: light-dark(#1d70b8, #8fc3ff);
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
    color: var(--ics-tooltip-muted-color, var(--_muted));
  }
  [part~='change-note'] {
    font-style: italic;
  }
  a {
    color: var(--ics-link-color, var(--_link));
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
