// Turns a file's bytes into text: UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1252.
import iconv from 'iconv-lite';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeArticle(bytes: Uint8Array): Decoded {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return { ok: true, text: iconv.decode(Buffer.from(bytes), utf16), encoding: utf16 };
  if (bytes.includes(0)) return { ok: false, reason: 'it looks binary (it contains NUL bytes)' };
  if (looksBinary(bytes)) return { ok: false, reason: 'it looks binary (it is mostly control characters)' };
  const text = decodeText(bytes);
  if (text.text.trim() === '') return { ok: false, reason: 'it is empty' };
  return { ok: true, ...text };
}

function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  const body = hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
  try {
    return { text: utf8.decode(body), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: older newsroom systems and Word exports write Windows-1252.
    return { text: iconv.decode(Buffer.from(bytes), 'win1252'), encoding: 'windows-1252' };
  }
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
