import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { GuestPlayer } from '@/components/player/guest-player';
import { guestAttemptFor } from '@/lib/attempts/guest-attempts';
import { getCurrentUser } from '@/lib/auth/current-user';
import { prisma } from '@/lib/db';

export const metadata: Metadata = { title: 'Practice as a guest' };
export const dynamic = 'force-dynamic';

export default async function GuestPracticePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  // Signed-in students practise with a saved attempt instead.
  if (await getCurrentUser()) redirect(`/sets/${slug}`);
  // The seed only shuffles; a fixed one per set keeps the guest's order stable across reloads.
  const seed = [...slug].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % 2 ** 31;
  const attempt = await guestAttemptFor(await prisma(), { setSlug: slug, seed });
  if (!attempt) notFound();
  return <GuestPlayer attempt={attempt} setVersionId={attempt.id.replace(/^guest:/, '')} seed={seed} />;
}
