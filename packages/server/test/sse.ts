// A GraphQL subscription as a client makes it: a request that accepts Server-Sent Events, and its
// events read one by one off the response's body.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { GraphQLResponse } from './helpers.js';

/** One event of the stream: a result (`next`) or the end (`complete`). */
export interface StreamEvent<TData> {
  event: string;
  result?: Omit<GraphQLResponse<TData>, 'status'>;
}

export interface Subscription<TData> {
  response: Response;
  /** The next event, waiting for it; fails after `timeoutMs` without one, or when the stream ends. */
  next(timeoutMs?: number): Promise<StreamEvent<TData>>;
  /** The next `count` results' data, failing on an error result. */
  take(count: number): Promise<TData[]>;
  /** Closes the stream, as a client that leaves. */
  close(): Promise<void>;
}

/**
 * Subscribes through `send` (a test server's `fetch`, or `fetch` to a URL); the response's status
 * and headers are as sent.
 */
export async function subscribe<TData, TVariables>(
  send: (init: RequestInit) => Promise<Response>,
  /** A typed document, or a string for one codegen must not see (an invalid one). */
  document: TypedDocumentNode<TData, TVariables> | string,
  variables?: NoInfer<TVariables>,
  apiKey?: string,
): Promise<Subscription<TData>> {
  const response = await send({
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      ...(apiKey && { authorization: `Bearer ${apiKey}` }),
    },
    body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
  });
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  const events: StreamEvent<TData>[] = [];
  /** Reads until a whole event is in `events`; false once the stream has ended. */
  async function readEvent(): Promise<boolean> {
    for (;;) {
      const end = text.indexOf('\n\n');
      if (end >= 0) {
        const block = text.slice(0, end);
        text = text.slice(end + 2);
        const fields = Object.fromEntries(
          block
            .split('\n')
            .filter((line) => !line.startsWith(':'))
            .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
        );
        if (!fields.event) continue; // a keep-alive comment
        events.push({ event: fields.event, ...(fields.data && { result: JSON.parse(fields.data) }) });
        return true;
      }
      const chunk = await reader?.read();
      if (!chunk || chunk.done) return false;
      text += chunk.value;
    }
  }
  const subscription: Subscription<TData> = {
    response,
    async next(timeoutMs = 10_000) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`No event in ${timeoutMs} ms`)), timeoutMs);
      });
      try {
        while (events.length === 0) {
          if (!(await Promise.race([readEvent(), timeout]))) throw new Error('The stream ended');
        }
        return events.shift() as StreamEvent<TData>;
      } finally {
        clearTimeout(timer);
      }
    },
    async take(count) {
      const taken: TData[] = [];
      while (taken.length < count) {
        const { event, result } = await subscription.next();
        if (event !== 'next' || !result || result.errors) {
          throw new Error(`Expected a result, got ${event}: ${JSON.stringify(result)}`);
        }
        taken.push(result.data);
      }
      return taken;
    },
    async close() {
      await reader?.cancel();
    },
  };
  return subscription;
}
