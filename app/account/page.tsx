import type { Metadata } from 'next';
import { Panel } from '@/components/ui/panel';
import { buttonClass } from '@/components/ui/button';
import { confirmationName, describeAccountDeletion } from '@/lib/account/delete-account';
import { requireUser } from '@/lib/auth/require-user';
import { prisma } from '@/lib/db';
import { DeleteAccountForm } from './delete-account-form';

export const metadata: Metadata = { title: 'Your account' };
export const dynamic = 'force-dynamic';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export default async function AccountPage() {
  const user = await requireUser('/account');
  const deletion = await describeAccountDeletion(await prisma(), { userId: user.id });
  const isTeacher = user.role === 'teacher';
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <h1 className="text-3xl font-bold tracking-tight">Your account</h1>
      <Panel id="profile" title="Profile">
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-600 dark:text-slate-400">Name</dt>
          <dd>{user.name}</dd>
          <dt className="text-slate-600 dark:text-slate-400">Username</dt>
          <dd>{user.username ?? '—'}</dd>
          <dt className="text-slate-600 dark:text-slate-400">Email</dt>
          <dd>{user.email ?? '—'}</dd>
          <dt className="text-slate-600 dark:text-slate-400">Role</dt>
          <dd className="capitalize">{user.role}</dd>
        </dl>
      </Panel>
      <Panel id="your-data" title="Your data">
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">
          One JSON file with everything newsquiz holds about you: your profile, sign-in sessions (without their secret tokens), classes, attempts and answers, review cards and their history, and question reports
          {isTeacher ? ', plus your classes, assignments, articles and question sets with every version' : ''}. Passwords are stored only as a hash and are never included.
        </p>
        <a href="/account/data.json" download className={`${buttonClass('secondary')} mt-3`}>
          Download your data (JSON)
        </a>
      </Panel>
      <Panel id="delete-account" title="Delete account" className="border-red-300 dark:border-red-900">
        <div className="mt-2 flex flex-col gap-2 text-sm text-slate-700 dark:text-slate-300">
          <p>This cannot be undone. Deleting your account signs you out and permanently deletes:</p>
          <ul className="list-disc pl-5">
            <li>your profile, sign-in details and sessions;</li>
            <li>
              your {plural(deletion.attempts, 'attempt')} with every answer, your {plural(deletion.reviewCards, 'review card')} and their history, your question reports
              {isTeacher ? '' : ' and your class memberships'};
            </li>
            {isTeacher ? (
              <>
                <li>your {plural(deletion.classes, 'class', 'classes')}, with their join codes, enrolments, assignments and your students’ attempts at those assignments;</li>
                <li>your {plural(deletion.deletedSets, 'question set')} that no one else relies on (private sets and drafts), and the articles that only they use.</li>
              </>
            ) : null}
          </ul>
          {isTeacher ? (
            <p>
              <strong>Sets others rely on stay.</strong> {deletion.keptSets === 0 ? 'You have none: ' : `${plural(deletion.keptSets, 'set')} will stay: `}a set that is published in the public library, or that another teacher has
              assigned or another student has practised, moves to the newsquiz library (without your name) so other people’s assignments and results keep working. Student accounts you created keep working too.
              Download your data first if you want a copy.
            </p>
          ) : (
            <p>Download your data first if you want a copy.</p>
          )}
        </div>
        <div className="mt-4">
          <DeleteAccountForm confirmName={confirmationName(user)} needsPassword={deletion.hasPassword} />
        </div>
      </Panel>
    </div>
  );
}
