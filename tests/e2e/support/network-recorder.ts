// Records every response body the browser receives, to prove that none carries an answer key
// while an attempt is unfinished.
import type { Page } from '@playwright/test';

export function recordResponses(page: Page) {
  const bodies: { url: string; body: string }[] = [];
  page.on('response', async (response) => {
    try {
      const type = response.headers()['content-type'] ?? '';
      // Static bundles are code (they name fields like `correctText`), not data sent for this attempt.
      if (/image|font|css/.test(type) || response.url().includes('/_next/static/')) return;
      bodies.push({ url: response.url(), body: await response.text() });
    } catch {
      // Bodies of redirects and aborted requests cannot be read; they carry nothing.
    }
  });
  return bodies;
}
