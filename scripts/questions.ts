// npm run questions -- generate <file> [--date YYYY-MM-DD] [--json] [--limit N]
//   prints the facts and ranked drafts of an article (JSON: an array of drafts with type, prompt,
//   options, answer and evidence as sentence text)
// npm run questions:check
//   validates every content file in questions/content
import fs from 'node:fs';
import { loadContent } from '@/questions/content/load-content';
import { generateDrafts } from '@/questions/engine/generate-drafts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function toJson(d: Extract<ReturnType<typeof generateDrafts>, { ok: true }>['drafts'][number]) {
  const options = 'options' in d ? d.options : d.type === 'matching' ? { left: d.left, right: d.right } : d.type === 'ordering' ? d.items : d.type === 'true_false' ? [{ id: 'true', text: 'True' }, { id: 'false', text: 'False' }] : null;
  return { id: d.id, type: d.type, prompt: d.prompt, options, answer: d.answer, explanation: d.explanation, evidence: d.evidence, difficulty: d.meta.difficulty, quality: d.meta.quality, facts: d.meta.factIds };
}

const [command, file] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));

if (command === 'score') {
  // Extraction against the gold files: development, held-out and fresh articles, all.
  const { loadFixtureArticles } = await import('../tests/support/fixture-articles');
  const { extractFacts } = await import('@/questions/engine/extract-facts');
  const { scoreExtraction, sumScores } = await import('@/questions/engine/score-extraction');
  const articles = loadFixtureArticles();
  for (const [label, group] of [['development', articles.filter((a) => a.group === 'development')], ['held-out', articles.filter((a) => a.group === 'held-out')], ['fresh', articles.filter((a) => a.group === 'fresh')], ['all', articles]] as const) {
    const t = sumScores(group.map((a) => scoreExtraction(extractFacts(a.text, a.publishedOn), a.gold)));
    console.log(`${label.padEnd(12)} articles ${String(group.length).padEnd(3)} people precision ${t.peoplePrecision.toFixed(3)} recall ${t.peopleRecall.toFixed(3)} · quotes found ${t.quotesFound.toFixed(3)} · speakers right ${t.speakerAccuracy.toFixed(3)}`);
  }
} else if (command === 'check') {
  try {
    const content = loadContent();
    const questions = content.sets.reduce((n, s) => n + s.questions.length, 0);
    console.log(`questions/content is valid: ${content.articles.length} article(s), ${content.sets.length} set(s), ${questions} question(s).`);
  } catch (error) {
    console.error(`questions/content is invalid: ${(error as Error).message}`);
    process.exit(1);
  }
} else if (command === 'generate' && file) {
  const date = arg('--date');
  if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    console.error('--date must be YYYY-MM-DD');
    process.exit(2);
  }
  const result = generateDrafts(fs.readFileSync(file, 'utf8'), date ? { publishedOn: date } : {});
  if (!result.ok) {
    console.error(result.reason);
    process.exit(1);
  }
  const limit = Number(arg('--limit') ?? Infinity);
  const drafts = result.drafts.slice(0, limit);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(drafts.map(toJson), null, 2));
  } else {
    const f = result.facts;
    console.log(`Article: ${result.meta.title ?? '(no title)'} · published ${result.meta.publishedOn ?? 'unknown'} · ${f.sentences.length} sentences`);
    console.log(`People: ${f.people.map((p) => `${p.name}${p.roles.length ? ` (${p.roles[0]})` : ''}`).join('; ')}`);
    console.log(`Places: ${f.places.map((p) => `${p.name} [${p.placeType}]`).join('; ')}`);
    console.log(`Organisations: ${f.organisations.map((o) => o.name).join('; ')}`);
    console.log(`Dates: ${f.dates.map((d) => `${d.text}${d.resolved ? ` = ${d.resolved}` : ''}`).join('; ')}`);
    console.log(`Numbers: ${f.numbers.map((n) => n.text).join('; ')}`);
    console.log(`Quotes: ${f.quotes.length} (${f.quotes.filter((q) => q.speaker).length} attributed) · Claims: ${f.claims.length} · Events: ${f.events.length}`);
    console.log(`\n${result.drafts.length} drafts passed the checks (${result.dropped.length} dropped)\n`);
    drafts.forEach((d, i) => {
      const j = toJson(d);
      console.log(`${i + 1}. [${d.type}] ${d.prompt}`);
      if (Array.isArray(j.options)) for (const o of j.options) console.log(`     ${o.id}) ${o.text}`);
      console.log(`     answer: ${JSON.stringify(d.answer)}  (quality ${d.meta.quality})`);
    });
  }
} else {
  console.error('usage: npm run questions -- generate <file> [--date YYYY-MM-DD] [--json] [--limit N] | score | npm run questions:check');
  process.exit(2);
}
