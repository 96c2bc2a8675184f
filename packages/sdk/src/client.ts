import type { ResultOf, TypedDocumentNode, VariablesOf } from '@graphql-typed-document-node/core';
import type { DocumentNode } from 'graphql';
import { analyzeDocument, ClientError, GraphQLClient } from 'graphql-request';
import { createClient as createSseClient, NetworkError } from 'graphql-sse';
import {
  type GraphQLErrorDetail,
  MoatAbortError,
  MoatError,
  MoatGraphQLError,
  MoatHttpError,
  MoatNetworkError,
} from './errors.js';
import { operations, subscriptions } from './generated/operations.js';

/** How failed queries are retried: on network errors and 5xx answers, never for mutations. */
export interface RetryOptions {
  /** Retries after the first attempt (so 2 means at most 3 attempts). */
  retries: number;
  /** Wait before the first retry, doubled before each next one; 200 ms by default. */
  delayMs?: number;
  /** The longest wait between attempts; 5000 ms by default. */
  maxDelayMs?: number;
}

export type HeadersOption = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

export interface MoatClientOptions {
  /** The GraphQL endpoint, such as `http://localhost:4000/graphql`; in a browser, `/graphql` will do. */
  url: string;
  /** Headers sent with every request; a function is called before each request. */
  headers?: HeadersOption;
  /** Sent as `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  /** The fetch to use (the global one by default), e.g. a server's in-process `fetch`. */
  fetch?: typeof globalThis.fetch;
  /** Aborts every request made by this client. */
  signal?: AbortSignal;
  /** Retries for queries, as a number of retries or options; none by default. */
  retry?: number | RetryOptions;
}

/** Options for one call. */
export interface RequestOptions {
  /** Aborts this request (together with the client's signal). */
  signal?: AbortSignal;
  /** Headers for this request, over the client's. */
  headers?: HeadersInit;
}

/** A call for one operation: its variables may be left out when none is required. */
export type OperationMethod<R, V> =
  Partial<V> extends V
    ? (variables?: V, options?: RequestOptions) => Promise<R>
    : (variables: V, options?: RequestOptions) => Promise<R>;

/** One method per operation in `src/operations`, named after it: `company`, `fundingRounds`, … */
export type MoatOperations = {
  [Name in keyof typeof operations]: OperationMethod<
    ResultOf<(typeof operations)[Name]>,
    VariablesOf<(typeof operations)[Name]>
  >;
};

/**
 * A call for one subscription: the results as they come, as an async iterator. Stop it with
 * `break` in a `for await` loop, or with the signal; it throws a MoatError when the stream fails.
 */
export type SubscriptionMethod<R, V> =
  Partial<V> extends V
    ? (variables?: V, options?: RequestOptions) => AsyncGenerator<R, void, undefined>
    : (variables: V, options?: RequestOptions) => AsyncGenerator<R, void, undefined>;

/** One method per subscription in `src/operations`, named after it: `liveChanges`. */
export type MoatSubscriptions = {
  [Name in keyof typeof subscriptions]: SubscriptionMethod<
    ResultOf<(typeof subscriptions)[Name]>,
    VariablesOf<(typeof subscriptions)[Name]>
  >;
};

