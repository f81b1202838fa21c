// better-auth, configured once for the app and for integration tests (which pass an in-memory
// database). Email + password for everyone; username sign-in for student accounts a teacher made.
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { nextCookies } from 'better-auth/next-js';
import { username } from 'better-auth/plugins';
import { z } from 'zod';
import type { Database } from '@/lib/db/open-database';
import { ensureAuthSecret } from './auth-secret';
import { checkSignInThrottle, clearAccountFailures, recordSignInFailure } from './sign-in-throttle';

/** The only roles anyone may choose at sign-up; anyone may become a teacher, as on Kahoot. */
export const signUpRole = z.enum(['student', 'teacher'], { message: 'Choose student or teacher.' });

const SIGN_IN_PATHS = new Set(['/sign-in/email', '/sign-in/username']);

function clientIp(headers: Headers | undefined): string | undefined {
  const forwarded = headers?.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers?.get('x-real-ip') || undefined;
}

export async function createAuth(db: Database, options: { baseUrl: string; secret?: string }) {
  const secret = await ensureAuthSecret(db.prisma, options.secret);
  const base = new URL(options.baseUrl);
  const trustedOrigins = [base.origin];
  if (base.hostname === 'localhost') trustedOrigins.push(`${base.protocol}//127.0.0.1${base.port ? `:${base.port}` : ''}`);

  return betterAuth({
    appName: 'newsquiz',
    baseURL: options.baseUrl,
    secret,
    trustedOrigins,
    // No interactive transactions: on PGlite they time out under concurrent sign-ups (NOTES).
    database: prismaAdapter(db.authPrisma, { provider: 'postgresql', transaction: false }),
    emailAndPassword: { enabled: true, minPasswordLength: 8, maxPasswordLength: 128, autoSignIn: true },
    user: {
      additionalFields: {
        role: {
          type: 'string',
          required: true,
          input: true,
          defaultValue: 'student',
          validator: { input: signUpRole },
        },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: 'database',
      modelName: 'rateLimit',
      window: 60,
      max: 100,
      // Failed sign-ins are counted by our own throttle (per account and per IP, 15 minutes);
      // better-auth's default of 3 sign-in requests per 10 s would refuse before it could.
      customRules: { '/sign-in/email': { window: 60, max: 30 }, '/sign-in/username': { window: 60, max: 30 } },
    },
    advanced: { ipAddress: { ipAddressHeaders: ['x-forwarded-for', 'x-real-ip'] } },
    hooks: {
      // The sign-in throttle runs here so that it covers the HTTP route and server actions alike
      // (better-auth's own rate limit only sees HTTP requests).
      before: createAuthMiddleware(async (ctx) => {
        if (!SIGN_IN_PATHS.has(ctx.path)) return;
        const body = (ctx.body ?? {}) as { email?: string; username?: string };
        const decision = await checkSignInThrottle(db.prisma, {
          identifier: body.email ?? body.username,
          ip: clientIp(ctx.headers ?? ctx.request?.headers),
        });
        if (!decision.allowed) {
          const minutes = Math.ceil(decision.retryAfterSec / 60);
          throw new APIError(
            'TOO_MANY_REQUESTS',
            {
              code: 'TOO_MANY_SIGN_IN_ATTEMPTS',
              message: `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
              retryAfterSec: decision.retryAfterSec,
            },
            { 'Retry-After': String(decision.retryAfterSec) },
          );
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (!SIGN_IN_PATHS.has(ctx.path)) return;
        const body = (ctx.body ?? {}) as { email?: string; username?: string };
        const identifier = body.email ?? body.username;
        const returned = ctx.context.returned;
        if (returned instanceof APIError) {
          if (returned.statusCode === 401) {
            await recordSignInFailure(db.prisma, { identifier, ip: clientIp(ctx.headers ?? ctx.request?.headers) });
          }
        } else {
          await clearAccountFailures(db.prisma, identifier);
        }
      }),
    },
    plugins: [username({ minUsernameLength: 3, maxUsernameLength: 32 }), nextCookies()],
  });
}

export type Auth = Awaited<ReturnType<typeof createAuth>>;
