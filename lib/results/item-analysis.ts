// Item analysis of one assignment's results. Pure: the results page loads the rows, this computes.
// Discrimination is the classic upper–lower index: the share right among the top 27 % of total
// scores minus the share right among the bottom 27 %.

export type StudentResult = { studentId: string; total: number; answers: { questionId: string; correct: boolean; optionId?: string }[] };
export type ItemQuestion = { id: string; prompt: string; options?: { id: string; text: string }[] };

export type ItemRow = {
  questionId: string;
  prompt: string;
  responses: number;
  percentCorrect: number;
  discrimination: number | null;
  commonWrong: { optionId: string; text: string; share: number } | null;
  flags: string[];
};

export const FLAG_MIN_RESPONSES = 10;

export function itemAnalysis(questions: ItemQuestion[], students: StudentResult[]): ItemRow[] {
  const ranked = [...students].sort((a, b) => b.total - a.total || a.studentId.localeCompare(b.studentId));
  const groupSize = students.length >= 2 ? Math.max(1, Math.round(students.length * 0.27)) : 0;
  const upper = rightByQuestion(ranked.slice(0, groupSize));
  const lower = rightByQuestion(ranked.slice(ranked.length - groupSize));
  const shareRight = (group: Map<string, number>, qid: string) => (groupSize ? (group.get(qid) ?? 0) / groupSize : 0);
  // One pass over every answer, so a class of 500 × 30 questions is not scanned once per question.
  const byQuestion = new Map<string, StudentResult['answers']>();
  for (const s of students) {
    for (const a of s.answers) {
      const list = byQuestion.get(a.questionId);
      if (list) list.push(a);
      else byQuestion.set(a.questionId, [a]);
    }
  }

  return questions.map((q) => {
    const answers = byQuestion.get(q.id) ?? [];
    const right = answers.filter((a) => a.correct).length;
    const percentCorrect = answers.length ? Math.round((right / answers.length) * 1000) / 10 : 0;
    const discrimination = groupSize ? Math.round((shareRight(upper, q.id) - shareRight(lower, q.id)) * 100) / 100 : null;
    let commonWrong: ItemRow['commonWrong'] = null;
    const chosen = new Map<string, number>();
    for (const a of answers) if (a.optionId) chosen.set(a.optionId, (chosen.get(a.optionId) ?? 0) + 1);
    const wrongCounts = new Map<string, number>();
    for (const a of answers) if (!a.correct && a.optionId) wrongCounts.set(a.optionId, (wrongCounts.get(a.optionId) ?? 0) + 1);
    const top = [...wrongCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (top) commonWrong = { optionId: top[0], text: q.options?.find((o) => o.id === top[0])?.text ?? top[0], share: Math.round((top[1] / answers.length) * 1000) / 10 };
    const flags: string[] = [];
    if (answers.length >= FLAG_MIN_RESPONSES) {
      if (percentCorrect < 20) flags.push('under 20% correct');
      if (percentCorrect > 90) flags.push('over 90% correct');
      const unused = (q.options ?? []).filter((o) => !chosen.has(o.id));
      if (unused.length) flags.push(`nobody chose: ${unused.map((o) => o.text).join(', ')}`);
    }
    return { questionId: q.id, prompt: q.prompt, responses: answers.length, percentCorrect, discrimination, commonWrong, flags };
  });
}

/** For each question, how many students of the group answered it right. */
function rightByQuestion(group: StudentResult[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of group) {
    for (const qid of new Set(s.answers.filter((a) => a.correct).map((a) => a.questionId))) counts.set(qid, (counts.get(qid) ?? 0) + 1);
  }
  return counts;
}

/** Students per 10-point band of percentage score (0–9, 10–19, …, 90–100). */
export function scoreDistribution(percentages: number[]): number[] {
  const bins = new Array<number>(10).fill(0);
  for (const p of percentages) bins[Math.min(9, Math.floor(Math.max(0, p) / 10))]!++;
  return bins;
}
