/** One-line apps that import the package, by name. */
export const CONSUMERS: Record<'autotag' | 'bundledGlossary' | 'term' | 'everything', string>;
/** The app bundled by esbuild: its minified code and the files that put code in it, from the package root. */
export function bundleConsumer(source: string, options?: { stubData?: boolean }): Promise<{ code: string; inputs: string[] }>;
