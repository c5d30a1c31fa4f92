// Signs the state a button carries, so a click can only replay what the bot itself wrote: a forged or
// edited value (someone else's `by`, a page 99999, another command) is refused. HMAC-SHA256 with a key
// from the configuration (BUTTON_SECRET, see src/config.ts), cut to fit Discord's 100-character custom id.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** 12 base64url characters: 72 bits, far past what clicking through a platform could ever guess. */
export const SIGNATURE_LENGTH = 12;

export interface ButtonSigner {
  /** `text` with its signature in front. */
  sign(text: string): string;
  /** The text a signed value carries, or null when the signature is missing or wrong. */
  verify(signed: string): string | null;
}

export function buttonSigner(key: string | Uint8Array): ButtonSigner {
  const mac = (text: string) => createHmac('sha256', key).update(text).digest('base64url').slice(0, SIGNATURE_LENGTH);
  return {
    sign: (text) => `${mac(text)}${text}`,
    verify(signed) {
      const given = Buffer.from(signed.slice(0, SIGNATURE_LENGTH));
      const text = signed.slice(SIGNATURE_LENGTH);
      const expected = Buffer.from(mac(text));
      return given.length === expected.length && timingSafeEqual(given, expected) ? text : null;
    },
  };
}

/**
 * The key when BUTTON_SECRET is not set: derived from the platform secrets, so it is secret, needs no
 * setup and stays the same across restarts (buttons keep working); random when there are none (the
 * console has no buttons to keep).
 */
export function defaultButtonKey(secrets: readonly (string | undefined)[]): Buffer {
  const present = secrets.filter((s): s is string => Boolean(s));
  if (present.length === 0) return randomBytes(32);
  return createHash('sha256').update(`coverage-bot button state\0${present.join('\0')}`).digest();
}
