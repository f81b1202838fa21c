import Link from 'next/link';
import { startAttemptFormAction } from '@/app/(student)/attempts/actions';
import { buttonClass } from '@/components/ui/button';
import type { CurrentUser } from '@/lib/auth/current-user';

const linkClass = 'font-semibold text-brand-700 underline dark:text-brand-300';

function StartForm({ slug, mode, label, kind }: { slug: string; mode: 'practice' | 'test'; label: string; kind: 'primary' | 'secondary' }) {
  return (
    <form action={startAttemptFormAction}>
      <input type="hidden" name="setSlug" value={slug} />
      <input type="hidden" name="mode" value={mode} />
      <button type="submit" className={buttonClass(kind)}>
        {label}
      </button>
    </form>
  );
}

/**
 * How a reader of a set can take it. A private set is reached through an assignment (or is the
 * teacher's own): it is read on its page and taken from the assignments page, never as free practice.
 */
export function SetStartActions({ set, user }: { set: { id: string; slug: string; visibility: 'private' | 'public' }; user: CurrentUser | null }) {
  if (set.visibility === 'private') {
    return (
      <p className="mt-5 text-sm text-slate-600 dark:text-slate-400">
        This set is assigned by a teacher.{' '}
        {user?.role === 'teacher' ? (
          <Link href={`/teach/sets/${set.id}`} className={linkClass}>
            Open it in your sets
          </Link>
        ) : (
          <Link href="/assignments" className={linkClass}>
            Go to your assignments
          </Link>
        )}
      </p>
    );
  }
  return (
    <>
      <div className="mt-5 flex flex-wrap gap-3">
        {user ? (
          <>
            <StartForm slug={set.slug} mode="practice" label="Practice" kind="primary" />
            <StartForm slug={set.slug} mode="test" label="Take as a test" kind="secondary" />
            {user.role === 'teacher' ? (
              <Link href={`/teach/sets/${set.id}`} className={buttonClass('secondary')}>
                Answer key, export and assign
              </Link>
            ) : null}
          </>
        ) : (
          <>
            <Link href={`/sets/${set.slug}/guest`} className={buttonClass('primary')}>
              Practice as a guest
            </Link>
            <Link href={`/sign-in?next=${encodeURIComponent(`/sets/${set.slug}`)}`} className={buttonClass('secondary')}>
              Sign in to save your progress
            </Link>
          </>
        )}
      </div>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">Practice shows the answer and the proving sentence after each question; a test shows them at the end.</p>
    </>
  );
}
