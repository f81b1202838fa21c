// POST /api/bench/raw-answer/:id {questionId, answer}: the practical limit for answer submission,
// measured by `npm run bench:submit` beside POST /api/attempts/:id/answers. It runs the submission
// path's own statements (lib/attempts/answer-sql.ts) on the driver under Prisma (the pg pool, or the
// app's PGlite instance), with no ORM, no better-auth session API and no zod: verify the session
// cookie's signature (the app's own check, lib/auth/session-caller.ts), look the session up, read the
// attempt's context (ownership, the question, its position), grade, write the response and the
// position.
//
// Bench-only: it answers 404 unless the server was started with NEWSQUIZ_BENCH=1, so a deployed
// app never exposes a second, unvalidated way to write answers.
import { randomUUID } from 'node:crypto';
import { ANSWER_CONTEXT_SQL, ANSWER_WRITE_SQL, answerWriteParams, SESSION_SQL, type AnswerContextRow, type AnswerWriteRow, type SessionRow } from '@/lib/attempts/answer-sql';
import { checkAnswerContext, RefusedError } from '@/lib/attempts/submit-answer';
import { sessionToken } from '@/lib/auth/session-caller';
import { getDb } from '@/lib/db';
import { gradeAnswer, type AnswerKey, type GivenAnswer } from '@/questions/grading';
import { withBenchTiming } from '../../../_lib/bench-timing';

export const dynamic = 'force-dynamic';

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'cache-control': 'no-store' } });

type Query = <Row>(sql: string, params?: unknown[]) => Promise<Row[]>;

async function driverQuery(): Promise<Query> {
  const db = await getDb();
  if (!db.driverQuery) throw new Error('the database exposes no driver query');
  return db.driverQuery;
}

export const POST = withBenchTiming(rawAnswer);

async function rawAnswer(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  if (process.env.NEWSQUIZ_BENCH !== '1') return new Response(null, { status: 404 });
  const attemptId = (await params).id;
  const query = await driverQuery();
  const token = await sessionToken(request.headers);
  if (!token) return json({ ok: false, message: 'Sign in first.' }, 401);

  let body: { questionId?: unknown; answer?: unknown };
  try {
    body = (await request.json()) as typeof body;
  } catch {
    return json({ ok: false, message: 'The request body is not valid JSON.' }, 400);
  }
  const { questionId, answer } = body;
  if (typeof questionId !== 'string' || typeof answer !== 'object' || answer === null) return json({ ok: false, message: 'Send questionId and answer.' }, 400);

  const [session] = await query<SessionRow>(SESSION_SQL, [token]);
  if (!session) return json({ ok: false, message: 'Sign in first.' }, 401);

  const now = new Date();
  let checked;
  try {
    checked = checkAnswerContext((await query<AnswerContextRow>(ANSWER_CONTEXT_SQL, [attemptId, session.id, questionId]))[0], questionId, now);
  } catch (error) {
    return json({ ok: false, message: (error as Error).message }, error instanceof RefusedError ? 409 : 404);
  }
  const given = answer as GivenAnswer;
  const grade = gradeAnswer(checked.question.type, checked.question.answerKey as AnswerKey, given);
  const replace = checked.row.mode === 'test';
  const [stored] = await query<AnswerWriteRow>(ANSWER_WRITE_SQL, answerWriteParams({ id: randomUUID(), attemptId, questionId, answer: given, correct: grade.correct, score: grade.score, now, replace, index: checked.index }));
  // As the app does: a test answer that wrote nothing stands only while the attempt is still open.
  const closed = stored && !stored.fresh && replace && !(await query<{ n: number }>(`SELECT 1 AS n FROM attempt WHERE id = $1 AND status = 'in_progress'`, [attemptId])).length;
  if (!stored || closed) return json({ ok: false, message: 'This attempt has been submitted.' }, 409);
  return json({ questionId, response: { answer: stored.answer, correct: stored.correct, score: stored.score } });
}
