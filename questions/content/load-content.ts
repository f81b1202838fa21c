// Reads the library content shipped in questions/content: articles (text + metadata) and the
// question sets written from them. Every problem is reported with the file it is in.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { articleMetaSchema, contentSetSchema, type ArticleMeta, type ContentSet } from '../question-schema';
import { locateEvidence, splitSentences } from '../sentences';

export const CONTENT_DIR = path.resolve(import.meta.dirname);

export type LoadedArticle = ArticleMeta & { text: string; contentHash: string };
export type LoadedSet = ContentSet & { contentHash: string };
export type CuratedFact = { key: string; kind: 'person' | 'organisation' | 'place' | 'date' | 'number' | 'quote' | 'claim' | 'event'; data: Record<string, unknown>; evidence: string };
export type LoadedFacts = { article: string; facts: CuratedFact[]; contentHash: string };
export type LoadedContent = { articles: LoadedArticle[]; sets: LoadedSet[]; facts: LoadedFacts[] };

const factsFileSchema = z.object({
  article: z.string(),
  facts: z.array(
    z.object({
      key: z.string().regex(/^[a-z0-9-]+$/),
      kind: z.enum(['person', 'organisation', 'place', 'date', 'number', 'quote', 'claim', 'event']),
      data: z.record(z.string(), z.unknown()),
      evidence: z.string().min(1),
    }),
  ),
});

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function loadContent(dir = CONTENT_DIR): LoadedContent {
  const articleDir = path.join(dir, 'articles');
  const articles = fs
    .readdirSync(articleDir)
    .filter((f) => f.endsWith('.meta.json'))
    .sort()
    .map((file) => {
      const meta = articleMetaSchema.parse(JSON.parse(fs.readFileSync(path.join(articleDir, file), 'utf8')));
      const text = fs.readFileSync(path.join(articleDir, `${meta.slug}.txt`), 'utf8');
      return { ...meta, text, contentHash: sha256(JSON.stringify(meta) + text) };
    });

  const setDir = path.join(dir, 'sets');
  const sets = fs
    .readdirSync(setDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const raw = JSON.parse(fs.readFileSync(path.join(setDir, file), 'utf8'));
      const parsed = contentSetSchema.safeParse(raw);
      if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
      const set = parsed.data;
      const article = articles.find((a) => a.slug === set.article);
      if (!article) throw new Error(`${file}: unknown article "${set.article}"`);
      const sentences = splitSentences(article.text);
      for (const q of set.questions) {
        for (const evidence of q.evidence) {
          if (!locateEvidence(article.text, sentences, evidence)) throw new Error(`${file}: ${q.id} cites evidence that is not in the article: "${evidence.slice(0, 60)}…"`);
        }
      }
      return { ...set, contentHash: sha256(JSON.stringify(set) + article.contentHash) };
    });
  const factDir = path.join(dir, 'facts');
  const facts = (fs.existsSync(factDir) ? fs.readdirSync(factDir).filter((f) => f.endsWith('.facts.json')).sort() : []).map((file) => {
    const raw = fs.readFileSync(path.join(factDir, file), 'utf8');
    const parsed = factsFileSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const article = articles.find((a) => a.slug === parsed.data.article);
    if (!article) throw new Error(`${file}: unknown article "${parsed.data.article}"`);
    const sentences = splitSentences(article.text);
    const keys = new Set<string>();
    for (const f of parsed.data.facts) {
      if (keys.has(f.key)) throw new Error(`${file}: fact key "${f.key}" repeats`);
      keys.add(f.key);
      if (!locateEvidence(article.text, sentences, f.evidence)) throw new Error(`${file}: ${f.key} cites evidence that is not in the article`);
    }
    return { ...parsed.data, contentHash: sha256(raw + article.contentHash) };
  });
  return { articles, sets, facts };
}
