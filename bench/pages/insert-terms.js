/**
 * The upgrade alone, for bench/suites/upgrade.js: a page that has defined `<ics-term>` offers
 * `window.insertTerms()`, which puts the page's terms, kept until then in a `<template>`, into the page and
 * resolves when every one has rendered. The suite reads the main thread's CPU time around the call.
 */
export function offerTerms() {
  window.insertTerms = async () => {
    const start = performance.now();
    document.body.append(document.querySelector('template').content.cloneNode(true));
    const terms = [...document.querySelectorAll('ics-term')];
    await Promise.all(terms.map((term) => term.updateComplete));
    const rendered = performance.now() - start;
    // Style and layout now, in this task, where the suite can leave them out, rather than in a frame
    // that may or may not come before it reads the clock.
    void document.body.offsetHeight;
    return { rendered, upgraded: terms.filter((term) => term.shadowRoot?.querySelector('[part~="term"]')).length };
  };
}
