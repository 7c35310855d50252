/**
 * The glossary every element reads. A string key rather than a Symbol, so that a provider and a
 * consumer from two copies of the library on one page still find each other.
 */
import { createContext } from '@lit/context';
import type { Glossary } from './model/glossary.js';

export const glossaryContext = createContext<Glossary | undefined>('ics-glossary');
