// A terminal obeys what it prints, and article text is untrusted: ESC starts colour, cursor, title and
// clipboard sequences, BEL rings, CR overwrites the line, and C1 controls (U+0080-U+009F, CSI among
// them) act as ESC sequences in many terminals. Ingest replaces C0 controls, but a database written
// before it may hold them, and DEL and C1 are valid JSON text, so every human-readable line drops them
// all; line feed and tab stay. JSON and CSV output are data and are written as stored.
const TERMINAL_CONTROL = /[\x00-\x08\x0B-\x1F\x7F-\x9F]/g;

export const forTerminal = (text: string): string => text.replace(TERMINAL_CONTROL, '');
