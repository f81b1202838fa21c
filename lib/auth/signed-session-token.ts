// better-auth's session cookie is `token.base64(HMAC-SHA256(secret, token))`. Checking the
// signature here lets the answer API find the session with one indexed SELECT instead of a full
// better-auth getSession (two ORM queries and its plugin pipeline) on the app's hottest path.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** The value of cookie `name` in a Cookie header, or null. */
export function cookieValue(cookieHeader: string | null, name: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/** The session token of a signed cookie value, or null when the signature does not match. */
export function verifiedSessionToken(cookie: string | null, secret: string): string | null {
  if (!cookie) return null;
  let value: string;
  try {
    value = decodeURIComponent(cookie);
  } catch {
    return null; // a malformed %-escape is not our cookie
  }
  const dot = value.lastIndexOf('.');
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1), 'base64');
  const expected = createHmac('sha256', secret).update(token).digest();
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}
