// Turns a file's bytes into text. UTF-8 (BOM or not) and UTF-16 with a BOM are read as such; UTF-8
// with a few stray bytes is read with each stray byte as Windows-1252 (and a warning counting them);
// UTF-8 once misread as Windows-1252 ("didnâ€™t") is repaired; other files go to an encoding
// detector (chardet) and are decoded by iconv-lite when it is confident, else skipped with a warning.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { repairMojibake } from './mojibake.ts';
import { scanUtf8 } from './utf8.ts';

export type Decoded =
  | { ok: true; text: string; encoding: string; warning?: string }
  | { ok: false; reason: string };

/** Below this, the detector's guess (0–100) is not trusted for anything but Western text. */
const CONFIDENT = 50;
/** Western text in a legacy encoding has few non-ASCII bytes; Cyrillic, Greek or CJK text has many. */
const MAX_WESTERN_HIGH_SHARE = 0.15;

export function decodeArticle(bytes: Uint8Array): Decoded {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return { ok: true, text: iconv.decode(Buffer.from(bytes), utf16), encoding: utf16 };
  if (bytes.includes(0)) return { ok: false, reason: 'it looks binary (it contains NUL bytes)' };
  if (looksBinary(bytes)) return { ok: false, reason: 'it looks binary (it is mostly control characters)' };
  const decoded = decodeText(hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes);
  if (decoded.ok && decoded.text.trim() === '') return { ok: false, reason: 'it is empty' };
  return decoded;
}

function decodeText(bytes: Uint8Array): Decoded {
  const scan = scanUtf8(bytes);
  if (scan.invalid === 0) return withRepairs(scan.text, 'utf-8');
  // Mostly valid UTF-8 with a few stray bytes (a pasted Windows-1252 quote): keep the rest as UTF-8.
  if (scan.sequences > 0 && scan.invalid <= scan.sequences) {
    const bad = `${scan.invalid} byte${scan.invalid === 1 ? '' : 's'} that are not UTF-8 read as Windows-1252`;
    return { ...withRepairs(scan.text, 'utf-8'), warning: bad };
  }
  return detected(bytes);
}

/** Text with misdecoded sequences repaired: nothing is lost, so nothing to warn about. */
function withRepairs(text: string, encoding: string): Extract<Decoded, { ok: true }> {
  return { ok: true, text: repairMojibake(text).text, encoding };
}

/** A legacy encoding, as the detector names it. */
function detected(bytes: Uint8Array): Decoded {
  const [best] = chardet.analyse(bytes);
  const name = best?.name ?? 'unknown';
  const western = /^(?:windows-1252|ISO-8859-1|ISO-8859-15)$/iu.test(name);
  if (western || (!best || best.confidence < CONFIDENT) && highShare(bytes) <= MAX_WESTERN_HIGH_SHARE) {
    // Older newsroom systems and Word exports write Windows-1252 (a superset of Latin-1).
    return { ok: true, text: iconv.decode(Buffer.from(bytes), 'win1252'), encoding: 'windows-1252' };
  }
  if (!best || best.confidence < CONFIDENT) {
    return { ok: false, reason: `its encoding could not be recognised (perhaps ${name}); save it as UTF-8` };
  }
  if (!iconv.encodingExists(name)) return { ok: false, reason: `its encoding (${name}) cannot be read; save it as UTF-8` };
  return { ok: true, text: iconv.decode(Buffer.from(bytes), name), encoding: name.toLowerCase() };
}

function highShare(bytes: Uint8Array): number {
  let high = 0;
  let letters = 0;
  for (const b of bytes) {
    if (b >= 0x80) high++;
    if (b > 0x20) letters++;
  }
  return letters === 0 ? 0 : high / letters;
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Control bytes other than tab, LF, CR and form feed are rare in text and common in binaries. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of sample) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  return sample.length > 0 && control / sample.length > 0.1;
}
