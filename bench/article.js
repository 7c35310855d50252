/**
 * A news-style article of any size for the tagging benchmarks: the seed documents' own prose (or,
 * without them, the glossary's definitions), shuffled and repeated with variation, in the markup
 * articles have: headings, paragraphs, lists, links, emphasis. Seeded, so every run tags the same page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { prng } from '../scripts/prng.js';
import { GLOSSARY_JSON, SEEDS_DIR } from './paths.js';

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Blocks of text from the seeds: short lines without a full stop read as headings. */
function seedBlocks() {
  const blocks = [];
  for (const file of readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort()) {
    for (const raw of readFileSync(path.join(SEEDS_DIR, file), 'utf8').split('\n')) {
      const line = raw.trim();
      if (line.length < 3) continue;
      if (line.startsWith('•')) blocks.push({ kind: 'item', text: line.replace(/^•\s*/, '') });
      else if (line.length < 90 && !/[.:;]$/.test(line)) blocks.push({ kind: 'heading', text: line });
      else blocks.push({ kind: 'paragraph', text: line });
    }
  }
  return blocks;
}

/** The same shapes from the glossary, for when the seed documents are not beside the project. */
function glossaryBlocks() {
  const { entries } = JSON.parse(readFileSync(GLOSSARY_JSON, 'utf8'));
  return entries.flatMap((entry) => [
    { kind: 'heading', text: entry.expansion ? `${entry.term}: ${entry.expansion}` : entry.term },
    { kind: 'paragraph', text: entry.definition },
    ...(entry.earlier ?? []).map((e) => ({ kind: 'paragraph', text: e.definition })),
    ...(entry.timeline ?? []).map((e) => ({ kind: 'item', text: e.text })),
  ]);
}

export function articleSource() {
  return existsSync(SEEDS_DIR)
    ? { name: 'seed documents', blocks: seedBlocks() }
    : { name: 'glossary text', blocks: glossaryBlocks() };
}

/** Wraps some runs of words in links and emphasis, the inline markup a tagger must walk through. */
function inlineMarkup(text, random) {
  const words = escapeHtml(text).split(' ');
  const out = [];
  for (let i = 0; i < words.length; i++) {
    const roll = random();
    const run = 1 + Math.floor(random() * 3);
    const phrase = words.slice(i, i + run).join(' ');
    if (roll < 0.02) out.push(`<a href="/news/${i}">${phrase}</a>`);
    else if (roll < 0.035) out.push(`<em>${phrase}</em>`);
    else if (roll < 0.045) out.push(`<strong>${phrase}</strong>`);
    else {
      out.push(words[i]);
      continue;
    }
    i += run - 1;
  }
  return out.join(' ');
}

/** An HTML fragment (the article body) of at least `bytes` bytes of UTF-8. */
export function article(bytes, { seed = 7 } = {}) {
  const random = prng(seed);
  const { blocks } = articleSource();
  const parts = ['<article>', '<h1>Integrated care: what changes, and when</h1>'];
  let size = 0;
  let list = false;
  while (size < bytes) {
    const block = blocks[Math.floor(random() * blocks.length)];
    let html;
    if (block.kind === 'item') {
      html = `${list ? '' : '<ul>'}<li>${inlineMarkup(block.text, random)}</li>`;
      list = true;
    } else {
      const close = list ? '</ul>' : '';
      list = false;
      const level = random() < 0.7 ? 2 : 3;
      html =
        block.kind === 'heading'
          ? `${close}<h${level}>${escapeHtml(block.text)}</h${level}>`
          : `${close}<p>${inlineMarkup(block.text, random)}</p>`;
    }
    parts.push(html);
    size += Buffer.byteLength(html);
  }
  parts.push(list ? '</ul></article>' : '</article>');
  return parts.join('\n');
}
