// What every importer returns: the questions that fit our types, what was changed on the way in,
// and what could not come in at all, each named by the line it started on.
import { fromInterchange, type ImportedQuestion } from './from-interchange';
import type { InterchangeQuestion } from './interchange-question';

export type ImportNote = { line: number; title?: string; reason: string };

export type ImportResult =
  | { ok: true; questions: ImportedQuestion[]; notes: ImportNote[]; unsupported: ImportNote[]; category?: string }
  | { ok: false; line: number; message: string };

export function convertImported(parsed: readonly InterchangeQuestion[], category?: string): Extract<ImportResult, { ok: true }> {
  const questions: ImportedQuestion[] = [];
  const notes: ImportNote[] = [];
  const unsupported: ImportNote[] = [];
  for (const q of parsed) {
    const where = { line: q.line ?? 0, ...(q.title ? { title: q.title } : {}) };
    const id = `q${String(questions.length + 1).padStart(2, '0')}`;
    const result = fromInterchange(q, id);
    if (!result.ok) {
      unsupported.push({ ...where, reason: result.reason });
      continue;
    }
    questions.push(result.question);
    for (const reason of result.notes) notes.push({ ...where, reason });
  }
  return { ok: true, questions, notes, unsupported, ...(category ? { category } : {}) };
}
