/** The glossary shipped with the package, validated once when first imported. */
import data from '../glossary/glossary.json' with { type: 'json' };
import { Glossary } from './model/glossary.js';

export const bundledGlossary: Glossary = Glossary.from(data);
