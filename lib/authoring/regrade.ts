import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { ActionError } from '@/lib/actions/run-guarded';
import type { AppPrisma } from '@/lib/db/open-database';
import { recordOutcome } from '@/lib/review/record-outcome';
import { gradeAnswer, type AnswerKey, type GivenAnswer } from '@/questions/grading';

export type RegradeSummary = { questionsFixed: number; responsesChanged: number; attemptsRescored: number };

const sameKey = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * After a teacher fixes answer keys in a newer version, the attempts of an older version are graded
 * again with the fixed keys (matched through the question's lineage, only where the type and the
 * options are unchanged, so that a stored answer still means the same thing). The old version's
 * keys are corrected too, so its results and reveals agree with its scores. Scores, review decks and
 * a log entry change in one transaction.
 */
export async function regradeVersion(db: AppPrisma, { teacherId, setId, version }: { teacherId: string; setId: string; version: number }): Promise<RegradeSummary> {
  return db.$transaction(async (tx) => {
    const set = await tx.questionSet.findFirst({ where: { id: setId, ownerId: teacherId }, select: { currentVersion: true } });
    if (!set) throw new ActionError('That set was not found.', 404);
    if (version >= set.currentVersion) throw new ActionError('Regrading applies the current version’s keys to an older version’s attempts; choose an older version.', 400);
    const [old, current] = await Promise.all(
      [version, set.currentVersion].map((v) =>
        tx.setVersion.findFirst({ where: { setId, version: v, publishedAt: { not: null } }, select: { id: true, questions: { select: { id: true, lineageId: true, type: true, options: true, answerKey: true } } } }),
      ),
    );
    if (!old || !current) throw new ActionError('That version was not found.', 404);
    const fixed = new Map(current.questions.map((q) => [q.lineageId, q]));
    const changes = old.questions.flatMap((q) => {
      const now = fixed.get(q.lineageId);
      return now && now.type === q.type && sameKey(now.options, q.options) && !sameKey(now.answerKey, q.answerKey) ? [{ question: q, key: now.answerKey }] : [];
    });
    if (changes.length === 0) throw new ActionError('No answer key changed between these versions, so there is nothing to regrade.', 409);

    let responsesChanged = 0;
    const touchedAttempts = new Set<string>();
    for (const { question, key } of changes) {
      await tx.question.update({ where: { id: question.id }, data: { answerKey: key as Prisma.InputJsonValue } });
      const responses = await tx.response.findMany({ where: { questionId: question.id }, select: { id: true, answer: true, score: true, attemptId: true, attempt: { select: { userId: true, status: true } } } });
      for (const r of responses) {
        const grade = gradeAnswer(question.type, key as AnswerKey, r.answer as GivenAnswer);
        if (grade.score === r.score) continue;
        await tx.response.update({ where: { id: r.id }, data: { correct: grade.correct, score: grade.score } });
        responsesChanged++;
        touchedAttempts.add(r.attemptId);
        if (r.attempt.status !== 'submitted') continue;
        if (grade.score >= 1) {
          // Now right: the card this wrong answer created goes, unless the student has reviewed it since.
          await tx.reviewCard.deleteMany({ where: { userId: r.attempt.userId, questionId: question.id, logs: { every: { source: 'attempt' } } } });
        } else {
          await recordOutcome(tx as unknown as AppPrisma, { userId: r.attempt.userId, questionId: question.id, score: grade.score, source: 'attempt', sourceId: `${r.attemptId}:regrade` });
        }
      }
    }
    for (const attemptId of touchedAttempts) {
      const total = await tx.response.aggregate({ where: { attemptId }, _sum: { score: true } });
      await tx.attempt.updateMany({ where: { id: attemptId, status: 'submitted' }, data: { score: total._sum.score ?? 0 } });
    }
    const summary = { questionsFixed: changes.length, responsesChanged, attemptsRescored: touchedAttempts.size };
    await tx.regradeLog.create({
      data: { setVersionId: old.id, actorId: teacherId, details: { ...summary, fromVersion: set.currentVersion, questions: changes.map((c) => c.question.lineageId) } },
    });
    return summary;
  });
}
