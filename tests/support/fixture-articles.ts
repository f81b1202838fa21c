// The fixture articles with their gold files: development (tests/fixtures/articles), held out
// (tests/fixtures/held-out) and fresh (tests/fixtures/fresh, judged once before any rule saw them).
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

export type FixtureGroup = 'development' | 'held-out' | 'fresh';
export type FixtureArticle = { slug: string; text: string; publishedOn: string | null; gold: Gold; heldOut: boolean; group: FixtureGroup };

const DIR = path.resolve('tests/fixtures/articles');
const HELD_OUT_DIR = path.resolve('tests/fixtures/held-out');
const FRESH_DIR = path.resolve('tests/fixtures/fresh');

/** Development articles, then the held-out and fresh ones (rules are written without reading those). */
export function loadFixtureArticles(): FixtureArticle[] {
  return [...loadDir(DIR, 'development'), ...loadDir(HELD_OUT_DIR, 'held-out'), ...loadDir(FRESH_DIR, 'fresh')];
}

function loadDir(dir: string, group: FixtureGroup): FixtureArticle[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const slug = f.replace(/\.txt$/, '');
      const prepared = prepareArticle(fs.readFileSync(path.join(dir, f), 'utf8'));
      if (!prepared.ok) throw new Error(`${f}: ${prepared.reason}`);
      const gold = JSON.parse(fs.readFileSync(path.join(dir, `${slug}.gold.json`), 'utf8')) as Gold;
      return { slug, text: prepared.text, publishedOn: prepared.meta.publishedOn, gold, heldOut: group !== 'development', group };
    });
}

export { normalizeName, normalizeText } from '@/questions/engine/score-extraction';
