import Link from 'next/link';
import type { ReactNode } from 'react';

/** A page's title with the link back to where it came from and an optional line under it. */
export function PageHeading({ back, title, children }: { back: { href: string; label: string }; title: ReactNode; children?: ReactNode }) {
  return (
    <div>
      <p className="text-sm">
        <Link href={back.href} className="text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
          ← {back.label}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{title}</h1>
      {children ? <div className="mt-1 text-slate-600 dark:text-slate-300">{children}</div> : null}
    </div>
  );
}
