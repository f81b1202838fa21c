// Whether a request reached the site over HTTPS. Behind a TLS-terminating proxy the app itself sees
// plain http, so the proxy's X-Forwarded-Proto and the configured public origin (BETTER_AUTH_URL,
// which must match the origin served or better-auth refuses every POST) are what tell.

export function isHttpsRequest(request: { url: string; headers: Headers }, publicOrigin: string | undefined): boolean {
  if (new URL(request.url).protocol === 'https:') return true;
  // Several proxies in a row append: the first value is the one the browser spoke to.
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  if (forwarded === 'https') return true;
  return publicOrigin?.toLowerCase().startsWith('https://') ?? false;
}

/**
 * Two years, and the site's own subdomains (not its siblings). No `preload`: joining browsers' preload
 * list is the operator's decision. Sent only over HTTPS, so a plain-http dev host is never pinned.
 */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';
