/**
 * What the one-script build loads to tag a page, as one chunk: the tagger and `<ics-autotag>`, whether
 * the page holds the element or calls `autotag()`. In two chunks, the element's static import of the
 * tagger cost the page a further round trip before it could tag.
 */
export { autotag } from './tag/dom.js';
export { IcsAutotag } from './elements/autotag/ics-autotag.js';
