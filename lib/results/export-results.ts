import 'server-only';
import { describeAnswer } from '@/lib/attempts/describe-answer';
import type { AssignmentResults } from './get-assignment-results';
import { toCsv } from './csv';

/** One row per student: the grade of the assignment. */
export function gradesCsv(r: AssignmentResults): string {
  return toCsv(
    ['Student', 'Sign-in', 'Status', 'Score', 'Out of', 'Percent', 'Submitted at (UTC)', 'Late'],
    r.students.map((s) => [s.name, s.login, s.status, s.score ?? '', s.maxScore ?? '', s.percent ?? '', s.submittedAt ?? '', s.late ? 'yes' : 'no']),
  );
}

/** One row per answer of each student's graded attempt. */
export function responsesCsv(r: AssignmentResults): string {
  const rows: unknown[][] = [];
  for (const s of r.students) {
    for (const [i, q] of r.questions.entries()) {
      const a = s.answers.find((x) => x.questionId === q.id);
      if (!s.attemptId) continue;
      rows.push([s.name, s.login, i + 1, q.type, q.prompt, a ? describeAnswer({ id: q.id, type: q.type, prompt: q.prompt, choices: q.options }, a.answer) : '', a ? (a.correct ? 'yes' : 'no') : 'no answer', a?.score ?? 0]);
    }
  }
  return toCsv(['Student', 'Sign-in', 'Question', 'Type', 'Prompt', 'Answer', 'Correct', 'Score'], rows);
}
