// The Content-Security-Policy of every page, built per request around a fresh nonce (proxy.ts).
// Pure: no Next.js import, so a unit test or the proxy can call it alike.

export type PolicyContext = {
  /** Base64, fresh for this request; Next.js copies it onto every <script> it renders. */
  nonce: string;
  /** `next dev`: React rebuilds server error stacks with eval, so dev alone allows 'unsafe-eval'. */
  dev: boolean;
  /** The site is served over HTTPS (see isHttpsRequest): only then may the browser upgrade requests. */
  https: boolean;
};

/** 16 random bytes in base64: unguessable, and only characters CSP and HTML attributes accept as-is. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function buildContentSecurityPolicy({ nonce, dev, https }: PolicyContext): string {
  const directives: string[] = [
    "default-src 'self'",
    // Only scripts carrying this request's nonce run, and what they load ('strict-dynamic' lets
    // Next's nonced bootstrap pull in its route chunks). 'self' is the fallback for browsers that
    // predate 'strict-dynamic'. Never 'unsafe-inline': an injected <script> or on* attribute is refused.
    // 'report-sample' only puts the first characters of a refused script into the violation event.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic' 'report-sample'${dev ? " 'unsafe-eval'" : ''}`,
    // Styles keep 'unsafe-inline': React renders style="" attributes (the player's progress, the
    // progress page, the teacher's results), and a nonce cannot cover an attribute. Adding a nonce here
    // would also make browsers ignore 'unsafe-inline'. Injected CSS cannot run code; scripts stay strict.
    "style-src 'self' 'unsafe-inline'",
    // Images come from the app itself, or are built in the browser (data: and blob: URLs, as Next's
    // guide allows); never from another origin.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    // A <base> tag injected into a page could otherwise redirect every relative script URL.
    "base-uri 'self'",
    // Forms (sign-in, server actions) post only to this origin, so an injected form cannot exfiltrate.
    "form-action 'self'",
    // No site may frame ours (clickjacking); X-Frame-Options DENY says the same to older browsers.
    "frame-ancestors 'none'",
  ];
  // On plain http (localhost, the e2e server) this would rewrite every subresource to https and break.
  if (https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}
