// The headers every page is served with (proxy.ts, next.config.mjs) and the session cookie's flags.
// The CSP itself is also exercised by every other journey: support/test.ts fails a test on any
// securitypolicyviolation.
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { signIn, signOut, signUp, uniqueEmail } from './support/auth-pages';
import { expect, test } from './support/test';

const SET = '/sets/putin-north-korea-first-set';

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

function expectStaticHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['permissions-policy']).toBe('camera=(), microphone=(), geolocation=()');
}

/** Fetches a page as a document (with the context's cookies) and checks its headers and scripts. */
async function expectHardenedPage(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expectStaticHeaders(response);
  const headers = response.headers();
  // Plain http on localhost: no HSTS, no upgrade of subresources.
  expect(headers['strict-transport-security'], path).toBeUndefined();

  const policy = headers['content-security-policy'] ?? '';
  const d = directives(policy);
  const scriptSrc = d.get('script-src') ?? [];
  const nonceSource = scriptSrc.find((s) => s.startsWith("'nonce-"));
  expect(nonceSource, `${path}: script-src has a nonce`).toMatch(/^'nonce-[A-Za-z0-9+/]{22}==?'$/);
  expect(scriptSrc).toContain("'strict-dynamic'");
  expect(scriptSrc, `${path}: script-src`).not.toContain("'unsafe-inline'");
  expect(scriptSrc, `${path}: script-src`).not.toContain("'unsafe-eval'");
  expect(d.get('default-src')).toEqual(["'self'"]);
  expect(d.get('object-src')).toEqual(["'none'"]);
  expect(d.get('base-uri')).toEqual(["'self'"]);
  expect(d.get('form-action')).toEqual(["'self'"]);
  expect(d.get('frame-ancestors')).toEqual(["'none'"]);
  expect(d.has('upgrade-insecure-requests')).toBe(false);

  // Every <script> Next rendered carries this response's nonce (browsers hide the attribute from
  // the DOM after parsing, so the raw HTML is what proves it).
  const nonce = nonceSource!.slice("'nonce-".length, -1);
  const html = await response.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length, `${path}: scripts in the page`).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
  return nonce;
}

test('sign-in, library, set, player and teacher pages carry a nonce CSP and the other security headers; every script has the nonce', async ({ page, browser }) => {
  const first = await expectHardenedPage(page.request, '/sign-in');
  const second = await expectHardenedPage(page.request, '/sign-in');
  expect(second, 'a fresh nonce per request').not.toBe(first);

  await signUp(page, { name: 'Header Student', email: uniqueEmail('headers'), password: 'header-pass-1', role: 'student' });
  await expect(page).toHaveURL(/\/$/);
  await expectHardenedPage(page.request, '/');
  await expectHardenedPage(page.request, SET);
  await page.goto(SET);
  await page.getByRole('button', { name: 'Practice' }).click();
  await expect(page).toHaveURL(/\/attempts\//);
  await expect(page.getByText(/Question 1 of/)).toBeVisible();
  await expectHardenedPage(page.request, new URL(page.url()).pathname);

  const teacher = await browser.newPage();
  await signUp(teacher, { name: 'Header Teacher', email: uniqueEmail('headers-teacher'), password: 'header-pass-1', role: 'teacher' });
  await expect(teacher).toHaveURL(/\/teach$/);
  await expectHardenedPage(teacher.request, '/teach');
  await teacher.close();
});

test('behind an HTTPS proxy the policy upgrades requests and HSTS is sent; the auth API and static files get the fixed headers', async ({ page }) => {
  const viaHttps = await page.request.get('/sign-in', { headers: { 'x-forwarded-proto': 'https' } });
  expect(viaHttps.headers()['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
  expect(directives(viaHttps.headers()['content-security-policy'] ?? '').has('upgrade-insecure-requests')).toBe(true);

  const api = await page.request.get('/api/auth/get-session');
  expectStaticHeaders(api);

  await page.goto('/sign-in');
  const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
  expect(stylesheet).toMatch(/^\/_next\/static\//);
  expectStaticHeaders(await page.request.get(stylesheet!));
});

test('the session cookie is HttpOnly and SameSite=Lax, and not Secure on http://localhost', async ({ page, context }) => {
  const email = uniqueEmail('cookie');
  await signUp(page, { name: 'Cookie Student', email, password: 'cookie-pass-1', role: 'student' });
  await expect(page).toHaveURL(/\/$/);
  await signOut(page);
  expect((await context.cookies()).filter((c) => c.name.includes('session_token'))).toEqual([]);

  await signIn(page, email, 'cookie-pass-1');
  await expect(page.getByTestId('role-badge')).toHaveText('student');
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name === 'better-auth.session_token');
  expect(session, 'the session cookie').toBeDefined();
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });
  // No other cookie the app sets may be readable by scripts or sent cross-site either.
  for (const cookie of cookies) expect(cookie, cookie.name).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
});
