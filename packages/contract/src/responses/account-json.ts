/** Accounts mode: who is signed in (POST /api/auth/login and signup, GET /api/auth/me). */
export interface AccountJson {
  email: string;
  role: 'client' | 'advisor';
}
