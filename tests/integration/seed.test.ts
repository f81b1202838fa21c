import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIBRARY_OWNER_ID, seedContent } from '@/lib/seed/seed-content';
import { DEMO_ACCOUNTS, seedDemo } from '@/lib/seed/seed-demo';
import { loadContent } from '@/questions/content/load-content';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

async function counts(db: TestDatabase) {
  const [users, articles, sets, versions, questions, classes, assignments, accounts] = await Promise.all([
    db.prisma.user.count(),
    db.prisma.article.count(),
    db.prisma.questionSet.count(),
    db.prisma.setVersion.count(),
    db.prisma.question.count(),
    db.prisma.class.count(),
    db.prisma.assignment.count(),
    db.prisma.account.count(),
  ]);
  return { users, articles, sets, versions, questions, classes, assignments, accounts };
}

describe('seeding', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('loads the public library set owned by the built-in library owner', async () => {
    const report = await seedContent(db.prisma);
    expect(report.versionsCreated.sort()).toEqual(['putin-north-korea-claims@1', 'putin-north-korea-first-set@1', 'putin-north-korea-whos-who@1']);
    const set = await db.prisma.questionSet.findUniqueOrThrow({ where: { slug: 'putin-north-korea-first-set' }, include: { owner: true } });
    expect(set).toMatchObject({ visibility: 'public', status: 'published', currentVersion: 1, ownerId: LIBRARY_OWNER_ID });
    expect(set.owner.role).toBe('library');
    // The library owner has no credentials, so nobody can sign in as it.
    expect(await db.authPrisma.account.count({ where: { userId: LIBRARY_OWNER_ID } })).toBe(0);
    const article = await db.prisma.article.findUniqueOrThrow({ where: { slug: 'putin-north-korea-visit' } });
    expect(article).toMatchObject({ title: null, sourceUrl: null, publishedOn: null });
  });

  it('stores evidence spans that point at the cited sentence of the stored article', async () => {
    const article = await db.prisma.article.findUniqueOrThrow({ where: { slug: 'putin-north-korea-visit' } });
    const questions = await db.prisma.question.findMany();
    expect(questions.length).toBeGreaterThanOrEqual(15);
    for (const q of questions) {
      for (const e of q.evidence as { start: number; end: number; text: string; articleId: string }[]) {
        expect(e.articleId).toBe(article.id);
        expect(article.text.slice(e.start, e.end)).toBe(e.text);
      }
    }
  });

  it('creates nothing new when run again, with demo data too', async () => {
    await seedDemo(db.prisma);
    const before = await counts(db);
    expect(await seedContent(db.prisma)).toEqual({ articlesChanged: 0, versionsCreated: [] });
    await seedDemo(db.prisma);
    expect(await counts(db)).toEqual(before);
    expect(before).toMatchObject({ sets: 3, versions: 3, classes: 1, assignments: 1 });
    expect(await db.prisma.user.findUnique({ where: { id: DEMO_ACCOUNTS.teacher.id } })).toMatchObject({ role: 'teacher' });
  });

  it('turns a changed content file into a new version of the same set, never a duplicate', async () => {
    const content = loadContent();
    const changed = structuredClone(content);
    const first = changed.sets.find((s) => s.slug === 'putin-north-korea-first-set')!;
    first.questions[0]!.prompt += ' (edited)';
    first.contentHash = 'changed';
    expect((await seedContent(db.prisma, changed)).versionsCreated).toEqual(['putin-north-korea-first-set@2']);
    expect(await db.prisma.questionSet.count()).toBe(3);
    const set = await db.prisma.questionSet.findUniqueOrThrow({ where: { slug: 'putin-north-korea-first-set' }, include: { versions: { orderBy: { version: 'asc' } } } });
    expect(set.currentVersion).toBe(2);
    expect(set.versions.map((v) => v.version)).toEqual([1, 2]);
    // Old versions keep their questions (attempts will point at them).
    expect(await db.prisma.question.count({ where: { setVersionId: set.versions[0]!.id } })).toBe(content.sets.find((s) => s.slug === 'putin-north-korea-first-set')!.questions.length);
    expect(fs.existsSync('questions/content/sets/putin-north-korea-first-set.json')).toBe(true);
  });

  it('agrees with itself when two instances seed at the same moment', async () => {
    const fresh = await createTestDatabase();
    try {
      await Promise.all([seedContent(fresh.prisma), seedContent(fresh.prisma), seedContent(fresh.prisma)]);
      expect(await fresh.prisma.questionSet.count()).toBe(3);
      expect(await fresh.prisma.setVersion.count()).toBe(3);
    } finally {
      await fresh.drop();
    }
  });
});

describe('curated facts', () => {
  it('are stored with evidence spans pointing at their sentence, once', async () => {
    const db = await createTestDatabase();
    try {
      await seedContent(db.prisma);
      await seedContent(db.prisma);
      const article = await db.prisma.article.findUniqueOrThrow({ where: { slug: 'putin-north-korea-visit' } });
      const facts = await db.prisma.fact.findMany({ where: { articleId: article.id } });
      expect(facts.length).toBe(loadContent().facts[0]!.facts.length);
      const putin = facts.find((f) => f.key === 'p-putin') ?? facts.find((f) => f.kind === 'person');
      expect(putin).toBeDefined();
      for (const f of facts) expect(article.text.slice(f.spanStart, f.spanEnd).length).toBeGreaterThan(10);
    } finally {
      await db.drop();
    }
  });
});
