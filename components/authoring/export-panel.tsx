import { Panel } from '@/components/ui/panel';
import { exportSet, type ExportFormat } from '@/questions/interchange/export-set';
import type { ContentQuestion } from '@/questions/question-schema';

const FORMATS: { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'gift', label: 'GIFT', hint: 'Moodle’s text format' },
  { format: 'moodle-xml', label: 'Moodle XML', hint: 'with explanations and evidence' },
  { format: 'qti', label: 'QTI 2.1 (zip)', hint: 'Canvas, Blackboard and other LMSs' },
  { format: 'aiken', label: 'Aiken', hint: 'multiple choice only' },
  { format: 'csv', label: 'CSV', hint: 'for a spreadsheet' },
];

/** Download links, each with what that format had to convert or leave out (never silently). */
export function ExportPanel({ setId, title, questions }: { setId: string; title: string; questions: ContentQuestion[] }) {
  return (
    <Panel id="export" title="Export and print" className="flex flex-col gap-3">
      <ul className="flex flex-col gap-2 text-sm">
        {FORMATS.map(({ format, label, hint }) => {
          const notes = exportSet({ title, questions }, format).notes;
          const skipped = notes.filter((n) => n.action === 'skipped').length;
          return (
            <li key={format}>
              <a href={`/teach/sets/${setId}/export/${format}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-300" download>
                {label}
              </a>{' '}
              <span className="text-slate-600 dark:text-slate-400">— {hint}</span>
              {notes.length ? (
                <details className="mt-1 pl-4">
                  <summary className="cursor-pointer text-slate-700 dark:text-slate-300">
                    {notes.length - skipped ? `${notes.length - skipped} converted` : ''}
                    {notes.length - skipped && skipped ? ', ' : ''}
                    {skipped ? `${skipped} left out` : ''} — why
                  </summary>
                  <ul className="list-disc pl-5 text-slate-700 dark:text-slate-300">
                    {notes.map((n, i) => (
                      <li key={i}>
                        Q{questions.findIndex((q) => q.id === n.questionId) + 1} {n.action}: {n.reason}
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </li>
          );
        })}
        <li>
          <a href={`/teach/sets/${setId}/print`} className="font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
            Printable worksheet and answer key
          </a>{' '}
          <span className="text-slate-600 dark:text-slate-400">— print or save as PDF from your browser</span>
        </li>
      </ul>
    </Panel>
  );
}
