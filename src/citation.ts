/**
 * How a source is cited. Only an open tooltip or the glossary page shows citations, so the catalogue
 * of seed documents loads with them, not with every page of terms.
 */
import seedList from '../glossary/seeds.json' with { type: 'json' };
import type { Source } from './model/types.js';

interface SeedInfo {
  file: string;
  title: string;
  publisher: string;
  date?: string;
}

const seeds = new Map((seedList.seeds as SeedInfo[]).map((s) => [s.file, s]));

export interface Citation {
  text: string;
  url?: string;
}

/** "NHS England, What are integrated care systems? (2022)"; a seed is cited from its catalogue entry. */
export function citation(source: Source): Citation {
  if ('seed' in source) {
    const seed = seeds.get(source.seed);
    if (!seed) return { text: source.seed };
    return { text: `${seed.publisher}, ${seed.title}${seed.date ? ` (${seed.date.slice(0, 4)})` : ''}` };
  }
  return {
    text: `${source.publisher}, ${source.title}${source.date ? ` (${source.date.slice(0, 4)})` : ''}`,
    url: source.url,
  };
}
