// Seeds what the answer-submission bench needs: the library content, N students each signed in (a
// session row, as better-auth would write it at sign-in) with one test attempt in progress on the
// 30-question library set, and for every student the signed session cookie a browser would send.
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { AppPrisma } from '@/lib/db/open-database';
import { seedContent } from '@/lib/seed/seed-content';
import type { AnswerKey, GivenAnswer } from '@/questions/grading';
import { prng } from '@/questions/player/shuffle';
import type { PublicOptions } from '@/questions/question-schema';
import { answerFor, BENCH_SET_SLUG, type SeedQuestion } from './seed-bench-class';

const CHUNK = 2_000;
const DAY = 86_400_000;

export type BenchStudent = { attemptId: string; cookie: string };
export type BenchAnswer = { questionId: string; answer: GivenAnswer };

/** better-auth's cookie value: `token.base64(HMAC-SHA256(secret, token))`, URL-encoded (better-call signCookieValue). */
export function signedSessionCookie(token: string, secret: string): string {
  const signature = createHmac('sha256', secret).update(token).digest('base64');
  return `better-auth.session_token=${encodeURIComponent(`${token}.${signature}`)}`;
}

export async function seedBenchStudents(db: AppPrisma, { students, secret, mode = 'test' }: { students: number; secret: string; mode?: 'test' | 'practice' }): Promise<{ students: BenchStudent[]; answers: BenchAnswer[] }> {
  await seedContent(db);
  const version = await db.setVersion.findFirstOrThrow({ where: { set: { slug: BENCH_SET_SLUG } }, orderBy: { version: 'desc' }, select: { id: true } });
  const questions: SeedQuestion[] = (
    await db.question.findMany({ where: { setVersionId: version.id, review: 'approved' }, orderBy: { position: 'asc' }, select: { id: true, type: true, options: true, answerKey: true } })
  ).map((q) => ({ id: q.id, type: q.type, options: q.options as PublicOptions, answerKey: q.answerKey as AnswerKey }));
  const random = prng(20260502);
  // Two answers in three are right, so the graded responses are a realistic mix.
  const answers = questions.map((q) => ({ questionId: q.id, answer: answerFor(q, random() < 2 / 3, random) }));

  const now = Date.now();
  const rows = Array.from({ length: students }, (_, i) => ({ userId: `bench-s${i}`, attemptId: randomUUID(), token: randomBytes(24).toString('base64url') }));
  const chunks = <T>(list: T[]) => Array.from({ length: Math.ceil(list.length / CHUNK) }, (_, i) => list.slice(i * CHUNK, (i + 1) * CHUNK));
  for (const chunk of chunks(rows)) {
    await db.user.createMany({ data: chunk.map((r, i) => ({ id: r.userId, name: `Bench Student ${i}`, email: `${r.userId}@example.org`, role: 'student' })) });
    await db.session.createMany({ data: chunk.map((r) => ({ id: randomUUID(), token: r.token, userId: r.userId, expiresAt: new Date(now + 30 * DAY) })) });
    await db.attempt.createMany({
      data: chunk.map((r) => ({ id: r.attemptId, userId: r.userId, setVersionId: version.id, mode, reveal: mode === 'practice' ? 'after_each' : 'after_submission', seed: Math.floor(random() * 2 ** 31) })),
    });
  }
  return { students: rows.map((r) => ({ attemptId: r.attemptId, cookie: signedSessionCookie(r.token, secret) })), answers };
}
