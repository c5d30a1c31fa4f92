// Spots broken-encoding fragments: UTF-8 read as Windows-1252 ("â€™", "Ã©", "âš¡") and U+FFFD.

/** Characters that Windows-1252 gives for the continuation bytes 0x80–0xBF of a UTF-8 sequence. */
const CONTINUATION = String.raw`\u0080-\u00BF\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178`;

/** A UTF-8 lead byte (Â, Ã, â, ð) read as Windows-1252, followed by a continuation byte. */
const MOJIBAKE = new RegExp(String.raw`[ÂÃâð][${CONTINUATION}]|\uFFFD`);

export function hasMojibake(text: string): boolean {
  return MOJIBAKE.test(text);
}
