// Types of testing.mjs, for the packages whose tests start a Moat server with it.

/** Builds the server, starts its CLI on a free port over a new database, resolves once ready. */
export function startMoatServer(): Promise<{ url: string; stop: () => Promise<void> }>;

/** A vitest global setup: one live server for the whole run, its URL provided as `moatUrl`. */
export function setup(project: { provide: (key: 'moatUrl', value: string) => void }): Promise<void>;
export function teardown(): Promise<void>;

declare module 'vitest' {
  export interface ProvidedContext {
    /** The live Moat server's GraphQL endpoint. */
    moatUrl: string;
  }
}
