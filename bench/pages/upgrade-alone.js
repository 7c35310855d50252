/**
 * The upgrade alone, without loading the library: the shipped module is loaded and `<ics-term>` defined
 * first, with the page's terms kept in a `<template>`; the clock starts as they are put into the page and
 * stops when every one has rendered. bench/pages/upgrade-floor.js does the same on such a page.
 */
await import('/dist/ics-glossary.js');
await customElements.whenDefined('ics-term');
const start = performance.now();
document.body.append(document.querySelector('template').content.cloneNode(true));
const terms = [...document.querySelectorAll('ics-term')];
await Promise.all(terms.map((term) => term.updateComplete));
window.benchResult = {
  rendered: performance.now() - start,
  upgraded: terms.filter((term) => term.shadowRoot?.querySelector('[part~="term"]')).length,
};
