// What an export did to a question it could not write as it is. Every conversion or skip gets a
// note, so a teacher can see what changed instead of finding out in Moodle.
export type ExportNote = { questionId: string; action: 'converted' | 'skipped'; reason: string };

export type TextExport = { text: string; notes: ExportNote[] };

/** The name a note uses for a question: its id, or its position when it has none. */
export function noteId(q: { id?: string; title?: string }, index: number): string {
  return q.id ?? q.title ?? `question ${index + 1}`;
}
