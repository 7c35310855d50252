/**
 * The floors under "2,000 <ics-term>": the same page with <ics-term> defined as the least a closed term
 * can be, timed like bench/pages/upgrade.js. `?floor=lit`: a LitElement with a shadow root, styles and
 * a focusable span around a slot, what any Lit-based term pays before doing anything of its own.
 * `?floor=lit-context`: the same, asking a provider for its glossary as <ics-term> does on a page that has
 * one (lit-floors.js).
 * `?floor=platform`: the same DOM built by hand, with no library: what the web platform alone costs.
 * On a page that keeps its terms in a `<template>`, the element is defined first and the terms go in when
 * the suite asks (insert-terms.js), as with bench/pages/upgrade-alone.js.
 */
import { attachContextRoot, floorStyles, LitContextFloor, LitFloor } from './lit-floors.js';
import { offerTerms } from './insert-terms.js';

const floor = new URLSearchParams(location.search).get('floor');

const template = document.createElement('template');
template.innerHTML = '<span part="term" tabindex="0" role="button"><slot></slot></span>';

class PlatformFloor extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open', delegatesFocus: true });
    root.adoptedStyleSheets = [floorStyles.styleSheet];
    root.append(template.content.cloneNode(true));
  }
}

if (floor === 'lit-context') attachContextRoot();
const floors = { lit: LitFloor, 'lit-context': LitContextFloor, platform: PlatformFloor };
customElements.define('ics-term', floors[floor]);
if (document.querySelector('template')) {
  offerTerms();
} else {
  const terms = [...document.querySelectorAll('ics-term')];
  await Promise.all(terms.map((term) => term.updateComplete));
  window.benchResult = {
    // The clock upgrade-floor-load.js started before it fetched this bundle.
    rendered: performance.now() - window.benchStart,
    upgraded: terms.filter((term) => term.shadowRoot?.querySelector('[part~="term"]')).length,
  };
}
