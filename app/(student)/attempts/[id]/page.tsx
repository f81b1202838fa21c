import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { AttemptPlayer } from '@/components/player/attempt-player';
import { getPlayerAttempt } from '@/lib/attempts/get-player-attempt';
import { requireUser } from '@/lib/auth/require-user';

export const metadata: Metadata = { title: 'Quiz' };
export const dynamic = 'force-dynamic';

export default async function AttemptPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/attempts/${id}`);
  const attempt = await getPlayerAttempt({ attemptId: id, userId: user.id });
  if (!attempt) notFound();
  if (attempt.status === 'submitted') redirect(`/attempts/${id}/results`);
  return <AttemptPlayer attempt={attempt} />;
}
