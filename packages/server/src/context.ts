import type { YogaInitialContext } from 'graphql-yoga';
import type { Database } from './db/connection.js';

/** What every resolver receives: the one place a request's context is built. */
export interface Context {
  db: Database;
}

export function createContextFactory(db: Database) {
  return (_initial: YogaInitialContext): Context => ({ db });
}
