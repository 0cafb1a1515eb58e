// What an article may carry from its input into the store, and from there into every output (JSON, CSV,
// GeoJSON, the web page, the terminal): these rules are applied once, when an article is loaded.

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

// A lone UTF-16 surrogate has no UTF-8 form: JSON.stringify writes it as an escape that jq refuses, while
// the CSV writer's UTF-8 turns it into U+FFFD, so the two exports disagree. A C0 control other than \n
// and \t is no text and drives a terminal (ESC, BEL). A space, not nothing, keeps the words apart.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const C0_CONTROL = /[\x00-\x08\x0B-\x1F]/g;

/** Text as every output can carry it: lone surrogates become U+FFFD, C0 controls (but \n and \t) a space. */
export const cleanText = (text: string): string => text.replace(LONE_SURROGATE, '\uFFFD').replace(C0_CONTROL, ' ');
