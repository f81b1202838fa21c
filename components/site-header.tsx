import Link from 'next/link';
import { signOutAction } from '@/app/(public)/actions';
import { buttonClass } from '@/components/ui/button';
import { getCurrentUser } from '@/lib/auth/current-user';

export async function SiteHeader() {
  const user = await getCurrentUser();
  return (
    <header className="border-b border-slate-200 bg-white/90 print:hidden dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex max-w-5xl items-center gap-x-2 px-4 py-3 sm:gap-x-4">
        <Link href="/" className="text-lg font-bold tracking-tight text-brand-700 dark:text-brand-300">
          newsquiz
        </Link>
        <nav aria-label="Main" className="flex items-center text-sm sm:gap-1">
          <Link href="/" className={buttonClass('ghost', 'compact')}>
            Library
          </Link>
          {user?.role === 'student' ? (
            <Link href="/assignments" className={buttonClass('ghost', 'compact')}>
              Assignments
            </Link>
          ) : null}
          {user ? (
            <>
              <Link href="/review" className={`${buttonClass('ghost', 'compact')} max-sm:hidden`}>
                Review
              </Link>
              <Link href="/progress" className={`${buttonClass('ghost', 'compact')} max-sm:hidden`}>
                Progress
              </Link>
            </>
          ) : null}
          {user?.role === 'teacher' ? (
            <>
              <Link href="/teach" className={buttonClass('ghost', 'compact')}>
                Classes
              </Link>
              <Link href="/teach/sets" className={buttonClass('ghost', 'compact')}>
                Sets
              </Link>
            </>
          ) : null}
        </nav>
        <div className="ml-auto flex items-center gap-1 sm:gap-2">
          {user ? (
            <details className="relative">
              <summary className={`${buttonClass('secondary', 'compact')} cursor-pointer list-none`}>
                <span className="sr-only">Account menu:</span>
                {/* On phones the initial stands in for the name, so the header fits one row. */}
                <span className="max-w-[12rem] truncate max-sm:sr-only">{user.name}</span>
                <span aria-hidden="true" className="grid h-6 w-6 place-items-center rounded-full bg-brand-600 text-xs font-bold text-white sm:hidden">
                  {user.name.trim().charAt(0).toUpperCase() || '?'}
                </span>
                <span data-testid="role-badge" className="max-sm:hidden rounded-full bg-brand-100 px-2 py-0.5 text-xs font-semibold text-brand-700 capitalize dark:bg-slate-700 dark:text-brand-100">
                  {user.role}
                </span>
              </summary>
              <div className="absolute right-0 z-10 mt-2 w-56 rounded-lg border border-slate-200 bg-white p-2 shadow-lg dark:border-slate-700 dark:bg-slate-900">
                <p className="truncate px-2 py-1 text-sm text-slate-600 dark:text-slate-300">{user.email ?? user.username}</p>
                <p className="px-2 pb-2 text-sm text-slate-600 dark:text-slate-300">
                  Signed in as a <strong className="text-slate-900 dark:text-slate-100">{user.role}</strong>
                </p>
                <Link href="/review" className={`${buttonClass('ghost', 'compact')} w-full justify-start`}>
                  Review
                </Link>
                <Link href="/progress" className={`${buttonClass('ghost', 'compact')} w-full justify-start`}>
                  Progress
                </Link>
                {user.role === 'student' ? (
                  <Link href="/join" className={`${buttonClass('ghost', 'compact')} w-full justify-start`}>
                    Your classes
                  </Link>
                ) : null}
                <Link href="/account" className={`${buttonClass('ghost', 'compact')} w-full justify-start`}>
                  Your account
                </Link>
                <form action={signOutAction}>
                  <button type="submit" className={`${buttonClass('ghost', 'compact')} w-full justify-start`}>
                    Sign out
                  </button>
                </form>
              </div>
            </details>
          ) : (
            <>
              <Link href="/sign-in" className={buttonClass('ghost', 'compact')}>
                Sign in
              </Link>
              <Link href="/sign-up" className={buttonClass('primary', 'compact')}>
                Sign up
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