export interface MoatClient extends MoatOperations, MoatSubscriptions {
  /** Streams any subscription document over Server-Sent Events; typed as `request` is. */
  subscribe<R, V>(
    document: TypedDocumentNode<R, V>,
    ...args: Parameters<SubscriptionMethod<R, V>>
  ): AsyncGenerator<R, void, undefined>;
  /** Sends any document; a typed document (from codegen) types the variables and the result. */
  request<R, V>(document: TypedDocumentNode<R, V>, ...args: Parameters<OperationMethod<R, V>>): Promise<R>;
  /** Sends a document given as a string; its result is untyped unless you name its type. */
  request<R = unknown>(
    document: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<R>;
}

/** A client for Moat's GraphQL API. Its methods throw a MoatError on any failure. */
export function createMoatClient(options: MoatClientOptions): MoatClient {
  const url = endpoint(options.url);
  const retry = retryOptions(options.retry);
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const hashes = persistedHashes();

  async function send(
    document: DocumentNode | string,
    variables: object | undefined,
    call: RequestOptions = {},
  ): Promise<unknown> {
    const { expression, operationName, isMutation } = analyzeDocument(document);
    const signal = combineSignals(options.signal, call.signal);
    const attempts = isMutation ? 1 : retry.retries + 1;
    for (let attempt = 1; ; attempt++) {
      try {
        if (signal?.aborted) throw abortError(signal, operationName);
        const headers = await requestHeaders(options, call.headers);
        const hash = hashes.of(document);
        if (hash) {
          try {
            return await sendOnce(expression, variables, headers, signal, operationName, hash);
          } catch (error) {
            if (!hashes.refused(error, hash)) throw error;
          }
        }
        return await sendOnce(expression, variables, headers, signal, operationName);
      } catch (error) {
        if (attempt >= attempts || !isRetryable(error)) throw error;
        await sleep(Math.min(retry.delayMs * 2 ** (attempt - 1), retry.maxDelayMs), signal, operationName);
      }
    }
  }

  async function sendOnce(
    expression: string,
    variables: object | undefined,
    headers: Record<string, string>,
    signal: AbortSignal | undefined,
    operationName: string | undefined,
    hash?: string,
  ): Promise<unknown> {
    // The status of this request's response, to classify a failure graphql-request reports.
    let status: number | undefined;
    const client = new GraphQLClient(url, {
      fetch: async (input, init) => {
        const response = await fetchImpl(input, init);
        status = response.status;
        return response;
      },
      // By hash, the body names the document instead of holding it.
      ...(hash && {
        requestMiddleware: (request) => ({
          ...request,
          body: JSON.stringify({ operationName, variables, extensions: persistedQuery(hash) }),
        }),
      }),
    });
    try {
      return await client.request({ document: expression, variables, requestHeaders: headers, signal });
    } catch (error) {
      throw moatError(error, { status, signal, operationName, url });
    }
  }

  const methods = Object.fromEntries(
    Object.entries(operations).map(([name, document]) => [
      name,
      (variables?: object, call?: RequestOptions) => send(document, variables, call),
    ]),
  ) as MoatOperations;

  /** A subscription, by hash when the document has one and the server takes it. */
  async function* stream(document: DocumentNode, variables: object | undefined, call: RequestOptions = {}) {
    const hash = hashes.of(document);
    if (hash) {
      try {
        // A refused hash is refused before any result comes.
        return yield* streamOnce(document, variables, call, hash);
      } catch (error) {
        if (!hashes.refused(error, hash)) throw error;
      }
    }
    yield* streamOnce(document, variables, call);
  }

  /** A subscription over Server-Sent Events (GraphQL over SSE, distinct connections). */
  async function* streamOnce(
    document: DocumentNode,
    variables: object | undefined,
    call: RequestOptions,
    hash?: string,
  ) {
    const { expression, operationName } = analyzeDocument(document);
    const signal = combineSignals(options.signal, call.signal);
    // Resuming is the caller's, from its last cursor: the library's retries would start over.
    const client = createSseClient({
      url,
      retryAttempts: 0,
      headers: () => requestHeaders(options, call.headers),
      fetchFn: fetchImpl,
    });
    const results = client.iterate({
      // By hash, no query: JSON leaves out what is undefined.
      query: hash ? (undefined as unknown as string) : expression,
      variables: variables as Record<string, unknown>,
      ...(hash && { operationName, extensions: persistedQuery(hash) }),
    });
    const stop = () => void results.return?.();
    signal?.addEventListener('abort', stop, { once: true });
    try {
      if (signal?.aborted) return;
      for await (const result of results) {
        if (result.errors?.length)
          throw new MoatGraphQLError(errorDetails(result.errors), result.data ?? null, { operationName });
        yield result.data;
      }
    } catch (error) {
      throw await streamError(error, { operationName, url });
    } finally {
      signal?.removeEventListener('abort', stop);
      await results.return?.();
      client.dispose();
    }
  }

  const streams = Object.fromEntries(
    Object.entries(subscriptions).map(([name, document]) => [
      name,
      (variables?: object, call?: RequestOptions) => stream(document, variables, call),
    ]),
  ) as MoatSubscriptions;

  return {
    ...methods,
    ...streams,
    request: (document: DocumentNode | string, variables?: object, call?: RequestOptions) =>
      send(document, variables, call),
    subscribe: (document: DocumentNode, variables?: object, call?: RequestOptions) =>
      stream(document, variables, call),
  } as MoatClient;
}

/**
 * Which documents go by hash. A document that codegen gave the sha256 hash of its text
 * (`__meta__.hash`: the SDK's own operations, and an app's with codegen's persisted documents) is
 * sent as that hash alone (`extensions.persistedQuery`, as automatic persisted queries do), and
 * goes whole once the server answers that it does not know the hash (PERSISTED_QUERY_NOT_FOUND),
 * or every document does once it answers that it reads no hash (BAD_REQUEST: a server with
 * MOAT_TRUSTED_DOCUMENTS=off asks for the document).
 */
function persistedHashes() {
  const unknown = new Set<string>();
  let serverReadsHashes = true;
  return {
    /** The hash to send in place of `document`, if any. */
    of(document: DocumentNode | string): string | undefined {
      const hash =
        typeof document === 'object' && (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
      if (!serverReadsHashes || typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash) || unknown.has(hash))
        return undefined;
      return hash;
    },
    /** Whether `error` refused the request by `hash`, which is then sent whole; noted for the next. */
    refused(error: unknown, hash: string): boolean {
      const code =
        error instanceof MoatHttpError || error instanceof MoatGraphQLError
          ? error.errors[0]?.code
          : undefined;
      if (code === 'PERSISTED_QUERY_NOT_FOUND') unknown.add(hash);
      else if (code === 'BAD_REQUEST') serverReadsHashes = false;
      return code === 'PERSISTED_QUERY_NOT_FOUND' || code === 'BAD_REQUEST';
    },
  };
}

const persistedQuery = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

/** The endpoint as an absolute URL; in a browser, a relative one is resolved against the page. */
function endpoint(url: string): string {
  try {
    return new URL(url, globalThis.location?.href).href;
  } catch {
    throw new TypeError(`url must be an absolute URL such as http://localhost:4000/graphql, not "${url}".`);
  }
}

function retryOptions(retry: MoatClientOptions['retry']): Required<RetryOptions> {
  const options = typeof retry === 'number' ? { retries: retry } : (retry ?? { retries: 0 });
  if (!Number.isInteger(options.retries) || options.retries < 0)
    throw new TypeError(`retry must be a whole number of retries (0 or more), not ${options.retries}.`);
  return { delayMs: 200, maxDelayMs: 5000, ...options };
}

/** The client's headers, then the API key, then this call's headers. */
async function requestHeaders(
  options: MoatClientOptions,
  callHeaders: HeadersInit | undefined,
): Promise<Record<string, string>> {
  const headers = new Headers(
    typeof options.headers === 'function' ? await options.headers() : options.headers,
  );
  if (options.apiKey) headers.set('authorization', `Bearer ${options.apiKey}`);
  for (const [name, value] of new Headers(callHeaders)) headers.set(name, value);
  return Object.fromEntries(headers);
}

function combineSignals(...signals: (AbortSignal | undefined)[]): AbortSignal | undefined {
  const given = signals.filter((signal): signal is AbortSignal => signal !== undefined);
  return given.length > 1 ? AbortSignal.any(given) : given[0];
}

function isRetryable(error: unknown): boolean {
  return error instanceof MoatNetworkError || (error instanceof MoatHttpError && error.status >= 500);
}

/** Waits before a retry; an abort ends the wait at once. */
function sleep(ms: number, signal: AbortSignal | undefined, operationName: string | undefined) {
  return new Promise<void>((resolve, reject) => {
    const aborted = () => {
      clearTimeout(timer);
      reject(abortError(signal, operationName));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', aborted);
      resolve();
    }, ms);
    if (signal?.aborted) aborted();
    else signal?.addEventListener('abort', aborted, { once: true });
  });
}

