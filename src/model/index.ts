export * from './types.js';
export * from './dates.js';
export * from './forms.js';
export * from './validate.js';
export * from './url.js';
export * from './glossary.js';
export * from './load.js';
