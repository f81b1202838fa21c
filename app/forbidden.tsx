import Link from 'next/link';

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-md text-center">
      <h1 className="text-2xl font-bold">This page is for teachers</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-300">Your account is a student account, so it cannot open the teacher pages.</p>
      <Link href="/" className="mt-4 inline-block font-semibold text-brand-700 underline dark:text-brand-300">
        Back to the library
      </Link>
    </div>
  );
}
