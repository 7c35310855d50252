/**
 * The inert block in which a server-tagged page carries the glossary entries it uses, for the
 * data-less build. Shared by the writer (`tag/html.ts`) and the reader (`embedded-glossary.ts`).
 */
export const EMBEDDED_GLOSSARY_ATTRIBUTE = 'data-ics-glossary';
export const EMBEDDED_GLOSSARY_SELECTOR = `script[type="application/json"][${EMBEDDED_GLOSSARY_ATTRIBUTE}]`;
