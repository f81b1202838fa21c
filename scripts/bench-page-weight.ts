// npm run bench:page-weight: the JavaScript the quiz player page makes a browser download, from a
// cold cache, in Chromium (Playwright, Debian's /usr/bin/chromium), signed in as a student with a
// test in progress. Bytes are as transferred (compressed; Playwright's request.sizes(), body plus
// headers as sent), summed over every script response until the network is idle; also for the
// library and results pages. Median of 3 cold loads; target ≤ 130 kB for the player.
// Writes bench-results/page-weight.json. Needs a production build (npm run build).
import fs from 'node:fs';
import path from 'node:path';
import { hasServerConditions, rerunWithServerConditions } from './bench/server-conditions';
import { median } from './bench/stats';

const ROOT = path.resolve(import.meta.dirname, '..');
const TARGET_KB = 130;
const LOADS = 3;

type PageWeight = { page: string; path: string; scripts: number; transferKb: number; bodyKb: number; uncompressedKb: number; largest: { url: string; transferKb: number }[] };

async function main(): Promise<void> {
  const { chromium } = await import('@playwright/test');
  const { startPageBenchApp } = await import('./bench/page-bench-app');
  const app = await startPageBenchApp();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] });
  const kb = (bytes: number) => Math.round(bytes / 100) / 10;
  try {
    const results: PageWeight[] = [];
    for (const [page, pagePath] of Object.entries(app.pages)) {
      const loads: PageWeight[] = [];
      for (let i = 0; i < LOADS; i++) {
        // A new context is a cold cache.
        const context = await browser.newContext();
        const [name, ...value] = app.cookie.split('=');
        await context.addCookies([{ name: name!, value: value.join('='), url: app.url }]);
        const tab = await context.newPage();
        const scripts: Promise<{ url: string; transfer: number; body: number; uncompressed: number }>[] = [];
        tab.on('requestfinished', (request) => {
          if (request.resourceType() !== 'script') return;
          scripts.push(
            (async () => {
              const sizes = await request.sizes();
              const response = await request.response();
              const uncompressed = response ? (await response.body().catch(() => Buffer.alloc(0))).length : 0;
              return { url: request.url(), transfer: sizes.responseBodySize + sizes.responseHeadersSize, body: sizes.responseBodySize, uncompressed };
            })(),
          );
        });
        const response = await tab.goto(app.url + pagePath, { waitUntil: 'networkidle' });
        if (!response?.ok() || new URL(tab.url()).pathname !== pagePath) throw new Error(`${page}: ${pagePath} answered ${response?.status()} at ${tab.url()} (see ${app.serverLog})`);
        const done = await Promise.all(scripts);
        await context.close();
        const sorted = [...done].sort((a, b) => b.transfer - a.transfer);
        loads.push({
          page,
          path: pagePath.replace(/[0-9a-f-]{36}/, ':id'),
          scripts: done.length,
          transferKb: kb(done.reduce((s, x) => s + x.transfer, 0)),
          bodyKb: kb(done.reduce((s, x) => s + x.body, 0)),
          uncompressedKb: kb(done.reduce((s, x) => s + x.uncompressed, 0)),
          largest: sorted.slice(0, 6).map((x) => ({ url: new URL(x.url).pathname, transferKb: kb(x.transfer) })),
        });
      }
      const mid = loads.find((l) => l.transferKb === median(loads.map((x) => x.transferKb))) ?? loads[0]!;
      results.push({ ...mid, transferKb: median(loads.map((x) => x.transferKb)) });
    }
    console.log(`JavaScript transferred from a cold cache (Chromium, median of ${LOADS} loads; compressed, headers included)`);
    console.log('page      scripts   transferred kB   body kB   uncompressed kB');
    for (const r of results) console.log(`${r.page.padEnd(10)}${String(r.scripts).padEnd(10)}${String(r.transferKb).padEnd(17)}${String(r.bodyKb).padEnd(10)}${r.uncompressedKb}`);
    const player = results.find((r) => r.page === 'player')!;
    console.log(`player: ${player.transferKb} kB — ${player.transferKb <= TARGET_KB ? 'within' : 'OVER'} the ${TARGET_KB} kB target; largest: ${player.largest.map((l) => `${path.basename(l.url)} ${l.transferKb} kB`).join(', ')}`);
    const out = path.join(ROOT, 'bench-results/page-weight.json');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify({ measuredAt: new Date().toISOString(), loads: LOADS, targetKb: TARGET_KB, pages: results }, null, 2)}\n`);
    console.log(`wrote ${path.relative(ROOT, out)}`);
    if (player.transferKb > TARGET_KB) process.exitCode = 1;
  } finally {
    await browser.close();
    await app.stop();
  }
}

if (!hasServerConditions()) rerunWithServerConditions(import.meta.filename);
else {
  const { runScript } = await import('./script-support');
  runScript(main);
}
