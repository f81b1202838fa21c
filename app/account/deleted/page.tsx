import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Account deleted' };

/** Where deleting an account lands (signed out): the notice that it worked. */
export default function AccountDeletedPage() {
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <h1 className="text-3xl font-bold tracking-tight">Account deleted</h1>
      <p role="status" className="rounded-lg bg-emerald-50 px-4 py-2 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
        Your account and your data have been deleted, and you are signed out.
      </p>
      <Link href="/" className={`${buttonClass('secondary')} self-start`}>
        Back to the library
      </Link>
    </div>
  );
}
