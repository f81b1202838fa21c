// Whole-database snapshots for tests that must prove "nothing changed" and then put the world back
// after a case that was allowed to change it. Plain SQL, so it works on PGlite and PostgreSQL alike.
import type { Database } from '@/lib/db/open-database';

/** Every table, parents before children (the order inserts must follow on restore). */
export const TABLES = [
  'user', 'session', 'account', 'verification', 'rate_limit', 'sign_in_failure', 'app_setting',
  'article', 'fact', 'question_set', 'set_version', 'question',
  'class', 'join_code', 'enrollment', 'assignment', 'assignment_extra_time',
  'attempt', 'response', 'review_card', 'review_log', 'question_report', 'regrade_log',
] as const;

export type Table = (typeof TABLES)[number];

/**
 * Bookkeeping nobody owns, which refused requests are right to write: better-auth's rate limit and
 * verification rows, and the failed-sign-in log (a wrong password is recorded against the account).
 */
export const BOOKKEEPING: readonly Table[] = ['verification', 'rate_limit', 'sign_in_failure'];

export type Snapshot = Record<string, string>;

/** The tables the database has; a migration that adds one must add it to TABLES too. */
export async function listTables(db: Database): Promise<string[]> {
  const rows = await db.prisma.$queryRawUnsafe<{ name: string }[]>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

async function tableJson(db: Database, table: string): Promise<string> {
  const rows = await db.prisma.$queryRawUnsafe<{ json: string }[]>(`SELECT coalesce(json_agg(t ORDER BY t::text), '[]')::text AS json FROM "${table}" t`);
  return rows[0]!.json;
}

/** Every row of every table (bookkeeping included unless left out), as JSON per table. */
export async function snapshot(db: Database, { skip = [] as readonly Table[] } = {}): Promise<Snapshot> {
  const out: Snapshot = {};
  for (const table of TABLES) if (!skip.includes(table)) out[table] = await tableJson(db, table);
  return out;
}

/** Puts every table back to a snapshot taken with nothing skipped. */
export async function restore(db: Database, snap: Snapshot): Promise<void> {
  const quoted = TABLES.map((t) => `"${t}"`).join(', ');
  const inserts = TABLES.map((t) => `INSERT INTO "${t}" SELECT * FROM json_populate_recordset(NULL::"${t}", $snapshot$${snap[t]}$snapshot$::json);`);
  await db.executeScript(`TRUNCATE ${quoted} CASCADE;\n${inserts.join('\n')}`);
}

/** The tables whose rows differ between two snapshots (for a readable failure). */
export function changedTables(before: Snapshot, after: Snapshot): string[] {
  return Object.keys(before).filter((t) => before[t] !== after[t]);
}

// "$1 owns this row" ($1 is a list of user ids): each table's rows traced back to the user they belong to. A teacher owns
// their classes and everything in them (codes, enrollments, assignments and the attempts made for
// those assignments); a student owns their own attempts, cards and reports; an author owns their
// articles and sets with every version and question.
const CLASSES = `SELECT id FROM "class" WHERE teacher_id = ANY($1)`;
const ASSIGNMENTS = `SELECT id FROM "assignment" WHERE class_id IN (${CLASSES})`;
const ATTEMPTS = `SELECT id FROM "attempt" WHERE user_id = ANY($1) OR assignment_id IN (${ASSIGNMENTS})`;
const SETS = `SELECT id FROM "question_set" WHERE owner_id = ANY($1)`;
const VERSIONS = `SELECT id FROM "set_version" WHERE set_id IN (${SETS})`;
const OWNED_BY: Record<Exclude<Table, (typeof BOOKKEEPING)[number]>, string> = {
  user: `id = ANY($1)`,
  session: `user_id = ANY($1)`,
  account: `user_id = ANY($1)`,
  app_setting: `FALSE`,
  article: `owner_id = ANY($1)`,
  fact: `article_id IN (SELECT id FROM "article" WHERE owner_id = ANY($1))`,
  question_set: `owner_id = ANY($1)`,
  set_version: `set_id IN (${SETS})`,
  question: `set_version_id IN (${VERSIONS})`,
  class: `teacher_id = ANY($1)`,
  join_code: `class_id IN (${CLASSES})`,
  enrollment: `student_id = ANY($1) OR class_id IN (${CLASSES})`,
  assignment: `class_id IN (${CLASSES})`,
  assignment_extra_time: `assignment_id IN (${ASSIGNMENTS})`,
  attempt: `id IN (${ATTEMPTS})`,
  response: `attempt_id IN (${ATTEMPTS})`,
  review_card: `user_id = ANY($1)`,
  review_log: `card_id IN (SELECT id FROM "review_card" WHERE user_id = ANY($1))`,
  question_report: `user_id = ANY($1)`,
  regrade_log: `actor_id = ANY($1)`,
};


/** One hash per table, computed in the database in one round trip: cheap enough to take per call. */
export async function fingerprint(db: Database, { skip = [] as readonly Table[] } = {}): Promise<Snapshot> {
  const tables = TABLES.filter((t) => !skip.includes(t));
  return hashes(db, tables.map((t) => [t, 'TRUE']), []);
}

/**
 * fingerprint() of the rows that belong to none of `userIds` (bookkeeping left out): what those
 * callers must not change. (coalesce: a NULL owner column means "not theirs", not "unknown".)
 */
export async function fingerprintOthers(db: Database, userIds: string[]): Promise<Snapshot> {
  return hashes(db, Object.entries(OWNED_BY).map(([t, owned]) => [t, `NOT coalesce((${owned}), FALSE)`]), [userIds]);
}

async function hashes(db: Database, tables: [string, string][], params: unknown[]): Promise<Snapshot> {
  const columns = tables.map(([t, where]) => `(SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) FROM "${t}" t WHERE ${where}) AS "${t}"`);
  const rows = await db.prisma.$queryRawUnsafe<Snapshot[]>(`SELECT ${columns.join(', ')}`, ...params);
  return rows[0]!;
}
