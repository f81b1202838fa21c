// The input schemas of the sign-in and sign-up forms, shared by the server actions and the tests.
import { z } from 'zod';
import { signUpRole } from './create-auth';

/** Only same-site paths may follow sign-in (no open redirect to another origin). */
export const safeNextPath = z
  .string()
  .optional()
  .transform((v) => (v && v.startsWith('/') && !v.startsWith('//') && !v.startsWith('/\\') ? v : undefined));

export const signInSchema = z.object({
  identifier: z.string().trim().min(1, 'Enter your email or username.').max(254),
  password: z.string().min(1, 'Enter your password.').max(128),
  next: safeNextPath,
});

export const signUpSchema = z.object({
  name: z.string().trim().min(1, 'Enter your name.').max(80, 'Use at most 80 characters.'),
  email: z.email('Enter a valid email address.').max(254),
  password: z.string().min(8, 'Use at least 8 characters.').max(128, 'Use at most 128 characters.'),
  role: signUpRole,
  next: safeNextPath,
});
