import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-md text-center">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-300">There is nothing at this address, or it is not yours to see.</p>
      <Link href="/" className="mt-4 inline-block font-semibold text-brand-700 underline dark:text-brand-300">
        Back to the library
      </Link>
    </div>
  );
}
