/**
 * Transfer sizes as a server would send them: gzip at its highest level, brotli at its highest quality.
 * Budgets and the bench use the same functions, so their figures always agree.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Budgets and tables speak in KiB (1 KiB = 1024 bytes). */
export const KIB = 1024;

/** Raw, gzip and brotli sizes in bytes of a file's contents. */
export function compressedSizes(contents) {
  const bytes = Buffer.from(contents);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

/** Adds up the sizes of files sent one by one (each file is compressed on its own). */
export function sumSizes(sizes) {
  return sizes.reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
}

export function formatKiB(bytes) {
  return `${(bytes / KIB).toFixed(1)} KiB`;
}
