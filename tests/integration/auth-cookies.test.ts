// The session cookie's flags come from the auth configuration: HttpOnly and SameSite=Lax always,
// Secure (with the __Secure- prefix) exactly when the public origin is https. Proven here through
// real sign-ups and sign-ins on the auth route, since e2e only ever runs on http://localhost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth, type Auth } from '@/lib/auth/create-auth';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

type ParsedCookie = { name: string; value: string; attributes: Map<string, string | true> };

function parseSetCookies(response: Response): ParsedCookie[] {
  return response.headers.getSetCookie().map((line) => {
    const [pair = '', ...rest] = line.split(';');
    const eq = pair.indexOf('=');
    const attributes = new Map<string, string | true>();
    for (const part of rest) {
      const [key = '', ...value] = part.trim().split('=');
      attributes.set(key.toLowerCase(), value.length ? value.join('=') : true);
    }
    return { name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1), attributes };
  });
}

function post(auth: Auth, base: string, path: string, body: object) {
  return auth.handler(
    new Request(`${base}/api/auth${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify(body),
    }),
  );
}

describe.each([
  { base: 'https://quiz.example.org', secure: true, name: '__Secure-better-auth.session_token' },
  { base: 'http://localhost:3999', secure: false, name: 'better-auth.session_token' },
])('session cookie with the public origin $base', ({ base, secure, name }) => {
  let db: TestDatabase;
  let auth: Auth;

  beforeAll(async () => {
    db = await createTestDatabase();
    auth = await createAuth(db, { baseUrl: base });
  });
  afterAll(async () => {
    await db?.drop();
  });

  function expectSessionCookie(response: Response) {
    expect(response.status).toBe(200);
    const cookies = parseSetCookies(response);
    const session = cookies.find((c) => c.name === name);
    expect(session, `Set-Cookie ${name} among ${cookies.map((c) => c.name).join(', ')}`).toBeDefined();
    expect(session!.value).not.toBe('');
    expect(session!.attributes.get('httponly')).toBe(true);
    expect(String(session!.attributes.get('samesite')).toLowerCase()).toBe('lax');
    expect(session!.attributes.get('path')).toBe('/');
    expect(session!.attributes.has('secure')).toBe(secure);
    // Every cookie the auth route sets follows the same rules.
    for (const cookie of cookies) {
      expect(cookie.attributes.get('httponly'), cookie.name).toBe(true);
      expect(cookie.attributes.has('secure'), cookie.name).toBe(secure);
    }
  }

  it(`a sign-up (signed in at once) sets ${name}: HttpOnly, SameSite=Lax${secure ? ', Secure' : ', not Secure'}`, async () => {
    expectSessionCookie(await post(auth, base, '/sign-up/email', { name: 'Cookie Tester', email: 'cookie@example.org', password: 'cookie-pass-1', role: 'student' }));
  });

  it(`a sign-in sets the same cookie with the same flags`, async () => {
    expectSessionCookie(await post(auth, base, '/sign-in/email', { email: 'cookie@example.org', password: 'cookie-pass-1' }));
  });
});
