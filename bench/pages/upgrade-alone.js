/**
 * The upgrade alone, without loading the library: the shipped module is loaded and `<ics-term>` defined
 * first; the page's terms, kept in a `<template>`, go in when the suite asks (insert-terms.js).
 */
import { offerTerms } from './insert-terms.js';

await import('/dist/ics-glossary.js');
await customElements.whenDefined('ics-term');
offerTerms();
