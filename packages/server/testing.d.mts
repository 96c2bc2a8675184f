// Types of testing.mjs, for the packages whose tests start a Moat server with it.

/**
 * The environment for a process a test starts: PATH, HOME and TMPDIR from the shell, and
 * `extra`; nothing else (no DATABASE_URL, no MOAT_REQUIRE_KEY_FOR_READS) reaches it.
 */
export function childEnvironment(extra?: Record<string, string>): Record<string, string>;

/**
 * Builds the server, creates a new database with an API key of scope `write` and one of scope
 * `admin`, starts the server's CLI on a free port and resolves once it is ready. `extra` is more
 * of its environment, such as `{ MOAT_TRUSTED_DOCUMENTS: 'only' }`.
 */
export function startMoatServer(extra?: Record<string, string>): Promise<{
  url: string;
  writeKey: string;
  adminKey: string;
  stop: () => Promise<void>;
}>;

/**
 * A vitest global setup: one live server for the whole run (`moatUrl`, `moatWriteKey`); `extra`
 * is more of its environment.
 */
export function setup(
  project: { provide: (key: 'moatUrl' | 'moatWriteKey', value: string) => void },
  extra?: Record<string, string>,
): Promise<void>;
export function teardown(): Promise<void>;

declare module 'vitest' {
  export interface ProvidedContext {
    /** The live Moat server's GraphQL endpoint. */
    moatUrl: string;
    /** An API key of the live server, with the `write` scope. */
    moatWriteKey: string;
  }
}
