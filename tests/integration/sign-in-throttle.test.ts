import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth, type Auth } from '@/lib/auth/create-auth';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const BASE = 'http://localhost:3999';

describe('sign-in throttle', () => {
  let db: TestDatabase;
  let auth: Auth;

  beforeAll(async () => {
    db = await createTestDatabase();
    auth = await createAuth(db, { baseUrl: BASE });
    for (const email of ['route@example.org', 'action@example.org', 'ip1@example.org', 'ip2@example.org']) {
      await auth.api.signUpEmail({ body: { name: 'Tester', email, password: 'right-password', role: 'student' } });
    }
  });
  afterAll(async () => {
    await db?.drop();
  });

  function routeSignIn(email: string, password: string, ip = '203.0.113.7') {
    return auth.handler(
      new Request(`${BASE}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: BASE, 'x-forwarded-for': ip },
        body: JSON.stringify({ email, password }),
      }),
    );
  }

  async function actionSignIn(email: string, password: string, ip = '198.51.100.9') {
    try {
      await auth.api.signInEmail({ body: { email, password }, headers: new Headers({ 'x-forwarded-for': ip }) });
      return 200;
    } catch (error) {
      return (error as { statusCode: number }).statusCode;
    }
  }

  it('through the auth route: five failures are answered 401, the sixth 429 with a retry time, even with the right password', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await routeSignIn('route@example.org', `wrong-${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const sixth = await routeSignIn('route@example.org', 'right-password', '203.0.113.99');
    expect(sixth.status).toBe(429);
    const retryAfter = Number(sixth.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    const body = (await sixth.json()) as { message: string };
    expect(body.message).toMatch(/Too many failed sign-ins\. Try again in 15 minutes\./);
  });

  it('through a server action (auth.api): the same rule applies', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push(await actionSignIn('action@example.org', `wrong-${i}`));
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    expect(await actionSignIn('action@example.org', 'right-password', '198.51.100.200')).toBe(429);
  });

  it('counts failures per IP address across accounts', async () => {
    const ip = '192.0.2.55';
    for (let i = 0; i < 3; i++) expect((await routeSignIn('ip1@example.org', `wrong-${i}`, ip)).status).toBe(401);
    for (let i = 0; i < 2; i++) expect((await routeSignIn('ip2@example.org', `wrong-${i}`, ip)).status).toBe(401);
    expect((await routeSignIn('ip2@example.org', 'right-password', ip)).status).toBe(429);
    // The same account from another address is still allowed (its own count is 2).
    expect((await routeSignIn('ip2@example.org', 'right-password', '192.0.2.56')).status).toBe(200);
  });

  it('lets a right password through below the limit and forgives that account’s failures', async () => {
    await auth.api.signUpEmail({ body: { name: 'Tester', email: 'ok@example.org', password: 'right-password', role: 'teacher' } });
    for (let i = 0; i < 4; i++) expect((await routeSignIn('ok@example.org', 'nope-nope', '192.0.2.70')).status).toBe(401);
    const ok = await routeSignIn('ok@example.org', 'right-password', '192.0.2.71');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('set-cookie')).toMatch(/session_token=.*HttpOnly/i);
    expect(await db.prisma.signInFailure.count({ where: { key: 'account:ok@example.org' } })).toBe(0);
  });

  it('refuses a role other than student or teacher at sign-up', async () => {
    const response = await auth.handler(
      new Request(`${BASE}/api/auth/sign-up/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: BASE },
        body: JSON.stringify({ name: 'Mallory', email: 'mallory@example.org', password: 'password-123', role: 'admin' }),
      }),
    );
    expect(response.status).toBe(400);
    expect(await db.prisma.user.count({ where: { email: 'mallory@example.org' } })).toBe(0);
  });
});
