// Broken-encoding fragments: UTF-8 read as Windows-1252 ("â€™", "Ã©", "âš¡") and U+FFFD. They are
// repaired by reversing the misdecode (the characters back to their Windows-1252 bytes, read as
// UTF-8); what cannot be repaired is spotted so the paragraph can be left out.
import iconv from 'iconv-lite';

/** Characters that Windows-1252 gives for the continuation bytes 0x80–0xBF of a UTF-8 sequence. */
const CONTINUATION = String.raw`\u0080-\u00BF\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178`;

/** A UTF-8 lead byte (Â, Ã, â, ð) read as Windows-1252, followed by a continuation byte. */
const MOJIBAKE = new RegExp(String.raw`[ÂÃâð][${CONTINUATION}]|\uFFFD`);

/** A whole misdecoded sequence: a lead byte's character (0xC2–0xF4) and one to three continuations. */
const SEQUENCE = new RegExp(String.raw`[\u00C2-\u00F4][${CONTINUATION}]{1,3}`, 'gu');

export function hasMojibake(text: string): boolean {
  return MOJIBAKE.test(text);
}

/** Windows-1252's characters for the bytes 0x80–0x9F, back to their bytes (the rest of 0x80–0xFF are Latin-1). */
const CP1252_BYTE = new Map<string, number>(
  [...iconv.decode(Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i)), 'win1252')].map((c, i) => [c, 0x80 + i]),
);

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The text with each misdecoded UTF-8 sequence read again as UTF-8; other text is left as it is. */
export function repairMojibake(text: string): { text: string; repaired: number } {
  if (!MOJIBAKE.test(text)) return { text, repaired: 0 };
  let repaired = 0;
  const out = text.replace(SEQUENCE, (seq) => {
    const fixed = reread(seq);
    if (fixed === null) return seq;
    repaired++;
    return fixed;
  });
  return { text: out, repaired };
}

/** The sequence's characters as Windows-1252 bytes, decoded as UTF-8; null when that is not one valid character. */
function reread(seq: string): string | null {
  const bytes: number[] = [];
  for (const c of seq) {
    const code = c.codePointAt(0)!;
    const byte = CP1252_BYTE.get(c) ?? (code >= 0xa0 && code <= 0xff ? code : code >= 0x80 && code < 0xa0 ? code : -1);
    if (byte < 0) return null;
    bytes.push(byte);
  }
  try {
    const decoded = strictUtf8.decode(Uint8Array.from(bytes));
    return [...decoded].length === 1 ? decoded : null;
  } catch {
    return null;
  }
}
