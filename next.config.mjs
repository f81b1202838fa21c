/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM and data files from its own package directory; bundling breaks that.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', '@prisma/schema-engine-wasm', 'proper-lockfile'],
  poweredByHeader: false,
  experimental: {
    // forbidden() / unauthorized() render app/forbidden.tsx with a real 403.
    authInterrupts: true,
    // Article uploads are refused above 1 MB with a clear message; the body limit sits just above
    // that (a pasted article plus form fields), so the refusal is ours, not a framework error.
    serverActions: { bodySizeLimit: '2mb' },
  },
};

export default nextConfig;
