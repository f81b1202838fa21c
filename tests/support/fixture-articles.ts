// The development articles under tests/fixtures/articles with their gold files.
import fs from 'node:fs';
import path from 'node:path';
import { prepareArticle } from '@/questions/engine/prepare-article';

export type Gold = {
  people: { name: string; role?: string; aliases?: string[] }[];
  places: string[];
  organisations: string[];
  dates: { text: string; meaning: string }[];
  numbers: { value: string; what: string }[];
  quotes: { speaker: string; text: string }[];
  key_facts: string[];
};

export type FixtureArticle = { slug: string; text: string; publishedOn: string | null; gold: Gold; heldOut: boolean };

const DIR = path.resolve('tests/fixtures/articles');

export function loadFixtureArticles(): FixtureArticle[] {
  const heldOut = fs.existsSync(path.join(DIR, 'HELD-OUT.md')) ? fs.readFileSync(path.join(DIR, 'HELD-OUT.md'), 'utf8') : '';
  return fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const slug = f.replace(/\.txt$/, '');
      const prepared = prepareArticle(fs.readFileSync(path.join(DIR, f), 'utf8'));
      if (!prepared.ok) throw new Error(`${f}: ${prepared.reason}`);
      const gold = JSON.parse(fs.readFileSync(path.join(DIR, `${slug}.gold.json`), 'utf8')) as Gold;
      return { slug, text: prepared.text, publishedOn: prepared.meta.publishedOn, gold, heldOut: heldOut.includes(slug) };
    });
}

export const normalizeName = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’']/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
export const normalizeText = (s: string) => s.normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase();
