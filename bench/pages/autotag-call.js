/** The script a site adds to auto-tag its articles with the one-script build: one call. */
import { autotag } from '/dist/ics-glossary.js';

window.tagging = autotag(document.querySelector('main'));
