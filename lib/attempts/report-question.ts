import 'server-only';
import type { AppPrisma } from '@/lib/db/open-database';
import { NotFoundError } from './start-attempt';

/**
 * A student's report on a question (wrong, unclear, outdated) with a note. Only questions the
 * student can see may be reported: a public set's, or one of their own attempts'. One report per
 * student and question; reporting again updates it.
 */
export async function reportQuestion(
  db: AppPrisma,
  { userId, questionId, reason, note }: { userId: string; questionId: string; reason: 'wrong' | 'unclear' | 'outdated'; note?: string },
): Promise<void> {
  const visible = await db.question.findFirst({
    where: {
      id: questionId,
      OR: [{ setVersion: { set: { visibility: 'public', status: 'published' } } }, { setVersion: { attempts: { some: { userId } } } }, { responses: { some: { attempt: { userId } } } }],
    },
    select: { id: true },
  });
  if (!visible) throw new NotFoundError('That question was not found.');
  await db.questionReport.upsert({
    where: { questionId_userId: { questionId, userId } },
    create: { questionId, userId, reason, note: note || null },
    update: { reason, note: note || null, resolvedAt: null },
  });
}
