import 'server-only';
import type { AppPrisma } from '@/lib/db/open-database';
import { assignmentStatus, type AssignmentStatus } from '@/lib/assignments/assignment-status';
import type { GivenAnswer } from '@/questions/grading';
import type { PublicOptions, QuestionType } from '@/questions/question-schema';
import { itemAnalysis, scoreDistribution, type ItemRow } from './item-analysis';

export type StudentRow = {
  studentId: string;
  name: string;
  login: string;
  status: AssignmentStatus;
  /** The student's best submitted attempt (the grade), or null. */
  attemptId: string | null;
  score: number | null;
  maxScore: number | null;
  percent: number | null;
  submittedAt: Date | null;
  late: boolean;
  answers: { questionId: string; answer: GivenAnswer; correct: boolean; score: number }[];
};

export type AssignmentResults = {
  id: string;
  title: string;
  className: string;
  classId: string;
  dueAt: Date | null;
  questions: { id: string; type: QuestionType; prompt: string; options?: { id: string; text: string }[] }[];
  students: StudentRow[];
  completion: { submitted: number; total: number };
  distribution: number[];
  items: ItemRow[];
  reports: { questionId: string; reason: string; note: string | null; createdAt: Date }[];
};

/** One graded attempt's answers, each as [questionId, answer, correct, score] (compact JSON). */
type GradedAnswers = { attemptId: string; answers: [string, GivenAnswer, boolean, number][] };

/**
 * Everything the results page shows, for the owning teacher only. A fixed number of queries
 * whatever the class size: the assignment with its class roster; then the attempts, the questions
 * and the reports; then the answers of each student's graded attempt.
 */
export async function getAssignmentResults(db: AppPrisma, { teacherId, assignmentId, now = new Date() }: { teacherId: string; assignmentId: string; now?: Date }): Promise<AssignmentResults | null> {
  const a = await db.assignment.findFirst({
    where: { id: assignmentId, class: { teacherId } },
    select: {
      id: true,
      title: true,
      dueAt: true,
      latePolicy: true,
      setVersionId: true,
      class: { select: { id: true, name: true, enrollments: { orderBy: { student: { name: 'asc' } }, select: { student: { select: { id: true, name: true, email: true, username: true } } } } } },
    },
  });
  if (!a) return null;
  const [attempts, questions, reports] = await Promise.all([
    db.attempt.findMany({ where: { assignmentId }, select: { id: true, userId: true, status: true, late: true, score: true, maxScore: true, submittedAt: true } }),
    db.question.findMany({ where: { setVersionId: a.setVersionId, review: 'approved' }, orderBy: { position: 'asc' }, select: { id: true, type: true, prompt: true, options: true } }),
    db.questionReport.findMany({ where: { question: { setVersionId: a.setVersionId }, user: { enrollments: { some: { classId: a.class.id } } } }, orderBy: { createdAt: 'desc' }, select: { questionId: true, reason: true, note: true, createdAt: true } }),
  ]);
  const byStudent = new Map<string, typeof attempts>();
  for (const x of attempts) {
    const mine = byStudent.get(x.userId);
    if (mine) mine.push(x);
    else byStudent.set(x.userId, [x]);
  }
  // The grade is the best submitted attempt; among equal scores, the first submitted.
  const best = new Map<string, (typeof attempts)[number]>();
  for (const [userId, mine] of byStudent) {
    const top = mine.filter((x) => x.status === 'submitted').sort((x, y) => (y.score ?? 0) - (x.score ?? 0) || (x.submittedAt?.getTime() ?? 0) - (y.submittedAt?.getTime() ?? 0))[0];
    if (top) best.set(userId, top);
  }
  // Only the graded attempts' answers, aggregated to one row per attempt: a class of 500 × 30
  // questions is then 500 rows instead of 15,000, and the per-row cost of the driver (PGlite's
  // above all) was most of the page's time.
  const gradedIds = [...best.values()].map((x) => x.id);
  const graded = gradedIds.length
    ? await db.$queryRaw<GradedAnswers[]>`
        SELECT attempt_id AS "attemptId", json_agg(json_build_array(question_id, answer, correct, score)) AS answers
        FROM response WHERE attempt_id = ANY(${gradedIds}::text[]) GROUP BY attempt_id`
    : [];
  const answersOf = new Map(graded.map((g) => [g.attemptId, g.answers.map(([questionId, answer, correct, score]) => ({ questionId, answer, correct, score }))]));
  const qs = questions.map((q) => {
    const o = q.options as PublicOptions;
    return { id: q.id, type: q.type, prompt: q.prompt, options: o.kind === 'choices' ? o.choices : undefined };
  });
  const students: StudentRow[] = a.class.enrollments.map(({ student }) => {
    const mine = byStudent.get(student.id) ?? [];
    const top = best.get(student.id);
    const percent = top && top.maxScore ? Math.round(((top.score ?? 0) / top.maxScore) * 1000) / 10 : null;
    return {
      studentId: student.id,
      name: student.name,
      login: student.username ?? student.email ?? '',
      status: assignmentStatus({ now, dueAt: a.dueAt, latePolicy: a.latePolicy, attempts: mine }),
      attemptId: top?.id ?? null,
      score: top?.score ?? null,
      maxScore: top?.maxScore ?? null,
      percent,
      submittedAt: top?.submittedAt ?? null,
      late: top?.late ?? false,
      answers: top ? (answersOf.get(top.id) ?? []) : [],
    };
  });
  const gradedStudents = students.filter((s) => s.attemptId);
  const items = itemAnalysis(
    qs,
    gradedStudents.map((s) => ({
      studentId: s.studentId,
      total: s.score ?? 0,
      answers: s.answers.map((r) => ({ questionId: r.questionId, correct: r.correct, optionId: r.answer.kind === 'choice' ? r.answer.optionId : r.answer.kind === 'boolean' ? String(r.answer.value) : undefined })),
    })),
  );
  return {
    id: a.id,
    title: a.title ?? 'Assignment',
    className: a.class.name,
    classId: a.class.id,
    dueAt: a.dueAt,
    questions: qs,
    students,
    completion: { submitted: gradedStudents.length, total: students.length },
    distribution: scoreDistribution(gradedStudents.map((s) => s.percent ?? 0)),
    items,
    reports,
  };
}
