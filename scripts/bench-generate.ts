// npm run bench:generate: time and peak memory of the question engine on 1,000-, 5,000- and
// 10,000-word inputs built from the development articles. Each size runs in a fresh process, so
// peak RSS is that size's own; time is the median of 5 runs after a warm-up. Writes
// bench-results/generate.json.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { generateDrafts } from '@/questions/engine/generate-drafts';
import { clearParseCache } from '@/questions/engine/pos-tags';
import { prepareArticle } from '@/questions/engine/prepare-article';

const ROOT = path.resolve(import.meta.dirname, '..');

function corpus(words: number): string {
  const dir = path.join(ROOT, 'tests/fixtures/articles');
  const paragraphs = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => {
      const p = prepareArticle(fs.readFileSync(path.join(dir, f), 'utf8'));
      return p.ok ? p.text.split('\n') : [];
    });
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    out.push(p);
    count += p.split(/\s+/).length;
  }
  return out.join('\n');
}

if (process.argv[2] === '--child') {
  const words = Number(process.argv[3]);
  const text = corpus(words);
  generateDrafts(text); // warm-up (JIT, compromise's lexicon)
  const times: number[] = [];
  let drafts = 0;
  for (let i = 0; i < 5; i++) {
    clearParseCache(); // every run parses the article afresh, as a new article would be
    const start = performance.now();
    const result = generateDrafts(text);
    times.push(performance.now() - start);
    drafts = result.ok ? result.drafts.length : 0;
  }
  times.sort((a, b) => a - b);
  const actualWords = text.split(/\s+/).length;
  console.log(JSON.stringify({ words: actualWords, medianMs: Math.round(times[2]!), minMs: Math.round(times[0]!), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), drafts }));
} else {
  const rows = [1000, 5000, 10000].map((w) => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', String(w)], { cwd: ROOT }).toString()) as Record<string, number>);
  console.log('question engine: article → facts → ranked drafts (median of 5 runs after a warm-up)');
  console.log('words   median ms   min ms   peak RSS MB   drafts   ms per 1,000 words');
  for (const r of rows) console.log(`${String(r.words).padEnd(8)}${String(r.medianMs).padEnd(12)}${String(r.minMs).padEnd(9)}${String(r.peakRssMb).padEnd(14)}${String(r.drafts).padEnd(9)}${Math.round((r.medianMs! / r.words!) * 1000)}`);
  const out = path.join(ROOT, 'bench-results/generate.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, runs: 5, sizes: rows }, null, 2)}\n`);
  console.log(`wrote ${path.relative(ROOT, out)}`);
}
