import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard } from '@/components/auth/auth-card';
import { SignInForm } from '@/components/auth/sign-in-form';
import { getConfig } from '@/lib/config/config';
import { DEMO_ACCOUNTS } from '@/lib/seed/seed-demo';

export const metadata: Metadata = { title: 'Sign in' };
export const dynamic = 'force-dynamic';

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  const demo = getConfig().demoData;
  return (
    <div className="flex flex-col gap-6">
      <AuthCard
        title="Sign in"
        footer={
          <>
            New here?{' '}
            <Link href="/sign-up" className="font-semibold text-brand-700 underline dark:text-brand-300">
              Create an account
            </Link>
          </>
        }
      >
        <SignInForm next={typeof next === 'string' ? next : undefined} />
      </AuthCard>
      {demo ? (
        <aside aria-labelledby="demo-heading" className="mx-auto w-full max-w-md rounded-xl border border-brand-100 bg-brand-50 p-4 text-sm text-slate-800 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200">
          <h2 id="demo-heading" className="font-semibold">
            Demo accounts (embedded database only)
          </h2>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            {Object.values(DEMO_ACCOUNTS).map((a) => (
              <div key={a.id} className="contents">
                <dt className="capitalize">{a.role}</dt>
                <dd>
                  <code data-testid={`demo-${a.role}-email`}>{a.email}</code> / <code data-testid={`demo-${a.role}-password`}>{a.password}</code>
                </dd>
              </div>
            ))}
          </dl>
        </aside>
      ) : null}
    </div>
  );
}
