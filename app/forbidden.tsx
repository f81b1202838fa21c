import Link from 'next/link';

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-md text-center">
      <h1 className="text-2xl font-bold">Not available for your account</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-300">Teacher pages are for teacher accounts, and joining classes is for student accounts. Sign in with the other kind of account to open this page.</p>
      <Link href="/" className="mt-4 inline-block font-semibold text-brand-700 underline dark:text-brand-300">
        Back to the library
      </Link>
    </div>
  );
}
