import 'server-only';
import { APIError } from 'better-auth/api';
import type { Auth } from '@/lib/auth/create-auth';

/**
 * better-auth's own check of the signed-in user's password (the session in `headers`), as a
 * boolean: it reads the credential account's hash and verifies it with the configured hasher.
 */
export function currentPasswordChecker(auth: Auth, headers: Headers): (password: string) => Promise<boolean> {
  return async (password) => {
    try {
      const result = await auth.api.verifyPassword({ body: { password }, headers });
      return result.status === true;
    } catch (error) {
      // INVALID_PASSWORD (and a password over the maximum length) are 400s; anything else is a fault.
      if (error instanceof APIError && error.statusCode === 400) return false;
      throw error;
    }
  };
}
