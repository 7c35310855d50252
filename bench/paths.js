/** Where things are: every path the bench and the size check use starts from the package root. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const GLOSSARY_JSON = path.join(ROOT, 'glossary/glossary.json');
/** The two parts `npm run glossary:split` makes of it, which the builds bundle. */
export const GLOSSARY_INDEX_JSON = path.join(ROOT, 'src/generated/glossary-index.json');
export const GLOSSARY_DETAILS_JSON = path.join(ROOT, 'src/generated/glossary-details.json');
/** The seed documents, beside the project when it is checked out with them. */
export const SEEDS_DIR = path.resolve(ROOT, '../shared/seeds');
