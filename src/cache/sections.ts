// A saved file's payload as a few binary sections (a small JSON head, long strings, number
// arrays), so that reading it back copies bytes instead of parsing megabytes of JSON: at 100k
// passages that is the difference between tens and hundreds of milliseconds at start-up.
//
// Layout: u32 section count, u32 byte length of each, then the sections, each padded to 4 bytes.

export type Section = Uint8Array | Uint16Array | Uint32Array;

export function packSections(sections: readonly Section[]): Buffer {
  return Buffer.concat(sectionParts(sections));
}

/** The packed payload as the pieces to write one after the other: no copy of the sections. */
export function sectionParts(sections: readonly Section[]): Uint8Array[] {
  const bytes = sections.map((s) => Buffer.from(s.buffer, s.byteOffset, s.byteLength));
  const head = Buffer.alloc(4 * (1 + bytes.length));
  head.writeUInt32LE(bytes.length, 0);
  bytes.forEach((b, i) => head.writeUInt32LE(b.length, 4 * (i + 1)));
  const parts: Uint8Array[] = [head];
  for (const b of bytes) parts.push(b, Buffer.alloc(padding(b.length)));
  return parts;
}

/** The sections' bytes, in order; throws when the payload is cut short or is not of this layout. */
export function unpackSections(payload: Uint8Array, expected: number): Buffer[] {
  const buf = Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
  if (buf.length < 4 || buf.readUInt32LE(0) !== expected) throw new Error(`expected ${expected} sections`);
  let at = 4 * (1 + expected);
  if (buf.length < at) throw new Error('truncated');
  const out: Buffer[] = [];
  for (let i = 0; i < expected; i++) {
    const length = buf.readUInt32LE(4 * (i + 1));
    if (at + length > buf.length) throw new Error('truncated');
    out.push(buf.subarray(at, at + length));
    at += length + padding(length);
  }
  if (at !== buf.length) throw new Error('unexpected trailing bytes');
  return out;
}

const padding = (n: number) => (4 - (n % 4)) % 4;

/** A string as a section: UTF-16, which decodes by copying (UTF-8 would be validated and re-encoded). */
export const textSection = (s: string): Uint8Array => Buffer.from(s, 'utf16le');
export const readText = (b: Buffer): string => b.toString('utf16le');

/** JSON as a section. */
export const jsonSection = (value: unknown): Uint8Array => textSection(JSON.stringify(value));
export const readJson = <T>(b: Buffer): T => JSON.parse(readText(b)) as T;

/** Number arrays come back as fresh, aligned copies (a file's bytes need not sit on a 4-byte boundary). */
export function readUint32(b: Buffer): Uint32Array {
  if (b.length % 4 !== 0) throw new Error('a number section of odd length');
  return new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.length));
}

/**
 * Views instead of copies when the bytes sit on a 4-byte boundary (cache files pad their header
 * line for this): the arrays then share the file's buffer, which stays alive as long as they do.
 */
export function viewUint32(b: Buffer): Uint32Array {
  return b.byteOffset % 4 === 0 && b.length % 4 === 0 ? new Uint32Array(b.buffer, b.byteOffset, b.length / 4) : readUint32(b);
}

export function viewUint16(b: Buffer): Uint16Array {
  return b.byteOffset % 2 === 0 && b.length % 2 === 0 ? new Uint16Array(b.buffer, b.byteOffset, b.length / 2) : readUint16(b);
}

export function readUint16(b: Buffer): Uint16Array {
  if (b.length % 2 !== 0) throw new Error('a number section of odd length');
  return new Uint16Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.length));
}
