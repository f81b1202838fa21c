import { exportFileName, exportUserData } from '@/lib/account/export-user-data';
import { getCurrentUser } from '@/lib/auth/current-user';
import { prisma } from '@/lib/db';

// A download, not a page: an anonymous request gets a 401 JSON body (the account page, which links
// here, already sends visitors to sign-in).
export async function GET() {
  const user = await getCurrentUser();
  const noStore = { 'cache-control': 'no-store' };
  if (!user) return Response.json({ error: 'Please sign in to download your data.' }, { status: 401, headers: noStore });
  const now = new Date();
  const data = await exportUserData(await prisma(), { userId: user.id, now });
  if (!data) return Response.json({ error: 'That account no longer exists.' }, { status: 404, headers: noStore });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      ...noStore,
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="${exportFileName(user, now)}"`,
    },
  });
}
