import type { Metadata } from 'next';
import Link from 'next/link';
import { ImportForm } from '@/components/authoring/import-form';
import { requireRole } from '@/lib/auth/require-role';

export const metadata: Metadata = { title: 'Import questions' };
export const dynamic = 'force-dynamic';

export default async function ImportPage() {
  await requireRole('teacher', '/teach/sets/import');
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div>
        <p className="text-sm">
          <Link href="/teach/sets" className="text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
            ← Your sets
          </Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">Import questions</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-300">
          Bring your existing questions from Moodle (GIFT) or Aiken files. They arrive as a draft set you review before publishing; essays and descriptions are listed, not imported.
        </p>
      </div>
      <ImportForm />
    </div>
  );
}
