/** Kept equal to package.json's version by a test, so a page can tell two copies apart. */
export const VERSION = '0.1.0';
