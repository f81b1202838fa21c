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

/**
 * Everything the results page shows, for the owning teacher only. A fixed number of queries
 * whatever the class size: the assignment with its class roster, all attempts with responses, the
 * questions, and the reports.
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
    db.attempt.findMany({
      where: { assignmentId },
      select: { id: true, userId: true, status: true, late: true, score: true, maxScore: true, submittedAt: true, responses: { select: { questionId: true, answer: true, correct: true, score: true } } },
    }),
    db.question.findMany({ where: { setVersionId: a.setVersionId, review: 'approved' }, orderBy: { position: 'asc' }, select: { id: true, type: true, prompt: true, options: true } }),
    db.questionReport.findMany({ where: { question: { setVersionId: a.setVersionId }, user: { enrollments: { some: { classId: a.class.id } } } }, orderBy: { createdAt: 'desc' }, select: { questionId: true, reason: true, note: true, createdAt: true } }),
  ]);
  const qs = questions.map((q) => {
    const o = q.options as PublicOptions;
    return { id: q.id, type: q.type, prompt: q.prompt, options: o.kind === 'choices' ? o.choices : undefined };
  });
  const students: StudentRow[] = a.class.enrollments.map(({ student }) => {
    const mine = attempts.filter((x) => x.userId === student.id);
    const best = mine.filter((x) => x.status === 'submitted').sort((x, y) => (y.score ?? 0) - (x.score ?? 0))[0];
    const percent = best && best.maxScore ? Math.round(((best.score ?? 0) / best.maxScore) * 1000) / 10 : null;
    return {
      studentId: student.id,
      name: student.name,
      login: student.username ?? student.email ?? '',
      status: assignmentStatus({ now, dueAt: a.dueAt, latePolicy: a.latePolicy, attempts: mine }),
      attemptId: best?.id ?? null,
      score: best?.score ?? null,
      maxScore: best?.maxScore ?? null,
      percent,
      submittedAt: best?.submittedAt ?? null,
      late: best?.late ?? false,
      answers: (best?.responses ?? []).map((r) => ({ questionId: r.questionId, answer: r.answer as GivenAnswer, correct: r.correct, score: r.score })),
    };
  });
  const graded = students.filter((s) => s.attemptId);
  const items = itemAnalysis(
    qs,
    graded.map((s) => ({
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
    completion: { submitted: graded.length, total: students.length },
    distribution: scoreDistribution(graded.map((s) => s.percent ?? 0)),
    items,
    reports,
  };
}
