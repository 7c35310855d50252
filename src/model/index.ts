export * from './types.js';
export * from './dates.js';
export * from './forms.js';
export * from './validate.js';
export * from './glossary.js';
