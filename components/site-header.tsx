import Link from 'next/link';
import { signOutAction } from '@/app/(public)/actions';
import { buttonClass } from '@/components/ui/button';
import { getCurrentUser } from '@/lib/auth/current-user';

export async function SiteHeader() {
  const user = await getCurrentUser();
  return (
    <header className="border-b border-slate-200 bg-white/90 dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight text-brand-700 dark:text-brand-300">
          newsquiz
        </Link>
        <nav aria-label="Main" className="flex items-center gap-1 text-sm">
          <Link href="/" className={buttonClass('ghost')}>
            Library
          </Link>
          {user?.role === 'teacher' ? (
            <Link href="/teach" className={buttonClass('ghost')}>
              Teach
            </Link>
          ) : null}
        </nav>
        <div className="ml-auto flex items-center gap-2">
          {user ? (
            <details className="relative">
              <summary className={`${buttonClass('secondary')} cursor-pointer list-none`} aria-label={`Account menu for ${user.name}, ${user.role}`}>
                <span className="max-w-[10rem] truncate">{user.name}</span>
                <span data-testid="role-badge" className="rounded-full bg-brand-100 px-2 py-0.5 text-xs font-semibold text-brand-700 capitalize dark:bg-slate-700 dark:text-brand-100">
                  {user.role}
                </span>
              </summary>
              <div className="absolute right-0 z-10 mt-2 w-56 rounded-lg border border-slate-200 bg-white p-2 shadow-lg dark:border-slate-700 dark:bg-slate-900">
                <p className="truncate px-2 py-1 text-sm text-slate-600 dark:text-slate-300">{user.email ?? user.username}</p>
                <p className="px-2 pb-2 text-sm text-slate-600 dark:text-slate-300">
                  Signed in as a <strong className="text-slate-900 dark:text-slate-100">{user.role}</strong>
                </p>
                <form action={signOutAction}>
                  <button type="submit" className={`${buttonClass('ghost')} w-full justify-start`}>
                    Sign out
                  </button>
                </form>
              </div>
            </details>
          ) : (
            <>
              <Link href="/sign-in" className={buttonClass('ghost')}>
                Sign in
              </Link>
              <Link href="/sign-up" className={buttonClass('primary')}>
                Sign up
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
