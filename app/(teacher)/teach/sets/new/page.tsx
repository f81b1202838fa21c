import type { Metadata } from 'next';
import Link from 'next/link';
import { NewSetForm } from '@/components/authoring/new-set-form';
import { requireRole } from '@/lib/auth/require-role';

export const metadata: Metadata = { title: 'New question set' };
export const dynamic = 'force-dynamic';

export default async function NewSetPage() {
  await requireRole('teacher', '/teach/sets/new');
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div>
        <p className="text-sm">
          <Link href="/teach/sets" className="text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
            ← Your sets
          </Link>
        </p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">New set from an article</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-300">
          Paste a news article or upload it. newsquiz drafts questions from its facts; you review each one beside the sentence that proves it, then publish.
        </p>
      </div>
      <NewSetForm />
    </div>
  );
}
