import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard } from '@/components/auth/auth-card';
import { SignUpForm } from '@/components/auth/sign-up-form';

export const metadata: Metadata = { title: 'Sign up' };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ role?: string; next?: string }> }) {
  const { role, next } = await searchParams;
  return (
    <AuthCard
      title="Create your account"
      footer={
        <>
          Already have an account?{' '}
          <Link href="/sign-in" className="font-semibold text-brand-700 underline dark:text-brand-300">
            Sign in
          </Link>
        </>
      }
    >
      <SignUpForm defaultRole={role === 'teacher' ? 'teacher' : 'student'} next={typeof next === 'string' ? next : undefined} />
    </AuthCard>
  );
}
