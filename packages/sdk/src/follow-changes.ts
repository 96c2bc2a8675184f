import type { MoatClient, RequestOptions } from './client.js';
import { MoatGraphQLError, MoatNetworkError } from './errors.js';
import type { ChangeFieldsFragment, LiveChangesSubscriptionVariables } from './generated/graphql.js';

export interface FollowOptions extends RequestOptions {
  /** The wait before subscribing again, doubled after each failure in a row; 200 ms by default. */
  retryDelayMs?: number;
  /** The longest wait between attempts; 5000 ms by default. */
  maxRetryDelayMs?: number;
}

/**
 * Every change the filter selects, from `after` (or from now), for as long as it is read. When
 * the stream ends early (the server stops, loses its database, or the network fails) it subscribes
 * again from the last change it gave, so nothing is missed or given twice. It ends when the
 * signal aborts or the loop breaks, and throws any other error (a bad cursor, a refused key).
 */
export async function* followChanges(
  moat: MoatClient,
  variables: LiveChangesSubscriptionVariables = {},
  options: FollowOptions = {},
): AsyncGenerator<ChangeFieldsFragment, void, undefined> {
  const { retryDelayMs = 200, maxRetryDelayMs = 5000, ...call } = options;
  let after = variables.after ?? undefined;
  let failures = 0;
  while (!call.signal?.aborted) {
    try {
      for await (const { changes } of moat.liveChanges({ ...variables, after }, call)) {
        failures = 0;
        after = changes.cursor;
        yield changes;
      }
      return;
    } catch (error) {
      const interrupted = error instanceof MoatGraphQLError && error.code === 'CHANGES_INTERRUPTED';
      if (!interrupted && !(error instanceof MoatNetworkError)) throw error;
      // Where the server says this subscription got to: where it started, when it sent nothing.
      const reached = interrupted ? error.errors[0]?.extensions?.after : undefined;
      if (typeof reached === 'string') after = reached;
      await pause(Math.min(retryDelayMs * 2 ** failures++, maxRetryDelayMs), call.signal);
    }
  }
}

/** Waits `ms`, or less when the signal aborts. */
function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
