import { armor, Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  decryptBackup,
  decryptWithIdentity,
  encryptBackup,
  encryptToRecipient,
  inspectBackup,
} from './age-file';
import { createHelperKeyPair } from './helper-identity';

/** A case export as the server writes it: case.json, manifest.json, log.json and one evidence file. */
function caseExport(evidence: Uint8Array = new Uint8Array([1, 2, 3, 250])): Uint8Array {
  return zipSync({
    'evidence/0001-call.m4a': [evidence, { level: 0 }],
    'case.json': strToU8('{"asOf":"2026-11-20","debts":[]}\n'),
    'manifest.json': strToU8('{"format":"shangan-case-export-1","title":"我的债务","evidence":[]}\n'),
    'log.json': strToU8('{}\n'),
  });
}

// The tests run scrypt at a low cost (2^10), except the one that checks the default.
const FAST = 10;
const PASSPHRASE = '我的猫叫小白今年三岁';

function flipped(bytes: Uint8Array, index: number): Uint8Array {
  const copy = bytes.slice();
  copy[index] = (copy[index] ?? 0) ^ 0x01;
  return copy;
}

describe('passphrase backups', () => {
  it('round-trips byte for byte, at age’s default scrypt cost', async () => {
    const zip = caseExport();
    const file = await encryptBackup(zip, PASSPHRASE);
    expect(new TextDecoder().decode(file.subarray(0, 80))).toMatch(
      /^age-encryption\.org\/v1\n-> scrypt \S+ 18\n/,
    );
    expect(await decryptBackup(file, PASSPHRASE)).toEqual({ ok: true, value: zip });
  });

  it('is a standard age file: age-encryption’s own Decrypter opens it', async () => {
    const zip = caseExport();
    const decrypter = new Decrypter();
    decrypter.addPassphrase(PASSPHRASE);
    expect(await decrypter.decrypt(await encryptBackup(zip, PASSPHRASE, FAST))).toEqual(zip);
  });

  it('opens a backup made by another age tool, binary or armored (`age -p -a`)', async () => {
    const zip = caseExport();
    const encrypter = new Encrypter();
    encrypter.setPassphrase(PASSPHRASE);
    encrypter.setScryptWorkFactor(FAST);
    const binary = await encrypter.encrypt(zip);
    const armored = new TextEncoder().encode(armor.encode(binary));
    expect(await decryptBackup(binary, PASSPHRASE)).toEqual({ ok: true, value: zip });
    expect(await decryptBackup(armored, PASSPHRASE)).toEqual({ ok: true, value: zip });
  });

  it('says "wrong passphrase", and never decrypts with a near miss', async () => {
    const file = await encryptBackup(caseExport(), PASSPHRASE, FAST);
    expect(await decryptBackup(file, `${PASSPHRASE} `)).toEqual({ ok: false, error: 'wrong_passphrase' });
    expect(await decryptBackup(file, '')).toEqual({ ok: false, error: 'wrong_passphrase' });
  });

  it('says "damaged" for a changed byte in the encrypted contents or in the header’s MAC, and for a cut file', async () => {
    const file = await encryptBackup(caseExport(), PASSPHRASE, FAST);
    expect(await decryptBackup(flipped(file, file.length - 5), PASSPHRASE)).toEqual({
      ok: false,
      error: 'damaged',
    });
    const macAt = new TextDecoder().decode(file).indexOf('\n--- ') + 6;
    expect(await decryptBackup(flipped(file, macAt), PASSPHRASE)).toEqual({ ok: false, error: 'damaged' });
    expect(await decryptBackup(file.subarray(0, file.length - 20), PASSPHRASE)).toEqual({
      ok: false,
      error: 'damaged',
    });
  });

  it('says "not a 上岸 backup" for other files, and for an age file with something else inside', async () => {
    expect(await decryptBackup(caseExport(), PASSPHRASE)).toEqual({ ok: false, error: 'not_backup' });
    expect(await decryptBackup(strToU8('hello'), PASSPHRASE)).toEqual({ ok: false, error: 'not_backup' });
    expect(await decryptBackup(new Uint8Array(), PASSPHRASE)).toEqual({ ok: false, error: 'not_backup' });
    const other = await encryptBackup(strToU8('a shopping list'), PASSPHRASE, FAST);
    expect(await decryptBackup(other, PASSPHRASE)).toEqual({ ok: false, error: 'not_backup' });
    const otherZip = await encryptBackup(zipSync({ 'photo.jpg': new Uint8Array([1]) }), PASSPHRASE, FAST);
    expect(await decryptBackup(otherZip, PASSPHRASE)).toEqual({ ok: false, error: 'not_backup' });
  });

  it('property: any export round-trips with any passphrase, and any one changed byte is refused', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 3000 }),
        fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }),
        fc.nat(),
        async (evidence, passphrase, position) => {
          const zip = caseExport(evidence);
          const file = await encryptBackup(zip, passphrase, FAST);
          const opened = await decryptBackup(file, passphrase);
          expect(opened).toEqual({ ok: true, value: zip });
          const tampered = await decryptBackup(flipped(file, position % file.length), passphrase);
          expect(tampered.ok).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('sharing with a helper’s key', () => {
  it('round-trips with a key pair made by the helper’s 上岸 (a WebCrypto key that cannot be read out)', async () => {
    const zip = caseExport();
    const { identity, recipient } = await createHelperKeyPair();
    expect(identity).toBeInstanceOf(CryptoKey);
    expect(recipient).toMatch(/^age1[02-9ac-hj-np-z]{58}$/);
    const shared = await encryptToRecipient(zip, recipient);
    if (!shared.ok) throw new Error(shared.error);
    expect(await inspectBackup(shared.value)).toEqual({ ok: true, value: 'key' });
    expect(await decryptWithIdentity(shared.value, identity)).toEqual({ ok: true, value: zip });
  });

  it('round-trips with an `age-keygen` key, pasted with the spaces a chat adds', async () => {
    const zip = caseExport();
    const identity = await generateX25519Identity();
    const recipient = await identityToRecipient(identity);
    const shared = await encryptToRecipient(zip, ` ${recipient.slice(0, 30)}\n${recipient.slice(30)} `);
    if (!shared.ok) throw new Error(shared.error);
    expect(await decryptWithIdentity(shared.value, identity)).toEqual({ ok: true, value: zip });
    // And the `age` tool's way: a Decrypter given the identity text.
    const decrypter = new Decrypter();
    decrypter.addIdentity(identity);
    expect(await decrypter.decrypt(shared.value)).toEqual(zip);
  });

  it('says "wrong key" for another helper’s key, and which secret a file needs', async () => {
    const zip = caseExport();
    const helper = await createHelperKeyPair();
    const other = await createHelperKeyPair();
    const shared = await encryptToRecipient(zip, helper.recipient);
    if (!shared.ok) throw new Error(shared.error);
    expect(await decryptWithIdentity(shared.value, other.identity)).toEqual({
      ok: false,
      error: 'wrong_key',
    });
    expect(await decryptBackup(shared.value, PASSPHRASE)).toEqual({ ok: false, error: 'needs_key' });
    const backup = await encryptBackup(zip, PASSPHRASE, FAST);
    expect(await decryptWithIdentity(backup, helper.identity)).toEqual({
      ok: false,
      error: 'needs_passphrase',
    });
    expect(await inspectBackup(backup)).toEqual({ ok: true, value: 'passphrase' });
    expect(
      await decryptWithIdentity(flipped(shared.value, shared.value.length - 1), helper.identity),
    ).toEqual({
      ok: false,
      error: 'damaged',
    });
  });

  it('refuses to encrypt to a key that is not one, and encrypts nothing then', async () => {
    expect(await encryptToRecipient(caseExport(), 'AGE-SECRET-KEY-1QQQ')).toEqual({
      ok: false,
      error: 'invalid_key',
    });
  });

  it('reads how a file is locked without a secret; a file that is not age is not a backup', async () => {
    expect(await inspectBackup(strToU8('PK not age'))).toEqual({ ok: false, error: 'not_backup' });
    expect(await inspectBackup(strToU8('age-encryption.org/v1\n-> X25519\n'))).toEqual({
      ok: false,
      error: 'damaged',
    });
  });
});
