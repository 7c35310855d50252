/** The one check every URL from glossary data or settings passes before it becomes a link. */

/** http(s) or relative: never javascript:, data: or any other scheme that could run code. */
const SAFE_URL = /^(?:https?:\/\/|\/|\.{1,2}\/|#|\?)|^[^:/?#]+(?:[/?#]|$)/i;

export function isSafeUrl(url: string): boolean {
  const trimmed = url.trim();
  return trimmed !== '' && SAFE_URL.test(trimmed) && !/[\u0000-\u001f]/.test(trimmed);
}
