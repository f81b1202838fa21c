// The answer API checks better-auth's cookie signature itself (lib/auth/session-caller.ts). The
// cookies here are signed the way better-call signs them (WebCrypto HMAC-SHA256, base64, then
// encodeURIComponent), not with the function under test.
import { describe, expect, it } from 'vitest';
import { cookieValue, verifiedSessionToken } from '@/lib/auth/signed-session-token';

async function signLikeBetterCall(token: string, secret: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(token)));
  return encodeURIComponent(`${token}.${btoa(String.fromCharCode(...signature))}`);
}

describe('session cookie signature', () => {
  const secret = 'a-test-secret-of-some-length-0123456789';

  it('gives back the token of a cookie better-auth signed', async () => {
    const cookie = await signLikeBetterCall('Tok3n_with-chars', secret);
    expect(verifiedSessionToken(cookie, secret)).toBe('Tok3n_with-chars');
  });

  it('refuses a cookie signed with another secret, a changed token, or no signature', async () => {
    const cookie = await signLikeBetterCall('token123', secret);
    expect(verifiedSessionToken(cookie, 'another-secret')).toBeNull();
    expect(verifiedSessionToken(cookie.replace('token123', 'token124'), secret)).toBeNull();
    expect(verifiedSessionToken('token123', secret)).toBeNull();
    expect(verifiedSessionToken('token123.', secret)).toBeNull();
    expect(verifiedSessionToken('%E0%A4%A', secret)).toBeNull();
    expect(verifiedSessionToken(null, secret)).toBeNull();
  });

  it('finds the named cookie among others, not one whose name merely ends the same', () => {
    const header = 'theme=dark; __Secure-better-auth.session_token=secure; better-auth.session_token=plain; x=1';
    expect(cookieValue(header, 'better-auth.session_token')).toBe('plain');
    expect(cookieValue(header, '__Secure-better-auth.session_token')).toBe('secure');
    expect(cookieValue('other=1', 'better-auth.session_token')).toBeNull();
    expect(cookieValue(null, 'better-auth.session_token')).toBeNull();
  });
});
