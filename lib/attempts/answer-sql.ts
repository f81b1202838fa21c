// The answer path's SQL, in one place so that the app (through Prisma, lib/attempts/submit-answer.ts)
// and the benchmark's raw-driver limit (app/api/bench/raw-answer) run the very same statements.
// Answering is the hottest path in the app: three statements per answer (session, context, write),
// where the ORM version took seven (benchmarked with `npm run bench:submit`).
//
// Every parameter is cast: through a driver adapter a parameter arrives untyped, and INSERT … SELECT
// cannot infer a column's type from its position.

/** $1 session token, → the signed-in user's id and role, unless the session expired. */
export const SESSION_SQL = `SELECT u.id, u.role FROM session s JOIN "user" u ON u.id = s.user_id
WHERE s.token = $1::text AND s.expires_at > (now() AT TIME ZONE 'UTC')`;

export type SessionRow = { id: string; role: string };

/**
 * $1 attempt id, $2 user id, $3 question id → one row when the attempt is the caller's (none
 * otherwise), with the question when it is part of the attempt (q_id null otherwise) and the ids
 * that give the student's position. Ownership, membership and the key in one round trip.
 */
export const ANSWER_CONTEXT_SQL = `SELECT a.kind, a.mode, a.reveal, a.status, a.deadline_at, a.seed, a.shuffle, a.question_ids,
  asg.due_at,
  q.id AS q_id, q.type, q.prompt, q.options, q.answer_key, q.feedback, q.explanation, q.evidence,
  CASE WHEN a.kind = 'review'
    THEN (SELECT array_agg(v.id) FROM question v WHERE v.id = ANY (a.question_ids) AND v.review = 'approved')
    ELSE (SELECT array_agg(v.id ORDER BY v.position) FROM question v WHERE v.set_version_id = a.set_version_id AND v.review = 'approved')
  END AS ids
FROM attempt a
LEFT JOIN assignment asg ON asg.id = a.assignment_id
LEFT JOIN question q ON q.id = $3::text AND q.review = 'approved'
  AND CASE WHEN a.kind = 'review' THEN q.id = ANY (a.question_ids) ELSE q.set_version_id = a.set_version_id END
WHERE a.id = $1::text AND a.user_id = $2::text`;

export type AnswerContextRow = {
  kind: 'quiz' | 'review';
  mode: 'practice' | 'test';
  reveal: string;
  status: string;
  deadline_at: Date | string | null;
  seed: number;
  shuffle: boolean;
  question_ids: string[] | null;
  due_at: Date | string | null;
  q_id: string | null;
  type: string;
  prompt: string;
  options: unknown;
  answer_key: unknown;
  feedback: unknown;
  explanation: string;
  evidence: unknown;
  ids: string[] | null;
};

/**
 * $1 new response id, $2 attempt id, $3 question id, $4 answer (JSON text), $5 correct, $6 score,
 * $7 answered at (UTC), $8 whether a different answer replaces the stored one (a test), $9 the
 * student's position → the stored response, `fresh` when this call wrote it.
 *
 * The insert happens only while the attempt is open: the row lock waits for a submission in progress
 * and then sees it, so no answer lands after the score was summed (see submit-attempt.ts). It is the
 * same strength as the position UPDATE's lock (not FOR SHARE), so two answers to one attempt queue
 * instead of both sharing the row and then deadlocking on the upgrade. A repeat
 * of an answer already stored returns that one (fresh = false) from the statement's snapshot; when
 * the snapshot cannot tell (no row: a race), the caller reads again.
 */
export const ANSWER_WRITE_SQL = `WITH written AS (
  INSERT INTO response (id, attempt_id, question_id, answer, correct, score, answered_at)
  SELECT $1::text, $2::text, $3::text, $4::jsonb, $5::boolean, $6::float8, $7::timestamp(3)
  WHERE EXISTS (SELECT 1 FROM attempt WHERE id = $2::text AND status = 'in_progress' FOR NO KEY UPDATE)
  ON CONFLICT (attempt_id, question_id) DO UPDATE
    SET answer = EXCLUDED.answer, correct = EXCLUDED.correct, score = EXCLUDED.score, answered_at = EXCLUDED.answered_at
    WHERE $8::boolean AND response.answer IS DISTINCT FROM EXCLUDED.answer
  RETURNING id, answer, correct, score
), placed AS (
  UPDATE attempt SET current_index = $9::int, updated_at = $7::timestamp(3) WHERE id = $2::text AND status = 'in_progress'
)
SELECT id, answer, correct, score, true AS fresh FROM written
UNION ALL
SELECT id, answer, correct, score, false FROM response
WHERE attempt_id = $2::text AND question_id = $3::text AND NOT EXISTS (SELECT 1 FROM written)`;

export type AnswerWriteRow = { id: string; answer: unknown; correct: boolean; score: number; fresh: boolean };

/** The write's parameters in order, so that both callers bind them alike. */
export function answerWriteParams(w: { id: string; attemptId: string; questionId: string; answer: unknown; correct: boolean; score: number; now: Date; replace: boolean; index: number }): unknown[] {
  return [w.id, w.attemptId, w.questionId, JSON.stringify(w.answer), w.correct, w.score, w.now.toISOString(), w.replace, w.index];
}
