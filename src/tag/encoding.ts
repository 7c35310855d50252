/// <reference types="node" />
/**
 * A page as bytes, for the command line: its encoding found as a browser finds it, its text for the
 * tagger, and the tagged page written back as the same bytes with only the tags added, in the
 * page's own encoding. Bytes that are not an HTML page are refused rather than tagged.
 */
import { isUtf8 } from 'node:buffer';
import sniffEncoding from 'html-encoding-sniffer';
import type { NewTerm } from './html.js';

/** A page that cannot be tagged: not HTML, or in an encoding the tagger cannot write back. */
export class PageError extends Error {}

export interface Page {
  bytes: Uint8Array;
  text: string;
  /** Its encoding, by its WHATWG name in lower case. */
  encoding: string;
}

/**
 * Decodes a page. The encoding comes from a byte-order mark, else a `<meta charset>` (or the
 * http-equiv form) near the start, else UTF-8 where the bytes are valid UTF-8, else windows-1252.
 */
export function decodePage(bytes: Uint8Array): Page {
  const name = sniffEncoding(bytes, { defaultEncoding: isUtf8(bytes) ? 'UTF-8' : 'windows-1252' });
  const encoding = name.toLowerCase();
  const wide = encoding === 'utf-16le' || encoding === 'utf-16be';
  if (!wide) {
    const nul = bytes.indexOf(0);
    if (nul >= 0) throw new PageError(`holds binary data, not HTML (a NUL byte at ${nul}; UTF-16 needs a byte-order mark)`);
  }
  let decoder: TextDecoder;
  try {
    // The byte-order mark stays in the text, so that each character keeps its place in the bytes.
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  } catch {
    throw new PageError(`is in ${name}, which cannot be read here; convert it to UTF-8`);
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new PageError(`is not valid ${name}, the encoding its byte-order mark or <meta charset> names`);
  }
  if (wide && text.includes('\0')) throw new PageError('holds binary data, not HTML (a NUL character)');
  if (/^\ufeff?\s*[[{]/.test(text) && isJson(text)) throw new PageError('is JSON, not HTML');
  // Tags can be added byte for byte only where each character is written the same way wherever it is.
  if (encoding !== 'utf-8' && !wide && text.length !== bytes.length) {
    throw new PageError(`is in ${name} with characters of more than one byte, which the tagger cannot write back; convert it to UTF-8`);
  }
  return { bytes, text, encoding };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The tagged page as chunks of bytes: the page's own bytes, not copied, with the tags between them,
 * made one by one as they are written. `terms` are places in the page's text, in order.
 */
export function* withTermBytes(page: Page, terms: readonly NewTerm[]): Generator<Uint8Array> {
  const { bytes, text, encoding } = page;
  const tags = new Map<string, Uint8Array>();
  /** The bytes of a tag in the page's encoding; a character outside ASCII, in an attribute, as a reference. */
  const encoded = (tag: string) => {
    let bytes = tags.get(tag);
    if (!bytes) {
      const ascii = tag.replace(/[^\x00-\x7f]/gu, (ch) => `&#${ch.codePointAt(0)};`);
      bytes = encoding === 'utf-16le' || encoding === 'utf-16be' ? Buffer.from(ascii, 'utf16le') : Buffer.from(ascii, 'latin1');
      if (encoding === 'utf-16be') bytes = Buffer.from(bytes).swap16();
      tags.set(tag, bytes);
    }
    return bytes;
  };
  const unit = encoding.startsWith('utf-16') ? 2 : 1;
  let doneText = 0;
  let doneBytes = 0;
  /** The page's bytes from where the last chunk ended to `offset` in its text. */
  const upTo = (offset: number) => {
    const length = encoding === 'utf-8' ? Buffer.byteLength(text.slice(doneText, offset)) : (offset - doneText) * unit;
    const chunk = bytes.subarray(doneBytes, doneBytes + length);
    doneText = offset;
    doneBytes += length;
    return chunk;
  };
  for (const { start, end, open, close } of terms) {
    yield upTo(start);
    yield encoded(open);
    yield upTo(end);
    if (close) yield encoded(close);
  }
  yield bytes.subarray(doneBytes);
}
