import type { ReactNode } from 'react';

/** A titled card section: the one look of every dashboard block, labelled by its heading. */
export function Panel({ id, title, children, className = '' }: { id: string; title: ReactNode; children: ReactNode; className?: string }) {
  return (
    <section aria-labelledby={id} className={`rounded-2xl border border-slate-200 p-5 dark:border-slate-800 ${className}`}>
      <h2 id={id} className="font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
