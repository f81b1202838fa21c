import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy, createNonce } from '@/lib/security/content-security-policy';
import { isHttpsRequest } from '@/lib/security/transport';

const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));

describe('content security policy', () => {
  it('lets only this request’s nonce run scripts, never inline ones, and forbids framing', () => {
    const nonce = createNonce();
    const policy = directives(buildContentSecurityPolicy({ nonce, dev: false, https: false }));
    expect(policy.get('script-src')).toContain(`'nonce-${nonce}'`);
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('script-src')).not.toContain("'unsafe-eval'");
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.has('upgrade-insecure-requests')).toBe(false);
  });

  it('allows eval only in development and upgrades requests only behind HTTPS', () => {
    expect(directives(buildContentSecurityPolicy({ nonce: 'n', dev: true, https: false })).get('script-src')).toContain("'unsafe-eval'");
    expect(directives(buildContentSecurityPolicy({ nonce: 'n', dev: false, https: true })).has('upgrade-insecure-requests')).toBe(true);
  });

  it('gives every request a different nonce', () => {
    expect(new Set(Array.from({ length: 50 }, createNonce)).size).toBe(50);
  });

  it('counts a request as HTTPS from its URL, a proxy’s header or an https public origin', () => {
    const req = (url: string, proto?: string) => ({ url, headers: new Headers(proto ? { 'x-forwarded-proto': proto } : {}) });
    expect(isHttpsRequest(req('http://localhost:3000/'), undefined)).toBe(false);
    expect(isHttpsRequest(req('https://quiz.example.org/'), undefined)).toBe(true);
    expect(isHttpsRequest(req('http://10.0.0.2:3000/', 'https'), undefined)).toBe(true);
    expect(isHttpsRequest(req('http://10.0.0.2:3000/'), 'https://quiz.example.org')).toBe(true);
  });
});
