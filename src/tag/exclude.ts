/**
 * Where terms are never added. Both taggers test every element against the same selector, so the
 * browser and the server skip the same text.
 */

/**
 * Skipped whatever `exclude` says: a term inside these would break the page (raw text, form fields,
 * foreign content, editors), nest one control inside another (links, buttons, labels, summaries),
 * repeat an author's own term, or ignore an author's opt-out.
 */
export const ALWAYS_SKIPPED = [
  'script', 'style', 'template', 'noscript', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes',
  'plaintext', 'input', 'select', 'option', 'optgroup', 'datalist', 'svg', 'math', '[contenteditable]',
  'a', 'button', 'label', 'summary', 'ics-term', '[data-ics-skip]',
].join(', ');

/** Skipped unless `exclude` gives another selector: headings and code, where a term is noise or wrong. */
export const DEFAULT_EXCLUDE = 'h1, h2, h3, h4, h5, h6, code, pre, kbd, samp';

/** One selector for everything skipped; text is tagged only if no element around it matches. */
export function skipSelector(exclude: string = DEFAULT_EXCLUDE): string {
  return exclude.trim() === '' ? ALWAYS_SKIPPED : `${ALWAYS_SKIPPED}, ${exclude}`;
}
