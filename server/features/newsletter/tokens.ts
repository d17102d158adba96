import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits as base64url: unguessable, and safe in a link without escaping. */
export const randomToken = () => randomBytes(32).toString('base64url');

/** What is stored of a confirmation token: a leaked table cannot confirm anyone. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A token as it may arrive in a link: base64url, at most a little longer than ours. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,100}$/;
