// Seeds what the teacher dashboards read: a teacher, classes of N students, the 30-question library
// set assigned to each class, and one submitted attempt per student with a response to every
// question. Correctness follows a Rasch model (student ability against question difficulty, from a
// fixed-seed generator), so scores spread and item analysis has something to find; wrong choices
// favour one distractor, as real ones do. Rows go in with createMany, in chunks.
import { randomUUID } from 'node:crypto';
import { Prisma } from '@/generated/prisma/client';
import type { AppPrisma } from '@/lib/db/open-database';
import { seedContent } from '@/lib/seed/seed-content';
import { gradeAnswer, type AnswerKey, type GivenAnswer } from '@/questions/grading';
import { prng } from '@/questions/player/shuffle';
import type { PublicOptions } from '@/questions/question-schema';

export const BENCH_SET_SLUG = 'putin-north-korea-first-set';
const CHUNK = 2_000;
const DAY = 86_400_000;

export type BenchClass = { classId: string; assignmentId: string; studentIds: string[] };
export type BenchSeed = { teacherId: string; setVersionId: string; questions: number; classes: BenchClass[]; rows: { students: number; attempts: number; responses: number } };

export type SeedQuestion = { id: string; type: string; options: PublicOptions; answerKey: AnswerKey };

const FIRST = ['Ada', 'Ben', 'Chloé', 'Dara', 'Eli', 'Fatima', 'Gus', 'Hana', 'Ivo', 'Jun', 'Kofi', 'Lena', 'Mateo', 'Noor', 'Owen', 'Priya'];
const LAST = ['Abara', 'Brandt', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'García', 'Huang', 'Ivanova', 'Jensen', 'Kowalski', 'Lopez', 'Müller', 'Nakamura'];

export function answerFor(q: SeedQuestion, correct: boolean, random: () => number): GivenAnswer {
  const key = q.answerKey;
  if ('correct' in key && q.options.kind === 'choices') {
    if (correct) return { kind: 'choice', optionId: key.correct };
    const wrong = q.options.choices.filter((c) => c.id !== key.correct);
    const pick = random() < 0.6 ? wrong[0] : wrong[Math.floor(random() * wrong.length)];
    return { kind: 'choice', optionId: pick?.id ?? key.correct };
  }
  if ('value' in key && typeof key.value === 'boolean') return { kind: 'boolean', value: correct ? key.value : !key.value };
  if ('text' in key) return { kind: 'text', text: correct ? key.text : 'I do not know' };
  if ('value' in key) return { kind: 'number', value: correct ? key.value : key.value + 10 * (key.tolerance + 1) + 1 };
  if ('pairs' in key) {
    if (correct) return { kind: 'pairs', pairs: key.pairs };
    const left = Object.keys(key.pairs);
    const right = left.map((l) => key.pairs[l]!);
    // Mixes up the first two pairs: partial credit, as a half-right matching earns.
    return { kind: 'pairs', pairs: Object.fromEntries(left.map((l, i) => [l, right[i < 2 ? 1 - i : i] ?? right[i]!])) };
  }
  if ('order' in key) return { kind: 'order', order: correct ? key.order : [...key.order].reverse() };
  return { kind: 'text', text: '' };
}

async function insertInChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

export async function seedBenchClasses(db: AppPrisma, { students, classes = 1, now = new Date() }: { students: number; classes?: number; now?: Date }): Promise<BenchSeed> {
  await seedContent(db);
  const version = await db.setVersion.findFirstOrThrow({ where: { set: { slug: BENCH_SET_SLUG } }, orderBy: { version: 'desc' }, select: { id: true } });
  const questions = (
    await db.question.findMany({ where: { setVersionId: version.id, review: 'approved' }, orderBy: { position: 'asc' }, select: { id: true, type: true, options: true, answerKey: true } })
  ).map((q) => ({ id: q.id, type: q.type, options: q.options as PublicOptions, answerKey: q.answerKey as AnswerKey }));
  const random = prng(20260501);
  const difficulty = questions.map(() => -1.5 + 3 * random());
  const teacherId = 'bench-teacher';
  await db.user.create({ data: { id: teacherId, name: 'Bench Teacher', email: 'bench-teacher@example.org', role: 'teacher' } });

  const seeded: BenchClass[] = [];
  let responseCount = 0;
  for (let c = 0; c < classes; c++) {
    const cls = await db.class.create({ data: { teacherId, name: `Bench class ${c + 1}` }, select: { id: true } });
    const studentIds = Array.from({ length: students }, (_, i) => `bench-c${c}-s${i}`);
    await insertInChunks(
      studentIds.map((id, i) => ({ id, name: `${FIRST[Math.floor(random() * FIRST.length)]} ${LAST[Math.floor(random() * LAST.length)]} ${i}`, username: id, role: 'student' as const, lastActiveAt: new Date(now.getTime() - random() * 7 * DAY) })),
      (data) => db.user.createMany({ data }),
    );
    await insertInChunks(
      studentIds.map((studentId) => ({ classId: cls.id, studentId, joinedAt: new Date(now.getTime() - 30 * DAY) })),
      (data) => db.enrollment.createMany({ data }),
    );
    const assignment = await db.assignment.create({
      data: { classId: cls.id, setVersionId: version.id, title: `Bench assignment ${c + 1}`, opensAt: new Date(now.getTime() - 7 * DAY), dueAt: new Date(now.getTime() - DAY), mode: 'test', reveal: 'after_submission', latePolicy: 'accept_late' },
      select: { id: true },
    });
    const attempts: Prisma.AttemptCreateManyInput[] = [];
    const responses: Prisma.ResponseCreateManyInput[] = [];
    for (const userId of studentIds) {
      const ability = (random() + random() + random() - 1.5) * 2;
      const attemptId = randomUUID();
      const startedAt = new Date(now.getTime() - 2 * DAY - random() * 4 * DAY);
      let score = 0;
      questions.forEach((q, i) => {
        const given = answerFor(q, random() < 1 / (1 + Math.exp(difficulty[i]! - ability)), random);
        const grade = gradeAnswer(q.type, q.answerKey, given);
        score += grade.score;
        responses.push({ id: randomUUID(), attemptId, questionId: q.id, answer: given as Prisma.InputJsonValue, correct: grade.correct, score: grade.score, answeredAt: new Date(startedAt.getTime() + (i + 1) * 30_000) });
      });
      attempts.push({ id: attemptId, userId, setVersionId: version.id, assignmentId: assignment.id, mode: 'test', reveal: 'after_submission', status: 'submitted', seed: Math.floor(random() * 2 ** 31), startedAt, submittedAt: new Date(startedAt.getTime() + (questions.length + 1) * 30_000), score, maxScore: questions.length });
    }
    await insertInChunks(attempts, (data) => db.attempt.createMany({ data }));
    await insertInChunks(responses, (data) => db.response.createMany({ data }));
    responseCount += responses.length;
    // A few students report questions, so the page's reports query returns rows.
    await db.questionReport.createMany({ data: studentIds.slice(0, 5).map((userId, i) => ({ questionId: questions[i % questions.length]!.id, userId, reason: 'unclear' as const, note: 'Bench report' })) });
    seeded.push({ classId: cls.id, assignmentId: assignment.id, studentIds });
  }
  return { teacherId, setVersionId: version.id, questions: questions.length, classes: seeded, rows: { students: students * classes, attempts: students * classes, responses: responseCount } };
}
