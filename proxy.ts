// Next.js 16 Proxy (formerly middleware): a fresh CSP nonce for every page request, following Next's
// CSP guide for the App Router. The policy goes on the request too: while rendering, Next reads the
// nonce from the request's Content-Security-Policy header and puts it on every <script> it emits.
// The headers that do not vary per request are set for every path in next.config.mjs.
import { NextResponse, type NextRequest } from 'next/server';
import { buildContentSecurityPolicy, createNonce } from '@/lib/security/content-security-policy';
import { isHttpsRequest, STRICT_TRANSPORT_SECURITY } from '@/lib/security/transport';

export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const https = isHttpsRequest(request, process.env.BETTER_AUTH_URL);
  const policy = buildContentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === 'development', https });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  if (https) response.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  matcher: [
    {
      // Everything but the auth API (JSON), Next's static files and image optimiser, and the favicon:
      // none of them is a document that runs scripts. Prefetches are skipped as in Next's guide (the
      // page itself gets its policy when it is rendered as a document).
      source: '/((?!api/|_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
