import { css } from '@lit/reactive-element';

/*
 * The glossary sits on the page's own background, so its colours follow the page: muted text is mixed
 * from the inherited text colour, and the few fixed colours come in pairs through light-dark(), which
 * picks by the page's color-scheme. A page that declares color-scheme: light dark therefore turns dark
 * with the reader's prefers-color-scheme; a light-only page never gets pale links on white.
 */
export const glossaryStyles = css`
  :host {
    display: block;
    --_muted: var(--ics-glossary-muted-color, color-mix(in srgb, currentColor 75%, transparent));
  }

  input,
  select {
    font: inherit;
  }

  [part~='controls'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1.5em;
    align-items: end;
    margin-block-end: 1em;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  label {
    font-weight: 700;
  }
  input,
  select {
    min-height: 2.5em;
    padding: 0.25em 0.5em;
    border: 2px solid var(--ics-glossary-border-color, currentColor);
    border-radius: 0;
    background: Field;
    color: FieldText;
  }
  input {
    width: min(24em, 80vw);
  }

  [part~='letters'] ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin: 0 0 1em;
    padding: 0;
    list-style: none;
  }
  [part~='letter'] {
    display: inline-flex;
    justify-content: center;
    align-items: center;
    min-width: 2em;
    min-height: 2em;
    font-weight: 700;
  }
  /* Unavailable, not deleted: muted and not underlined, without the strike-through that reads as "gone". */
  [part~='letter'][part~='disabled'] {
    color: var(--_muted);
    font-weight: 400;
    text-decoration: none;
  }

  [part~='count'],
  [part~='as-of'] {
    margin: 0 0 1em;
    color: var(--_muted);
  }

  [part~='letter-heading'] {
    margin: 1em 0 0.5em;
    padding-block-end: 0.25em;
    border-block-end: 1px solid var(--ics-glossary-border-color, currentColor);
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1.2;
  }

  [part~='group-heading'],
  [part~='entry-heading'] {
    margin: 0 0 0.4em;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  [part~='group'] [part~='entry-heading'] {
    font-size: 1.1em;
  }
  [part~='expansion'] {
    font-weight: 400;
  }

  [part~='entry'],
  [part~='group'] {
    margin-block-end: var(--ics-glossary-gap, 1.5rem);
  }
  [part~='group'] [part~='entry'] {
    margin-inline-start: 1em;
  }
  [part~='entry'],
  .letter-block {
    scroll-margin-top: var(--ics-glossary-scroll-margin, 1rem);
  }
  [part~='entry'][part~='highlighted'] {
    margin-inline: -0.5em;
    padding: 0.25em 0.5em;
    background: var(--ics-glossary-highlight-background, light-dark(#fff7bf, #3d3a1c));
    outline: 2px solid transparent;
  }

  p,
  ul,
  ol {
    margin: 0 0 0.5em;
  }
  ul,
  ol {
    padding-inline-start: 1.25em;
  }
  .label {
    margin: 0;
    font-weight: 700;
  }
  [part~='status'],
  [part~='change-note'],
  [part~='aliases'],
  [part~='history'],
  [part~='sources'] {
    color: var(--_muted);
    font-size: 0.9em;
  }
  [part~='change-note'] {
    font-style: italic;
  }

  mark {
    background: var(--ics-glossary-mark-background, #ffdd00);
    color: var(--ics-glossary-mark-color, #0b0c0c);
  }

  a {
    color: var(--ics-link-color, light-dark(#1d70b8, #8fc3ff));
  }
  :focus-visible {
    outline: 3px solid var(--ics-focus-ring-color, Highlight);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }

  /* Filtered out on screen only: a printed glossary is the whole glossary. */
  @media not print {
    .filtered {
      display: none;
    }
  }

  @media print {
    [part~='controls'],
    [part~='letters'],
    [part~='count'] {
      display: none;
    }
    mark {
      background: none;
      color: inherit;
    }
    [part~='entry'][part~='highlighted'] {
      background: none;
    }
    [part~='entry'] {
      break-inside: avoid;
    }
    a {
      color: inherit;
    }
  }

  @media (forced-colors: active) {
    [part~='count'],
    [part~='as-of'],
    [part~='status'],
    [part~='change-note'],
    [part~='aliases'],
    [part~='history'],
    [part~='sources'] {
      color: CanvasText;
    }
    [part~='letter'][part~='disabled'] {
      color: GrayText;
    }
    mark {
      background: Mark;
      color: MarkText;
    }
    [part~='entry'][part~='highlighted'] {
      outline-color: Highlight;
    }
    a {
      color: LinkText;
    }
  }
`;
