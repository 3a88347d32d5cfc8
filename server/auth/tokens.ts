import { createHash, randomBytes } from 'node:crypto';

export const SESSION_DAYS = 30;

/** 32 random bytes: unguessable; base64url travels in a header without escaping. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this hash is stored, so a copied database holds no usable tokens. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function sessionExpiry(now: Date): string {
  return new Date(now.getTime() + SESSION_DAYS * 24 * 60 * 60 * 1000).toISOString();
}
