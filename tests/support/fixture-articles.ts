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
const HELD_OUT_DIR = path.resolve('tests/fixtures/held-out');

/** Development articles, then the held-out ones (rules are written without looking at those). */
export function loadFixtureArticles(): FixtureArticle[] {
  return [...loadDir(DIR, false), ...(fs.existsSync(HELD_OUT_DIR) ? loadDir(HELD_OUT_DIR, true) : [])];
}

function loadDir(dir: string, heldOut: boolean): FixtureArticle[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const slug = f.replace(/\.txt$/, '');
      const prepared = prepareArticle(fs.readFileSync(path.join(dir, f), 'utf8'));
      if (!prepared.ok) throw new Error(`${f}: ${prepared.reason}`);
      const gold = JSON.parse(fs.readFileSync(path.join(dir, `${slug}.gold.json`), 'utf8')) as Gold;
      return { slug, text: prepared.text, publishedOn: prepared.meta.publishedOn, gold, heldOut };
    });
}

export { normalizeName, normalizeText } from '@/questions/engine/score-extraction';
