/**
 * Why a backup file could not be opened or made. Each has its own message (screens/backup/messages.ts):
 * - `not_backup`: not an age file, or an age file with no 上岸 case export inside;
 * - `damaged`: an age file whose bytes were changed or cut (authentication failed);
 * - `wrong_passphrase` / `wrong_key`: the file is locked with a passphrase / to a key, not this one;
 * - `needs_key`: locked to a helper's key, and a passphrase was tried;
 * - `needs_passphrase`: locked with a passphrase, and a key was tried;
 * - `invalid_key`: the public key given to encrypt to is not a valid one (see recipient-key.ts).
 */
export type BackupErrorCode =
  | 'not_backup'
  | 'damaged'
  | 'wrong_passphrase'
  | 'wrong_key'
  | 'needs_key'
  | 'needs_passphrase'
  | 'invalid_key';

/** An expected failure is a value (architecture guide, errors); a bug still throws. */
export type BackupResult<T> = { ok: true; value: T } | { ok: false; error: BackupErrorCode };

export const failed = (error: BackupErrorCode): { ok: false; error: BackupErrorCode } => ({
  ok: false,
  error,
});
