// Cheap checks run before parsing, so that binary files and non-English text are refused with a reason
// instead of producing garbage events.

/** True when the bytes are not text: NUL bytes or many invalid UTF-8 sequences in the first 64 KB. */
export function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 65536);
  if (head.includes(0)) return true;
  const decoded = head.toString('utf8');
  const bad = decoded.split('\uFFFD').length - 1;
  return bad > 8 && bad / Math.max(1, decoded.length) > 0.01;
}

/** True when the first element (after any XML declaration, comments or doctype) is an RSS, RDF or Atom root. */
export function looksLikeFeed(text: string): boolean {
  let head = text.slice(0, 4096).trimStart();
  // skipped with indexOf, not a regex: a pattern with alternatives under `*` backtracks exponentially on `<?<?<?...`
  while (head.startsWith('<?') || head.startsWith('<!')) {
    const close = head.startsWith('<!--') ? '-->' : '>';
    const end = head.indexOf(close);
    if (end < 0) return false;
    head = head.slice(end + close.length).trimStart();
  }
  return /^<(?:rss|feed|rdf:RDF)\b/i.test(head);
}

const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to in a is that for on was with by as at from it said were has have had an be are not this which after their its'.split(' '),
);

/** Share of Latin words that are common English function words; English news scores well above 0.15. */
export function englishScore(text: string): number {
  const words = text.slice(0, 20000).toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.length === 0) return 0;
  const hits = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  const latinShare = words.join('').length / Math.max(1, text.slice(0, 20000).replace(/\s+/g, '').length);
  return (hits / words.length) * Math.min(1, latinShare * 1.25);
}

export const isEnglish = (text: string): boolean => englishScore(text) >= 0.12;
