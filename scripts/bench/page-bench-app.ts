// The app as the page benches see it: a fresh embedded database with the library content and one
// signed-in student who has a test in progress (the player page) and a submitted one with answers
// (the results page), served by the production build on a free port. stop() kills the server and
// deletes the database.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { submitAttempt } from '@/lib/attempts/submit-attempt';
import { startNextServer } from './next-server';
import { seedBenchStudents } from './seed-bench-students';
import { createServerDatabase } from './server-database';

export type PageBenchApp = {
  url: string;
  /** `name=value` of the student's session cookie. */
  cookie: string;
  pages: { library: string; player: string; results: string };
  serverLog: string;
  stop(): Promise<void>;
};

export async function startPageBenchApp(): Promise<PageBenchApp> {
  const secret = randomBytes(32).toString('base64url');
  const database = await createServerDatabase({ engine: 'pglite' });
  const serverLog = path.join(os.tmpdir(), `newsquiz-bench-pages-${process.pid}.log`);
  try {
    const db = await database.open();
    let player: string;
    let results: string;
    let cookie: string;
    try {
      const seeded = await seedBenchStudents(db.prisma, { students: 1, secret, mode: 'test' });
      const student = seeded.students[0]!;
      cookie = student.cookie;
      // The results page: the same student's second attempt, answered and submitted.
      const first = await db.prisma.attempt.findUniqueOrThrow({ where: { id: student.attemptId } });
      const done = await db.prisma.attempt.create({ data: { userId: first.userId, setVersionId: first.setVersionId, mode: 'test', reveal: 'after_submission', seed: first.seed + 1 } });
      const { submitAnswer } = await import('@/lib/attempts/submit-answer');
      for (const a of seeded.answers) await submitAnswer(db.prisma, { attemptId: done.id, userId: first.userId, questionId: a.questionId, answer: a.answer });
      await submitAttempt(db.prisma, { attemptId: done.id, userId: first.userId });
      player = `/attempts/${student.attemptId}`;
      results = `/attempts/${done.id}/results`;
    } finally {
      await db.close();
    }
    const server = await startNextServer({ env: { ...database.env, BETTER_AUTH_SECRET: secret, NEWSQUIZ_DEMO: '0' }, log: serverLog });
    return {
      url: server.url,
      cookie,
      pages: { library: '/', player, results },
      serverLog,
      stop: async () => {
        await server.stop();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
