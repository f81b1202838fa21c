// Loads the library content into the database, idempotently: an unchanged content file changes
// nothing; a changed one becomes the next version of the same set (never a duplicate set). Safe to
// run from several instances at once: unique constraints decide, and the loser's insert is a no-op.
import { randomUUID } from 'node:crypto';
import { Prisma } from '@/generated/prisma/client';
import type { AppPrisma } from '@/lib/db/open-database';
import { loadContent, type LoadedContent } from '@/questions/content/load-content';
import { locateAll, questionColumns } from '@/lib/authoring/question-row';
import { locateEvidence, splitSentences } from '@/questions/sentences';
import { LIBRARY_OWNER_ID } from './library-owner';

// The owner id lives in its own module so that pages can import it without loading content files.
export { LIBRARY_OWNER_ID };

export type SeedReport = { articlesChanged: number; versionsCreated: string[] };

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

export async function seedContent(prisma: AppPrisma, content: LoadedContent = loadContent()): Promise<SeedReport> {
  const report: SeedReport = { articlesChanged: 0, versionsCreated: [] };
  // createMany + skipDuplicates is INSERT … ON CONFLICT DO NOTHING: atomic, unlike upsert.
  await prisma.user.createMany({ data: [{ id: LIBRARY_OWNER_ID, name: 'newsquiz library', role: 'library' }], skipDuplicates: true });

  const articleIds = new Map<string, string>();
  for (const a of content.articles) {
    const data = {
      title: a.title,
      text: a.text,
      sourceUrl: a.sourceUrl,
      licence: a.licence,
      attribution: a.attribution,
      publishedOn: a.publishedOn ? new Date(`${a.publishedOn}T00:00:00Z`) : null,
      note: a.note ?? null,
      contentHash: a.contentHash,
    };
    const created = await prisma.article.createMany({ data: [{ slug: a.slug, ...data }], skipDuplicates: true });
    const existing = await prisma.article.findUniqueOrThrow({ where: { slug: a.slug }, select: { id: true, contentHash: true } });
    articleIds.set(a.slug, existing.id);
    if (created.count === 1) report.articlesChanged++;
    else if (existing.contentHash !== a.contentHash) {
      await prisma.article.update({ where: { id: existing.id }, data });
      report.articlesChanged++;
    }
  }

  // Curated facts: replaced together when their file (or the article) changes.
  for (const file of content.facts) {
    const articleId = articleIds.get(file.article)!;
    const marker = `facts:${file.article}`;
    const seen = await prisma.appSetting.findUnique({ where: { key: marker } });
    if (seen?.value === file.contentHash) continue;
    const article = content.articles.find((a) => a.slug === file.article)!;
    const sentences = splitSentences(article.text);
    const rows = file.facts.map((f) => {
      const span = locateEvidence(article.text, sentences, f.evidence)!;
      return { articleId, key: f.key, kind: f.kind, data: f.data as Prisma.InputJsonValue, sentenceIndex: span.sentenceIndex, spanStart: span.start, spanEnd: span.end };
    });
    await prisma.$transaction([
      prisma.fact.deleteMany({ where: { articleId } }),
      prisma.fact.createMany({ data: rows, skipDuplicates: true }),
      prisma.appSetting.upsert({ where: { key: marker }, create: { key: marker, value: file.contentHash }, update: { value: file.contentHash } }),
    ]);
  }

  for (const set of content.sets) {
    const article = content.articles.find((a) => a.slug === set.article)!;
    const articleId = articleIds.get(set.article)!;
    const sentences = splitSentences(article.text);

    let row = await prisma.questionSet.findUnique({ where: { slug: set.slug }, include: { versions: { orderBy: { version: 'desc' }, take: 1 } } });
    if (!row) {
      try {
        await prisma.questionSet.create({
          data: {
            slug: set.slug,
            ownerId: LIBRARY_OWNER_ID,
            title: set.title,
            description: set.description,
            topic: set.topic,
            visibility: 'public',
            status: 'published',
            currentVersion: 0,
          },
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
      row = await prisma.questionSet.findUniqueOrThrow({ where: { slug: set.slug }, include: { versions: { orderBy: { version: 'desc' }, take: 1 } } });
    }
    const latest = row.versions[0];
    if (latest?.contentHash === set.contentHash) continue;

    const version = (latest?.version ?? 0) + 1;
    const versionId = randomUUID();
    const now = new Date();
    const located = { id: articleId, text: article.text, sentences };
    const questions = set.questions.map((q, position) => ({
      setVersionId: versionId,
      lineageId: `${set.slug}:${q.id}`,
      position,
      ...questionColumns(q, locateAll(located, q.evidence)),
      articleId,
      factKeys: [],
    }));
    try {
      // One batch transaction: the version, its questions and the set's pointer land together.
      await prisma.$transaction([
        prisma.setVersion.create({ data: { id: versionId, setId: row.id, version, contentHash: set.contentHash, publishedAt: now } }),
        prisma.question.createMany({ data: questions }),
        prisma.questionSet.update({
          where: { id: row.id },
          data: { currentVersion: version, title: set.title, description: set.description, topic: set.topic, status: 'published' },
        }),
      ]);
      report.versionsCreated.push(`${set.slug}@${version}`);
    } catch (error) {
      // Another instance created this version first: its content is the same file's.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return report;
}
