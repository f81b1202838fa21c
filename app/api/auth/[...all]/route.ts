// better-auth's HTTP endpoints (sign-in, sign-up, session, sign-out). The instance is created
// lazily, so the handler is resolved per request.
import { getAuth } from '@/lib/auth/auth';

export async function GET(request: Request) {
  return (await getAuth()).handler(request);
}

export async function POST(request: Request) {
  return (await getAuth()).handler(request);
}