function abortError(signal: AbortSignal | undefined, operationName: string | undefined): MoatAbortError {
  const reason = signal?.reason instanceof Error ? `: ${signal.reason.message}` : '';
  return new MoatAbortError(`The request was aborted${reason}`, { operationName, cause: signal?.reason });
}

/** Turns whatever graphql-request or fetch threw into the MoatError that says what happened. */
function moatError(
  error: unknown,
  context: { status?: number; signal?: AbortSignal; operationName?: string; url: string },
): MoatError {
  const { status, signal, operationName } = context;
  if (error instanceof MoatError) return error;
  if (signal?.aborted) return abortError(signal, operationName);
  if (error instanceof ClientError) {
    const errors = errorDetails(error.response.errors);
    if (error.response.status >= 200 && error.response.status < 300)
      return new MoatGraphQLError(errors, error.response.data ?? null, { operationName });
    return new MoatHttpError(error.response.status, errors, { operationName });
  }
  // No response at all: fetch itself failed.
  if (status === undefined)
    return new MoatNetworkError(`Could not reach Moat at ${context.url}: ${rootCause(error)}`, {
      operationName,
      cause: error,
    });
  return new MoatHttpError(status, [], { operationName, cause: error });
}

/** Turns what a subscription's stream threw into the MoatError that says what happened. */
async function streamError(
  error: unknown,
  context: { operationName?: string; url: string },
): Promise<MoatError> {
  const { operationName } = context;
  if (error instanceof MoatError) return error;
  if (error instanceof NetworkError && error.response) {
    const response = error.response as Response;
    const body = await refusalBody(response);
    return new MoatHttpError(response.status, errorDetails(body?.errors), { operationName, cause: error });
  }
  return new MoatNetworkError(`Lost the stream from Moat at ${context.url}: ${rootCause(error)}`, {
    operationName,
    cause: error,
  });
}

