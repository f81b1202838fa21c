// POST /api/bench/raw-answer/:id {questionId, answer}: the practical limit for answer submission,
// measured by `npm run bench:submit` beside POST /api/attempts/:id/answers. It does the submission
// path's essential work as raw SQL on the driver under Prisma (the pg pool, or the app's PGlite
// instance), with no ORM, no better-auth and no zod: verify the session cookie's signature, look the
// session up by token, check that the attempt is the caller's (and the question part of it), grade,
// upsert the response (INSERT … ON CONFLICT DO NOTHING RETURNING, else SELECT the stored one).
//
// Bench-only: it answers 404 unless the server was started with NEWSQUIZ_BENCH=1, so a deployed
// app never exposes a second, unvalidated way to write answers.
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { getConfig } from '@/lib/config/config';
import { getDb } from '@/lib/db';
import { gradeAnswer, type AnswerKey, type GivenAnswer } from '@/questions/grading';
import type { QuestionType } from '@/questions/question-schema';

export const dynamic = 'force-dynamic';

const COOKIE = 'better-auth.session_token';
const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'cache-control': 'no-store' } });

let secretPromise: Promise<string> | undefined;

type Query = <Row>(sql: string, params?: unknown[]) => Promise<Row[]>;

async function driverQuery(): Promise<Query> {
  const db = await getDb();
  if (!db.driverQuery) throw new Error('the database exposes no driver query');
  return db.driverQuery;
}

/** The secret better-auth signs cookies with: BETTER_AUTH_SECRET, else the one kept in the database. */
function authSecret(query: Query): Promise<string> {
  secretPromise ??= (async () => {
    const fromEnv = getConfig().authSecret;
    if (fromEnv) return fromEnv;
    const rows = await query<{ value: string }>(`SELECT value FROM app_setting WHERE key = 'auth_secret'`);
    if (!rows[0]) throw new Error('no auth secret yet');
    return rows[0].value;
  })();
  return secretPromise;
}

/** The session token from a better-auth signed cookie (`token.base64(HMAC-SHA256(token))`), or null. */
function sessionToken(cookieHeader: string | null, secret: string): string | null {
  const raw = cookieHeader
    ?.split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${COOKIE}=`))
    ?.slice(COOKIE.length + 1);
  if (!raw) return null;
  const value = decodeURIComponent(raw);
  const dot = value.lastIndexOf('.');
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1), 'base64');
  const expected = createHmac('sha256', secret).update(token).digest();
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  if (process.env.NEWSQUIZ_BENCH !== '1') return new Response(null, { status: 404 });
  const attemptId = (await params).id;
  const query = await driverQuery();
  const token = sessionToken(request.headers.get('cookie'), await authSecret(query));
  if (!token) return json({ ok: false, message: 'Sign in first.' }, 401);

  let body: { questionId?: unknown; answer?: unknown };
  try {
    body = (await request.json()) as typeof body;
  } catch {
    return json({ ok: false, message: 'The request body is not valid JSON.' }, 400);
  }
  const { questionId, answer } = body;
  if (typeof questionId !== 'string' || typeof answer !== 'object' || answer === null) return json({ ok: false, message: 'Send questionId and answer.' }, 400);

  const [session] = await query<{ user_id: string }>('SELECT user_id FROM session WHERE token = $1 AND expires_at > now()', [token]);
  if (!session) return json({ ok: false, message: 'Sign in first.' }, 401);

  // Ownership and membership in one statement: the attempt is the caller's and the question is in its version.
  const [owned] = await query<{ status: string; type: QuestionType; answer_key: AnswerKey }>(
    `SELECT a.status, q.type, q.answer_key FROM attempt a JOIN question q ON q.id = $3 AND q.set_version_id = a.set_version_id
     WHERE a.id = $1 AND a.user_id = $2`,
    [attemptId, session.user_id, questionId],
  );
  if (!owned) return json({ ok: false, message: 'That attempt was not found.' }, 404);
  if (owned.status !== 'in_progress') return json({ ok: false, message: 'This attempt has been submitted.' }, 409);

  const given = answer as GivenAnswer;
  const grade = gradeAnswer(owned.type, owned.answer_key, given);
  const inserted = await query<{ correct: boolean; score: number; answer: GivenAnswer }>(
    `INSERT INTO response (id, attempt_id, question_id, answer, correct, score, answered_at)
     VALUES ($1, $2, $3, $4::jsonb, $5, $6, now())
     ON CONFLICT (attempt_id, question_id) DO NOTHING
     RETURNING correct, score, answer`,
    [randomUUID(), attemptId, questionId, JSON.stringify(given), grade.correct, grade.score],
  );
  const stored =
    inserted[0] ?? (await query<{ correct: boolean; score: number; answer: GivenAnswer }>('SELECT correct, score, answer FROM response WHERE attempt_id = $1 AND question_id = $2', [attemptId, questionId]))[0];
  if (!stored) return json({ ok: false, message: 'This attempt has been submitted.' }, 409);
  return json({ questionId, response: { answer: stored.answer, correct: stored.correct, score: stored.score } });
}
