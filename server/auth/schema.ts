import { z } from 'zod';
import { COUNCIL_ROLES } from '../../core/roles.ts';

export const ZLoginRequest = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1000),
});

export const ZMeResponse = z.object({
  id: z.string().uuid(),
  name: z.string(),
  email: z.string(),
  isSystemAdmin: z.boolean(),
  /** False for people who only sign in through single sign-on. */
  hasPassword: z.boolean(),
  councils: z.array(
    z.object({
      id: z.string().uuid(),
      name: z.string(),
      shortName: z.string(),
      roles: z.array(z.enum(COUNCIL_ROLES)),
    }),
  ),
});
export type TMeResponse = z.infer<typeof ZMeResponse>;

/** The ways to sign in besides e-mail and password, for the login page. */
export const ZProviders = z.object({
  oidc: z.object({ label: z.string(), loginUrl: z.string() }).nullable(),
});
export type TProviders = z.infer<typeof ZProviders>;

export const ZChangePasswordRequest = z.object({
  currentPassword: z.string().min(1, 'Skriv inn nåværende passord.').max(1000),
  // The rules themselves (length, common passwords) are in password-policy.ts, with their messages.
  newPassword: z.string().max(1000),
});
