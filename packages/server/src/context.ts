import type { YogaInitialContext } from 'graphql-yoga';
import { type Presented, requestKey } from './auth/api-keys.js';
import type { Database } from './db/connection.js';
import { investorLoader } from './db/queries/claims.js';
import type { LiveChanges } from './live-changes.js';

/** What every resolver receives: the one place a request's context is built. */
export interface Context {
  db: Database;
  /** The API key the request presented: none, a valid one, or one that is not valid. */
  auth: Presented;
  /** Batches the lookups of one request: the investors that claims name, by ID. */
  loaders: { investor: ReturnType<typeof investorLoader> };
  /** The change feed as it happens, for subscriptions. */
  live: LiveChanges;
}

export function createContextFactory(db: Database, live: LiveChanges) {
  return async ({ request }: YogaInitialContext): Promise<Context> => ({
    db,
    auth: await requestKey(db, request),
    loaders: { investor: investorLoader(db) },
    live,
  });
}
