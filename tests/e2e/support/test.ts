// Playwright's `test`, extended so that every journey also proves the Content-Security-Policy holds:
// each browser context the test opens (the `page` fixture's, `browser.newPage()`, `browser.newContext()`)
// gets an init script that records `securitypolicyviolation` events, and the test fails if any page
// saw one. Specs import `test` and `expect` from here instead of '@playwright/test'.
import { test as base, expect, type Browser, type BrowserContext, type ConsoleMessage } from '@playwright/test';

// A drop-in for '@playwright/test': its types (Page, …) and expect, with `test` replaced below.
export * from '@playwright/test';

export type CspViolation = {
  id: string;
  documentURI: string;
  violatedDirective: string;
  effectiveDirective: string;
  blockedURI: string;
  sourceFile: string;
  lineNumber: number;
  sample: string;
  disposition: string;
};

const MARKER = '[csp-violation]';

// Runs in every frame before the page's own scripts. A violation is reported twice: as a console
// message (Playwright receives it even if the page navigates away right after) and in
// window.__cspViolations (read back at the end of the test, in case the message was still in flight).
const recordViolations = `(() => {
  const seen = (window.__cspViolations = window.__cspViolations || []);
  window.addEventListener('securitypolicyviolation', (e) => {
    const v = {
      id: Math.random().toString(36).slice(2) + Date.now().toString(36),
      documentURI: e.documentURI,
      violatedDirective: e.violatedDirective,
      effectiveDirective: e.effectiveDirective,
      blockedURI: e.blockedURI,
      sourceFile: e.sourceFile,
      lineNumber: e.lineNumber,
      sample: e.sample,
      disposition: e.disposition,
    };
    seen.push(v);
    console.warn(${JSON.stringify(MARKER)} + JSON.stringify(v));
  }, true);
})();`;

/** Violations of the test now running; worker-scoped `browser` hooks write here. */
let current: { violations: Map<string, CspViolation>; contexts: Set<BrowserContext> } | null = null;
const watched = new WeakSet<BrowserContext>();

async function watch(context: BrowserContext) {
  if (watched.has(context)) return;
  watched.add(context);
  current?.contexts.add(context);
  await context.addInitScript(recordViolations);
  context.on('console', (message: ConsoleMessage) => {
    const text = message.text();
    if (!text.startsWith(MARKER) || !current) return;
    const v = JSON.parse(text.slice(MARKER.length)) as CspViolation;
    current.violations.set(v.id, v);
  });
}

/** Reads back what the open pages recorded, for messages that had not arrived yet. */
async function collectFromOpenPages() {
  if (!current) return;
  for (const context of current.contexts) {
    for (const page of context.pages()) {
      // A page stuck mid-navigation must not hang the teardown; its messages arrived already.
      const recorded = await Promise.race([
        page.evaluate(() => (window as unknown as { __cspViolations?: CspViolation[] }).__cspViolations ?? []),
        new Promise<CspViolation[]>((resolve) => setTimeout(() => resolve([]), 2_000)),
      ]).catch(() => [] as CspViolation[]);
      for (const v of recorded) current.violations.set(v.id, v);
    }
  }
}

function describe(v: CspViolation) {
  return `${v.effectiveDirective} blocked ${v.blockedURI || '(inline)'} on ${v.documentURI}${v.sourceFile ? ` (${v.sourceFile}:${v.lineNumber})` : ''}${v.sample ? `: ${v.sample}` : ''}`;
}

export const test = base.extend<{ cspViolations: CspViolation[] }, { browser: Browser }>({
  // Every context made from the worker's browser is watched from birth: the `context`/`page` fixtures
  // come from browser.newContext(), and specs open second users with browser.newPage().
  browser: [
    async ({ browser }, provide) => {
      const newContext = browser.newContext.bind(browser);
      const newPage = browser.newPage.bind(browser);
      browser.newContext = async (options) => {
        const context = await newContext(options);
        await watch(context);
        return context;
      };
      browser.newPage = async (options) => {
        // The page is still about:blank here, so the init script covers its first navigation.
        const page = await newPage(options);
        await watch(page.context());
        return page;
      };
      await provide(browser);
      browser.newContext = newContext;
      browser.newPage = newPage;
    },
    { scope: 'worker' },
  ],

  cspViolations: [
    async ({}, provide, testInfo) => {
      const state = { violations: new Map<string, CspViolation>(), contexts: new Set<BrowserContext>() };
      current = state;
      const violations: CspViolation[] = [];
      await provide(violations);
      await collectFromOpenPages();
      current = null;
      violations.push(...state.violations.values());
      if (violations.length) {
        await testInfo.attach('csp-violations.json', { body: JSON.stringify(violations, null, 2), contentType: 'application/json' });
      }
      expect(violations.map(describe), 'Content-Security-Policy violations during the test').toEqual([]);
    },
    { auto: true },
  ],

  // Depends on cspViolations so that it tears down first: the default context closes before the
  // check above runs, so its pages are read back here.
  context: async ({ context, cspViolations }, provide) => {
    void cspViolations;
    await provide(context);
    await collectFromOpenPages();
  },
});
