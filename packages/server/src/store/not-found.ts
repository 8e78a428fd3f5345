/**
 * A case, debt, contact or evidence id the actor may not see. Someone else's id and an id that
 * does not exist look the same (404), so ids cannot be probed.
 */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(readonly what: string) {
    super(`${what} not found`);
  }
}
