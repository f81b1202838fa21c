// Headers that never vary per request, on every response (pages, API, static files). The per-request
// Content-Security-Policy and Strict-Transport-Security are set in proxy.ts (lib/security).
const SECURITY_HEADERS = [
  // Other sites learn our origin, never a path: paths carry class join codes and attempt ids.
  // Not `no-referrer`: under it a plain form POST (before hydration, or without JS) carries
  // `Origin: null` (seen in Chromium), and Next's server actions and better-auth refuse a request
  // whose Origin is not ours.
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // A CSV export or JSON download is never sniffed into HTML or script.
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // The legacy twin of CSP frame-ancestors 'none', for browsers that predate it.
  { key: 'X-Frame-Options', value: 'DENY' },
  // No page needs these devices; an injected script cannot ask for them either.
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and data files from its own package directory; bundling breaks that.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', '@prisma/schema-engine-wasm', 'proper-lockfile'],
  poweredByHeader: false,
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
  experimental: {
    // forbidden() / unauthorized() render app/forbidden.tsx with a real 403.
    authInterrupts: true,
    // Article uploads are refused above 1 MB with a clear message; the body limit sits just above
    // that (a pasted article plus form fields), so the refusal is ours, not a framework error.
    serverActions: { bodySizeLimit: '2mb' },
  },
};

export default nextConfig;
