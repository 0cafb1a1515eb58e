// One normal form for names, shared by the gazetteer, the actor dictionary and matching in text, so
// that "Al-Asad", "al Asad" and "Asad" meet, and so do "Kata'ib" and "Kataib".

// Most words and names are ASCII letters and digits with single spaces: of all the steps below only the
// lowercasing and the dropped articles can change them, and skipping the rest cuts a call to a third
const PLAIN = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;
const ARTICLE = /\b(?:the|al|el|ad|as|ash|an|ar|az)\b/;

export function normaliseName(s: string): string {
  if (PLAIN.test(s)) {
    const lower = s.toLowerCase();
    if (!ARTICLE.test(lower)) return lower;
  }
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // the Arabic article assimilated to a sun letter ("at-Tiri", "ath-Thawra") only with its hyphen: a bare
    // "at" is the English word ("missiles at gardai")
    .replace(/\b(at|ath|adh)-(?=[a-z])/g, ' ')
    .replace(/['’]s\b/g, '')
    .replace(/['’‘`ʼʿʾ]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(the|al|el|ad|as|ash|an|ar|az)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const known = new Map<string, string>();
/**
 * normaliseName for strings that recur (words, gazetteer names, actor names, and a sentence that the place
 * finder reads in several passes and the title test reads too): each distinct one is normalised once.
 */
export function normaliseRecurring(s: string): string {
  let key = known.get(s);
  if (key === undefined) {
    key = normaliseName(s);
    if (known.size > 100_000) known.clear();
    known.set(s, key);
  }
  return key;
}
