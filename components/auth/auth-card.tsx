import type { ReactNode } from 'react';

export function AuthCard({ title, children, footer }: { title: string; children: ReactNode; footer?: ReactNode }) {
  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-6 rounded-2xl border border-slate-200 p-6 shadow-sm sm:p-8 dark:border-slate-800">
      <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
      {children}
      {footer ? <div className="text-sm text-slate-600 dark:text-slate-300">{footer}</div> : null}
    </div>
  );
}
