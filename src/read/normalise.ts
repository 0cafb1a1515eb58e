// One normal form for names, shared by the gazetteer, the actor dictionary and matching in text, so
// that "Al-Asad", "al Asad" and "Asad" meet, and so do "Kata'ib" and "Kataib".

export function normaliseName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/['’‘`ʼʿʾ]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(the|al|el|ad|as|ash|an|ar|az)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
