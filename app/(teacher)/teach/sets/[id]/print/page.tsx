import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PrintButton } from '@/components/authoring/print-button';
import { requireRole } from '@/lib/auth/require-role';
import { getTeacherSetView } from '@/lib/authoring/teacher-sets';
import { prisma } from '@/lib/db';
import type { ContentQuestion } from '@/questions/question-schema';

export const metadata: Metadata = { title: 'Worksheet' };
export const dynamic = 'force-dynamic';

const LETTERS = 'ABCDEFGH';
const line = 'mt-3 block h-8 border-b border-slate-400';

function Worksheet({ q }: { q: ContentQuestion }) {
  switch (q.type) {
    case 'multiple_choice':
    case 'who_said_it':
      return (
        <ol className="mt-2 flex flex-col gap-1">
          {q.options.map((o, i) => (
            <li key={o.id}>
              <span className="mr-2 inline-block size-4 rounded-full border border-slate-500 align-middle" aria-hidden /> {LETTERS[i]}. {o.text}
            </li>
          ))}
        </ol>
      );
    case 'true_false':
      return <p className="mt-2">☐ True &nbsp;&nbsp; ☐ False</p>;
    case 'cloze':
    case 'numeric':
      return <span className={line} aria-label="Answer line" />;
    case 'matching':
      return (
        <div className="mt-2 grid grid-cols-2 gap-x-8 gap-y-1">
          <ol className="list-decimal pl-5">
            {q.left.map((l) => (
              <li key={l.id}>{l.text} → ____</li>
            ))}
          </ol>
          <ol className="list-[upper-alpha] pl-5">
            {q.right.map((r) => (
              <li key={r.id}>{r.text}</li>
            ))}
          </ol>
        </div>
      );
    case 'ordering':
      return (
        <ul className="mt-2 flex flex-col gap-1">
          {q.items.map((i) => (
            <li key={i.id}>☐ {i.text}</li>
          ))}
        </ul>
      );
  }
}

function keyText(q: ContentQuestion): string {
  switch (q.type) {
    case 'multiple_choice':
    case 'who_said_it': {
      const i = q.options.findIndex((o) => o.id === q.answer.correct);
      return `${LETTERS[i]}. ${q.options[i]?.text}`;
    }
    case 'true_false':
      return q.answer.value ? 'True' : 'False';
    case 'cloze':
      return [q.answer.text, ...q.answer.aliases].join(' / ');
    case 'numeric':
      return `${q.answer.value.toLocaleString('en')}${q.answer.unit ? ` ${q.answer.unit}` : ''}${q.answer.tolerance ? ` (± ${q.answer.tolerance})` : ''}`;
    case 'matching':
      return q.left.map((l, i) => `${i + 1}–${LETTERS[q.right.findIndex((r) => r.id === q.answer.pairs[l.id])]}`).join(', ');
    case 'ordering':
      return q.answer.order.map((id) => q.items.find((i) => i.id === id)?.text).join(' → ');
  }
}

/** A worksheet and, on new pages, its answer key with evidence: printed or saved as PDF by the browser. */
export default async function PrintSetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const teacher = await requireRole('teacher', `/teach/sets/${id}/print`);
  const set = await getTeacherSetView(await prisma(), { teacherId: teacher.id, setId: id });
  if (!set || set.questions.length === 0) notFound();
  return (
    <div className="mx-auto max-w-3xl bg-white text-slate-900">
      <div className="mb-6 flex items-center justify-between gap-3 print:hidden">
        <p className="text-sm text-slate-600">Print, or choose “Save as PDF” in the print dialog. The answer key starts on a new page.</p>
        <PrintButton />
      </div>
      <section aria-labelledby="worksheet-title">
        <h1 id="worksheet-title" className="text-2xl font-bold">
          {set.title}
        </h1>
        <p className="mt-1 text-sm">Name: ______________________ &nbsp; Class: __________ &nbsp; Date: __________</p>
        <ol className="mt-6 flex flex-col gap-6">
          {set.questions.map((q, i) => (
            <li key={q.id} className="print-question">
              <p className="font-medium">
                {i + 1}. {q.prompt}
              </p>
              <Worksheet q={q} />
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="key-title" className="print-new-page mt-12 border-t-2 border-dashed border-slate-300 pt-8 print:mt-0 print:border-0 print:pt-0">
        <h2 id="key-title" className="text-2xl font-bold">
          Answer key: {set.title}
        </h2>
        <ol className="mt-6 flex flex-col gap-4">
          {set.questions.map((q, i) => (
            <li key={q.id} className="print-question">
              <p>
                <strong>{i + 1}.</strong> {keyText(q)}
              </p>
              <p className="text-sm text-slate-700">{q.explanation}</p>
              {q.evidence.length ? <blockquote className="mt-1 border-l-4 border-slate-300 pl-3 font-serif text-sm">{q.evidence.join(' … ')}</blockquote> : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
