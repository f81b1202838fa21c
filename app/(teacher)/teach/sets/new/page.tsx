import type { Metadata } from 'next';
import { NewSetForm } from '@/components/authoring/new-set-form';
import { PageHeading } from '@/components/ui/page-heading';
import { requireRole } from '@/lib/auth/require-role';

export const metadata: Metadata = { title: 'New question set' };
export const dynamic = 'force-dynamic';

export default async function NewSetPage() {
  await requireRole('teacher', '/teach/sets/new');
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <PageHeading back={{ href: '/teach/sets', label: 'Your sets' }} title="New set from an article">
        Paste a news article or upload it. newsquiz drafts questions from its facts; you review each one beside the sentence that proves it, then publish.
      </PageHeading>
      <NewSetForm />
    </div>
  );
}
