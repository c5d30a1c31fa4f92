// Reads bytes as UTF-8 without giving up at the first invalid byte: valid sequences are decoded as
// UTF-8, each stray byte as its Windows-1252 character, and both are counted.
import iconv from 'iconv-lite';

export interface Utf8Scan {
  text: string;
  /** Bytes that start no valid UTF-8 sequence. */
  invalid: number;
  /** Valid multi-byte sequences (evidence that the file is UTF-8 at all). */
  sequences: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  try {
    // The common case, at native speed; the byte walk below only runs for files with a bad byte.
    const text = utf8.decode(bytes);
    return { text, invalid: 0, sequences: 1 };
  } catch {
    return walk(bytes);
  }
}

function walk(bytes: Uint8Array): Utf8Scan {
  const parts: string[] = [];
  let [start, invalid, sequences, i] = [0, 0, 0, 0];
  while (i < bytes.length) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      sequences++;
      i += length;
      continue;
    }
    parts.push(utf8.decode(bytes.subarray(start, i)), iconv.decode(Buffer.from([bytes[i]!]), 'win1252'));
    invalid++;
    start = ++i;
  }
  parts.push(utf8.decode(bytes.subarray(start)));
  return { text: parts.join(''), invalid, sequences };
}

/** Length of the valid UTF-8 sequence at `i` (2–4), or 0 when there is none (overlongs and surrogates refused). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length === 0 || i + length > bytes.length) return 0;
  for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  const second = bytes[i + 1]!;
  if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f)) return 0;
  if ((lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f)) return 0;
  return length;
}
