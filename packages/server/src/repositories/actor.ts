/** Who is asking. Local mode has one user; accounts mode has clients and advisors. */
export interface Actor {
  userId: string;
  role: 'local' | 'client' | 'advisor';
  /** The IP address the request came from (http/client-address.ts), for the audit log. */
  address?: string | undefined;
}

/** The one user of local mode: a fixed id, created at start. */
export const LOCAL_USER_ID = '00000000-0000-4000-8000-000000000001';
export const LOCAL_ACTOR: Actor = { userId: LOCAL_USER_ID, role: 'local' };
