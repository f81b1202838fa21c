import type { Metadata } from 'next';
import { ImportForm } from '@/components/authoring/import-form';
import { PageHeading } from '@/components/ui/page-heading';
import { requireRole } from '@/lib/auth/require-role';

export const metadata: Metadata = { title: 'Import questions' };
export const dynamic = 'force-dynamic';

export default async function ImportPage() {
  await requireRole('teacher', '/teach/sets/import');
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <PageHeading back={{ href: '/teach/sets', label: 'Your sets' }} title="Import questions">
        Bring your existing questions from Moodle (GIFT) or Aiken files. They arrive as a draft set you review before publishing; essays and descriptions are listed, not imported.
      </PageHeading>
      <ImportForm />
    </div>
  );
}