/**
 * The body of a stream the server refused: JSON, or an event stream whose first event holds the
 * errors (a server answers a refused stream in the type asked, as yoga does).
 */
async function refusalBody(response: Response): Promise<{ errors?: unknown } | undefined> {
  const text = await response.text().catch(() => '');
  const json = response.headers.get('content-type')?.startsWith('text/event-stream')
    ? /^data: (.+)$/m.exec(text)?.[1]
    : text;
  try {
    return JSON.parse(json ?? '');
  } catch {
    return undefined;
  }
}

/** The innermost cause's message: "connect ECONNREFUSED 127.0.0.1:4000" rather than "fetch failed". */
function rootCause(error: unknown): string {
  let cause = error;
  while (cause instanceof Error && cause.cause instanceof Error) cause = cause.cause;
  return cause instanceof Error ? cause.message : String(cause);
}

/** Reads the `errors` of a GraphQL response body into plain details. */
function errorDetails(errors: unknown): GraphQLErrorDetail[] {
  if (!Array.isArray(errors)) return [];
  return errors.map((error: { message?: unknown; path?: unknown; extensions?: Record<string, unknown> }) => ({
    message: typeof error?.message === 'string' ? error.message : 'GraphQL error',
    code: typeof error?.extensions?.code === 'string' ? error.extensions.code : undefined,
    path: Array.isArray(error?.path) ? error.path : undefined,
    extensions: error?.extensions,
  }));
}
