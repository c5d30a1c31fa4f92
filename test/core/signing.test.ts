// Button state signatures: what the bot wrote verifies, anything edited or forged does not.
import { describe, expect, it } from 'vitest';
import { buttonKey, readConfig } from '../../src/config.ts';
import { buttonSigner, SIGNATURE_LENGTH } from '../../src/reply/signing.ts';

describe('buttonSigner', () => {
  const signer = buttonSigner('a-test-key-of-some-length');

  it('verifies what it signed and gives the text back', () => {
    const signed = signer.sign('{"b":"U1","c":"quote","a":{"page":2}}');
    expect(signed).toHaveLength(SIGNATURE_LENGTH + 37);
    expect(signer.verify(signed)).toBe('{"b":"U1","c":"quote","a":{"page":2}}');
  });

  it('refuses an edited value, a missing signature and another key’s signature', () => {
    const signed = signer.sign('{"b":"U1","c":"quote","a":{"page":2}}');
    expect(signer.verify(signed.replace('"page":2', '"page":99999'))).toBeNull();
    expect(signer.verify(signed.replace('"b":"U1",', ''))).toBeNull();
    expect(signer.verify('{"c":"quote","a":{"page":2}}')).toBeNull();
    expect(buttonSigner('another-key-entirely').verify(signed)).toBeNull();
    expect(signer.verify('')).toBeNull();
  });
});

describe('BUTTON_SECRET', () => {
  it('is the key when set, and must be long enough', () => {
    expect(buttonKey(readConfig({ BUTTON_SECRET: 'x'.repeat(32) }))).toBe('x'.repeat(32));
    expect(() => readConfig({ BUTTON_SECRET: 'short' })).toThrow(/BUTTON_SECRET must be at least 16 characters/);
  });

  it('defaults to a key derived from the platform secrets: stable across restarts, different per bot', () => {
    const one = readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret-one' });
    const again = readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret-one' });
    const other = readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret-two' });
    expect(buttonKey(one)).toEqual(buttonKey(again));
    expect(buttonKey(one)).not.toEqual(buttonKey(other));
  });
});
