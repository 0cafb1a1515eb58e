// What an article may carry from its input into the store, and from there into every output (JSON, CSV,
// GeoJSON, the web page, the terminal): each rule is applied here, once, when an article is loaded.

/**
 * The URL as written when its scheme is http or https, else null. Any other scheme (javascript:, data:,
 * file:, vbscript:) would run or open something local when the page makes the source a link. The
 * WHATWG parser is the browser's, so leading spaces or a tab inside "java\tscript:" are read as a
 * browser would read them.
 */
export function webUrl(value: string | null | undefined): string | null {
  const url = value?.trim();
  if (!url) return null;
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol) ? url : null;
  } catch {
    return null; // relative or unparseable: no link to follow
  }
}
