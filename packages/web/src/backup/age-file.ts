import { armor, Decrypter, Encrypter, type Identity, type Stanza } from 'age-encryption';
import { unzipSync } from 'fflate';
import { type BackupResult, failed } from './backup-result';
import { parseRecipient } from './recipient-key';

/**
 * A 上岸 backup is a case export (the zip of GET /api/cases/:id/export) encrypted in the age format
 * (age-encryption.org/v1, ADR 0031): with a passphrase (an scrypt stanza) for the person's own
 * backup, or to a helper's X25519 public key for sharing. Any age tool opens it (`age -d`). This
 * module runs unchanged in the browser (a Web Worker) and in Node: it uses no Node API.
 */

/** scrypt's cost, log2(N): age's default, about a second per guess; 256 MiB of memory. */
export const DEFAULT_WORK_FACTOR = 18;

/** How a file is locked: with a passphrase, or to one or more public keys. */
export type BackupLock = 'passphrase' | 'key';

/** An X25519 private key: age's `AGE-SECRET-KEY-1…` text, or a WebCrypto key that cannot be read out. */
export type HelperIdentity = string | CryptoKey;

const MAGIC = new TextEncoder().encode('age-encryption.org/v1\n');
const ARMOR_BEGIN = '-----BEGIN AGE ENCRYPTED FILE-----';

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

/** The binary age file: as given, or from its ASCII armor (`age -a`); undefined if neither. */
function binaryAgeFile(bytes: Uint8Array): Uint8Array | undefined {
  if (startsWith(bytes, MAGIC)) return bytes;
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart();
  if (!head.startsWith(ARMOR_BEGIN)) return undefined;
  try {
    const binary = armor.decode(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return startsWith(binary, MAGIC) ? binary : undefined;
  } catch {
    return undefined;
  }
}

/** True if the bytes are a zip holding a case export's case.json and manifest.json (nothing inflated). */
function isCaseExport(zip: Uint8Array): boolean {
  const names = new Set<string>();
  try {
    unzipSync(zip, {
      filter: (file) => {
        names.add(file.name);
        return false;
      },
    });
  } catch {
    return false;
  }
  return names.has('case.json') && names.has('manifest.json');
}

/**
 * Identities that only watch, placed first and last among the real ones: the first sees the
 * header's stanzas (so the header was readable), the last is asked only when no real identity
 * matched. That tells a wrong passphrase from a damaged file without reading age's error texts.
 */
function watchers() {
  const seen: { types: string[] | undefined; noneMatched: boolean } = {
    types: undefined,
    noneMatched: false,
  };
  const first: Identity = {
    unwrapFileKey(stanzas: Stanza[]) {
      seen.types = stanzas.map((stanza) => stanza.args[0] ?? '');
      return null;
    },
  };
  const last: Identity = {
    unwrapFileKey() {
      seen.noneMatched = true;
      return null;
    },
  };
  return { seen, first, last };
}

async function openWith(
  bytes: Uint8Array,
  lock: BackupLock,
  addSecret: (decrypter: Decrypter) => void,
): Promise<BackupResult<Uint8Array>> {
  const file = binaryAgeFile(bytes);
  if (file === undefined) return failed('not_backup');
  const { seen, first, last } = watchers();
  const decrypter = new Decrypter();
  decrypter.addIdentity(first);
  addSecret(decrypter);
  decrypter.addIdentity(last);
  let zip: Uint8Array;
  try {
    zip = await decrypter.decrypt(file);
  } catch {
    if (seen.types === undefined) return failed('damaged');
    const lockedWithPassphrase = seen.types.includes('scrypt');
    if (lock === 'passphrase' && !lockedWithPassphrase) return failed('needs_key');
    if (lock === 'key' && lockedWithPassphrase) return failed('needs_passphrase');
    if (seen.noneMatched) return failed(lock === 'passphrase' ? 'wrong_passphrase' : 'wrong_key');
    return failed('damaged');
  }
  return isCaseExport(zip) ? { ok: true, value: zip } : failed('not_backup');
}

/** The person's own backup: the export locked with a passphrase (check it with checkNewPassphrase). */
export async function encryptBackup(
  zip: Uint8Array,
  passphrase: string,
  workFactor: number = DEFAULT_WORK_FACTOR,
): Promise<Uint8Array> {
  const encrypter = new Encrypter();
  encrypter.setPassphrase(passphrase);
  encrypter.setScryptWorkFactor(workFactor);
  return encrypter.encrypt(zip);
}

/** The export inside a passphrase backup, or why it cannot be had. */
export function decryptBackup(bytes: Uint8Array, passphrase: string): Promise<BackupResult<Uint8Array>> {
  return openWith(bytes, 'passphrase', (decrypter) => decrypter.addPassphrase(passphrase));
}

/** The export locked to a helper's public key (`age1…`, as pasted: see parseRecipient). */
export async function encryptToRecipient(
  zip: Uint8Array,
  publicKey: string,
): Promise<BackupResult<Uint8Array>> {
  const parsed = parseRecipient(publicKey);
  if (!parsed.ok) return failed('invalid_key');
  const encrypter = new Encrypter();
  encrypter.addRecipient(parsed.recipient);
  return { ok: true, value: await encrypter.encrypt(zip) };
}

/** The export inside a file shared with this helper, opened with the helper's private key. */
export function decryptWithIdentity(
  bytes: Uint8Array,
  identity: HelperIdentity,
): Promise<BackupResult<Uint8Array>> {
  return openWith(bytes, 'key', (decrypter) => decrypter.addIdentity(identity));
}

/** How a file is locked, read from its header alone (no passphrase asked, nothing decrypted). */
export async function inspectBackup(bytes: Uint8Array): Promise<BackupResult<BackupLock>> {
  const file = binaryAgeFile(bytes);
  if (file === undefined) return failed('not_backup');
  const { seen, first } = watchers();
  const decrypter = new Decrypter();
  decrypter.addIdentity(first);
  // Nothing else is added: the decryption stops right after the header, for want of a key.
  await decrypter.decryptHeader(file).catch(() => undefined);
  if (seen.types === undefined) return failed('damaged');
  return { ok: true, value: seen.types.includes('scrypt') ? 'passphrase' : 'key' };
}
