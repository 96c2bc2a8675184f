// API keys: random, shown once, kept only as a SHA-256 hash (a key has 256 random bits, so a
// fast hash is enough; no password stretching is needed).
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Transaction } from '../db/audit.js';
import type { Database } from '../db/connection.js';
import { apiKeys } from '../db/schema.js';

export type Scope = (typeof apiKeys.$inferSelect.scopes)[number];
export const SCOPES: readonly Scope[] = ['write', 'admin'];

/** The key a request presented, once it is known to be valid. */
export interface ApiKey {
  id: string;
  name: string;
  scopes: Scope[];
  /** Points a minute it may spend; null: the server's limit for every key. */
  rateLimit: number | null;
}

const PREFIX = 'moat_';

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Creates a key; the returned `key` is the only time it is ever shown. */
export async function createApiKey(
  db: Database | Transaction,
  name: string,
  scopes: Scope[],
  rateLimit: number | null = null,
) {
  const key = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  const [row] = await db
    .insert(apiKeys)
    .values({ name, scopes, keyHash: hashKey(key), rateLimit })
    .returning({
      id: apiKeys.id,
      name: apiKeys.name,
      scopes: apiKeys.scopes,
      rateLimit: apiKeys.rateLimit,
      createdAt: apiKeys.createdAt,
    });
  if (!row) throw new Error('the key was not stored');
  return { ...row, key };
}

export function listApiKeys(db: Database) {
  return db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      scopes: apiKeys.scopes,
      rateLimit: apiKeys.rateLimit,
      createdAt: apiKeys.createdAt,
      revokedAt: apiKeys.revokedAt,
    })
    .from(apiKeys)
    .orderBy(desc(apiKeys.createdAt));
}

/** Revokes a key by its id; false when no unrevoked key has that id. */
export async function revokeApiKey(db: Database | Transaction, id: string): Promise<boolean> {
  const revoked = await db
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  return revoked.length > 0;
}

/** What an Authorization header holds: no key, a valid key, or a key that is not (or no longer) valid. */
export type Presented =
  | { kind: 'none' }
  | { kind: 'valid'; key: ApiKey }
  | { kind: 'invalid'; reason: string };

export async function presentedKey(db: Database, authorization: string | null): Promise<Presented> {
  if (!authorization) return { kind: 'none' };
  const token = /^Bearer\s+(\S+)$/i.exec(authorization.trim())?.[1];
  if (!token) return { kind: 'invalid', reason: 'The Authorization header must be "Bearer <API key>".' };
  const [row] = await db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      scopes: apiKeys.scopes,
      rateLimit: apiKeys.rateLimit,
      revokedAt: apiKeys.revokedAt,
    })
    .from(apiKeys)
    .where(eq(apiKeys.keyHash, hashKey(token)));
  if (!row) return { kind: 'invalid', reason: 'The API key is not known.' };
  const { revokedAt, ...key } = row;
  if (revokedAt) return { kind: 'invalid', reason: 'The API key has been revoked.' };
  return { kind: 'valid', key };
}

const presentedByRequest = new WeakMap<Request, Promise<Presented>>();

/** The key a request presents, looked up once per request however often it is asked for. */
export function requestKey(db: Database, request: Request): Promise<Presented> {
  let presented = presentedByRequest.get(request);
  if (!presented) {
    presented = presentedKey(db, request.headers.get('authorization'));
    presentedByRequest.set(request, presented);
  }
  return presented;
}
