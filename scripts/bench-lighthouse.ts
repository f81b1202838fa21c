// npm run bench:lighthouse (not part of npm run bench, not in CI): Lighthouse 12 (desktop preset,
// Debian's Chromium, headless) on the library, quiz player and results pages, signed in as a student
// through a Cookie header; median of 3 runs per page; targets performance ≥ 95, accessibility 100.
// Each page is also scanned with axe-core (@axe-core/playwright, the engine behind Lighthouse's
// accessibility audits) so that a failing rule is named with the element it failed on.
// Needs lighthouse@12.8.2 in node_modules (12.x runs on Node 20; 13 wants Node 22) and a
// production build. Writes bench-results/lighthouse.json.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { hasServerConditions, rerunWithServerConditions } from './bench/server-conditions';
import { median } from './bench/stats';

const ROOT = path.resolve(import.meta.dirname, '..');
const RUNS = 3;
const CHROMIUM = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LIGHTHOUSE = path.join(ROOT, 'node_modules/.bin/lighthouse');

type LighthouseReport = { categories: Record<string, { score: number | null }>; audits: Record<string, { id: string; title: string; score: number | null; scoreDisplayMode: string; numericValue?: number }> };
type PageResult = { page: string; performance: number[]; accessibility: number[]; failedAudits: string[]; metrics: Record<string, number>; axe: { rule: string; impact: string | null; nodes: string[] }[] };

async function lighthouse(url: string, cookie: string): Promise<LighthouseReport> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsquiz-lh-'));
  try {
    const headers = path.join(dir, 'headers.json');
    fs.writeFileSync(headers, JSON.stringify({ Cookie: cookie }));
    const out = path.join(dir, 'report.json');
    await promisify(execFile)(
      LIGHTHOUSE,
      [url, '--preset=desktop', '--only-categories=performance,accessibility', '--output=json', `--output-path=${out}`, '--quiet', `--extra-headers=${headers}`, '--chrome-flags=--headless=new --no-sandbox --disable-dev-shm-usage --disable-gpu'],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024 },
    );
    return JSON.parse(fs.readFileSync(out, 'utf8')) as LighthouseReport;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const haveLighthouse = fs.existsSync(LIGHTHOUSE);
  if (!haveLighthouse) console.error('lighthouse is not installed: npm install -D -E lighthouse@12.8.2 (running the axe scan only)');
  const { chromium } = await import('@playwright/test');
  const { AxeBuilder } = await import('@axe-core/playwright');
  const { startPageBenchApp } = await import('./bench/page-bench-app');
  const app = await startPageBenchApp();
  const results: PageResult[] = [];
  try {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] });
    try {
      for (const [page, pagePath] of Object.entries(app.pages)) {
        const context = await browser.newContext();
        const [name, ...value] = app.cookie.split('=');
        await context.addCookies([{ name: name!, value: value.join('='), url: app.url }]);
        const tab = await context.newPage();
        await tab.goto(app.url + pagePath, { waitUntil: 'networkidle' });
        const scan = await new AxeBuilder({ page: tab }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        await context.close();
        results.push({ page, performance: [], accessibility: [], failedAudits: [], metrics: {}, axe: scan.violations.map((v) => ({ rule: v.id, impact: v.impact ?? null, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) })) });
      }
    } finally {
      await browser.close();
    }
    if (haveLighthouse) {
      for (const result of results) {
        const url = app.url + app.pages[result.page as keyof typeof app.pages];
        const failed = new Set<string>();
        const metrics: Record<string, number[]> = {};
        for (let i = 0; i < RUNS; i++) {
          const report = await lighthouse(url, app.cookie);
          result.performance.push(Math.round((report.categories.performance?.score ?? 0) * 100));
          result.accessibility.push(Math.round((report.categories.accessibility?.score ?? 0) * 100));
          for (const a of Object.values(report.audits)) {
            if (a.scoreDisplayMode === 'binary' && a.score === 0) failed.add(a.id);
            if (['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].includes(a.id) && a.numericValue !== undefined) (metrics[a.id] ??= []).push(a.numericValue);
          }
        }
        result.failedAudits = [...failed];
        result.metrics = Object.fromEntries(Object.entries(metrics).map(([k, v]) => [k, Math.round(median(v) * 1000) / 1000]));
      }
    }
  } finally {
    await app.stop();
  }

  if (haveLighthouse) {
    console.log(`Lighthouse 12 desktop preset, Chromium ${CHROMIUM}, median of ${RUNS} runs`);
    console.log('page      performance   accessibility   failed audits');
    for (const r of results) console.log(`${r.page.padEnd(10)}${String(median(r.performance)).padEnd(14)}${String(median(r.accessibility)).padEnd(16)}${r.failedAudits.join(', ') || '—'}`);
  }
  console.log('axe-core (WCAG 2.1 A/AA + best practice) violations per page:');
  for (const r of results) console.log(`${r.page.padEnd(10)}${r.axe.length ? r.axe.map((v) => `${v.rule} (${v.impact}) at ${v.nodes.join(' | ')}`).join('; ') : 'none'}`);
  const out = path.join(ROOT, 'bench-results/lighthouse.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const summary = results.map((r) => ({ ...r, performanceMedian: haveLighthouse ? median(r.performance) : null, accessibilityMedian: haveLighthouse ? median(r.accessibility) : null }));
  fs.writeFileSync(out, `${JSON.stringify({ measuredAt: new Date().toISOString(), lighthouse: haveLighthouse ? '12.8.2 (node_modules)' : 'not installed', runs: RUNS, pages: summary }, null, 2)}\n`);
  console.log(`wrote ${path.relative(ROOT, out)}`);
  if (!haveLighthouse || results.some((r) => r.axe.length || median(r.accessibility) < 100 || median(r.performance) < 95)) process.exitCode = 1;
}

if (!hasServerConditions()) rerunWithServerConditions(import.meta.filename);
else {
  const { runScript } = await import('./script-support');
  runScript(main);
}
