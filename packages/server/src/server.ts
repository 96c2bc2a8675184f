import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLError } from 'graphql';
import { createYoga, maskError, type Plugin, type YogaLogger } from 'graphql-yoga';
import { requestKey } from './auth/api-keys.js';
import type { TrustedProxies } from './client-address.js';
import { createContextFactory } from './context.js';
import type { Database } from './db/connection.js';
import type { ListenForCommits } from './db/notifications.js';
import { isRefusedByPothos, isStatementTimeout, StatementTimeoutError } from './errors.js';
import { LiveChanges } from './live-changes.js';
import { refuseNulArguments } from './nul-arguments.js';
import { type Metrics, operations, type RequestLogLine } from './operations.js';
import { type RateLimits, rateLimits } from './rate-limits.js';
import { type RequestLimits, requestGuards } from './request-guards.js';
import { responseCache } from './response-cache.js';
import { schema } from './schema/index.js';
import {
  SDK_DOCUMENTS,
  type TrustedDocuments,
  type TrustedDocumentsMode,
  trustedDocuments,
} from './trusted-documents.js';

/** The operation GraphiQL opens with: OpenAI, its reported round, who leads it and the excerpt. */
export const DEFAULT_QUERY = `# Moat: the AI industry, every fact tied to its source.
# Run it, then open the Docs to explore every type.

query OpenAIAndItsRounds {
  company(slug: "openai") {
    name
    description
    fundingRounds(first: 5) {
      totalCount
      nodes {
        status
        amount { amount currency }
        postMoneyValuation { amount currency }
        leadInvestors {
          ... on Company { name slug }
          ... on Person { name slug }
        }
        citations {
          excerpt
          source { title }
        }
      }
    }
    quotesAbout(first: 5) {
      nodes { text form attribution }
    }
  }
}

# Writing needs an API key with the write scope (see "Writing to Moat" in the README):
# add the header {"Authorization": "Bearer <key>"} below, then paste and run, for example:
#
# mutation RecordMistral {
#   createCompany(input: { slug: "mistral-ai", name: "Mistral AI", kind: STARTUP, country: "FR" }) {
#     __typename
#     ... on CreateCompanyPayload { company { id slug version } }
#     ... on UserError { message }
#     ... on ValidationError { issues { path message } }
#   }
# }
`;

/**
 * A request that does not parse or validate is the client's mistake: HTTP 400 for every client,
 * with a code. Yoga marks those errors as answered by the GraphQL-over-HTTP spec, which keeps
 * HTTP 200 for plain application/json clients; dropping the mark makes their answer 400 too. A
 * variable's value of the wrong type is refused by graphql-js without a code: BAD_USER_INPUT.
 */
const badRequestsAnswer400: Plugin = {
  onResultProcess: ({ result }) => {
    for (const single of Array.isArray(result) ? result : [result]) {
      for (const error of ('errors' in single && single.errors) || []) {
        const extensions = error.extensions as { code?: string; http?: { spec?: boolean; status?: number } };
        if (extensions.http?.status !== 400) continue;
        extensions.http.spec = false;
        extensions.code ??= 'BAD_USER_INPUT';
      }
    }
  },
};

/**
 * With MOAT_REQUIRE_KEY_FOR_READS, every request needs a valid API key (of any scope): without
 * one there is no GraphQL result to give, so the answer is HTTP 401. GraphiQL's page holds no data.
 */
function requireApiKey(db: Database): Plugin {
  return {
    async onRequest({ request, endResponse, fetchAPI }) {
      if (request.method === 'GET' && request.headers.get('accept')?.includes('text/html')) return;
      const auth = await requestKey(db, request);
      if (auth.kind === 'valid') return;
      const message =
        auth.kind === 'invalid' ? auth.reason : 'Moat needs an API key: send "Authorization: Bearer <key>".';
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({ errors: [{ message, extensions: { code: 'NOT_AUTHORIZED' } }] }),
          {
            status: 401,
            headers: { 'content-type': 'application/json', 'www-authenticate': 'Bearer' },
          },
        ),
      );
    },
  };
}

let graphiqlPage: Promise<string> | undefined;

/**
 * GraphiQL served whole from this package, not from a CDN, so it works offline. The 9 MB page
 * is built on its first request, not at start-up, and then reused (its options never change).
 */
function renderGraphiQL(
  options: Parameters<typeof import('@graphql-yoga/render-graphiql').renderGraphiQL>[0],
) {
  graphiqlPage ??= import('@graphql-yoga/render-graphiql').then((module) => module.renderGraphiQL(options));
  return graphiqlPage;
}

export interface MoatServerOptions {
  db: Database;
  /** Where errors are logged; yoga's console logger by default. */
  logging?: YogaLogger | boolean;
  /** Whether reads need an API key too (MOAT_REQUIRE_KEY_FOR_READS=1); writes always do. */
  requireKeyForReads?: boolean;
  /**
   * Whether reads are answered from memory until a write makes them stale (MOAT_RESPONSE_CACHE).
   * Only writes through this process are seen: leave it off where other processes write too.
   */
  responseCache?: boolean;
  /** Prometheus metrics to keep and serve at /metrics; none without. */
  metrics?: Metrics;
  /** Receives one line per answered request (the CLI prints them as JSON). */
  requestLog?: (line: RequestLogLine) => void;
  /**
   * Hears commits from every process (PostgreSQL's LISTEN), for live subscriptions; without it
   * they hear this process's writes only.
   */
  listenForCommits?: ListenForCommits | undefined;
  /** Whether an unknown field's error leaves out the fields it resembles (NODE_ENV=production). */
  hideSuggestions?: boolean;
  /** Points a minute each API key and each keyless client address may spend; no limits without. */
  rateLimits?: RateLimits | undefined;
  /**
   * The reverse proxies whose X-Forwarded-For names the client's address (MOAT_TRUST_PROXY);
   * without, the address is the socket's.
   */
  trustedProxies?: TrustedProxies | undefined;
  /** The size limits on one request (REQUEST_LIMITS unless given). */
  requestLimits?: RequestLimits | undefined;
  /**
   * Which documents run (MOAT_TRUSTED_DOCUMENTS): `off`, any sent whole (the default); `allow`,
   * any sent whole and the trusted ones by their hash; `only`, the trusted ones alone, and
   * GraphiQL is off. `documents` are the SDK's unless given (MOAT_TRUSTED_DOCUMENTS_FILE).
   */
  trustedDocuments?: { mode: TrustedDocumentsMode; documents?: TrustedDocuments };
}

/** The Moat GraphQL service, apart from any listener: tests call `yoga.fetch` directly. */
export function createMoatYoga({
  db,
  logging = true,
  requireKeyForReads = false,
  responseCache: cacheResponses = false,
  metrics,
  requestLog,
  listenForCommits,
  hideSuggestions = false,
  rateLimits: limits,
  trustedProxies,
  requestLimits,
  trustedDocuments: trusted = { mode: 'off' },
}: MoatServerOptions) {
  const live = new LiveChanges(db, listenForCommits, (error) => yoga.logger.error(error));
  metrics?.watchSubscriptions(live);
  const yoga = createYoga({
    schema,
    context: createContextFactory(db, live),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    logging,
    // Unexpected errors reach clients as "Unexpected error." and are logged here with their cause.
    // A statement cancelled at the timeout is answered as such, without its SQL; an argument
    // Pothos refused, with the code it lacks.
    maskedErrors: {
      isDev: false,
      maskError: (error, message, isDev) => {
        if (isStatementTimeout(error)) {
          return new StatementTimeoutError(error instanceof GraphQLError ? error : undefined);
        }
        if (isRefusedByPothos(error)) {
          // Kept as it is, with the code it lacks: an error replaced here is logged as masked.
          Object.assign(error.extensions, { code: 'BAD_USER_INPUT' });
          return error;
        }
        return maskError(error, message, isDev);
      },
    },
    // One operation per request: a batch gets HTTP 400. The body limit is a request guard.
    batching: false,
    maxRequestBodySize: false,
    // /ready and /metrics answer before the key check; a request is charged to its bucket, and a
    // missing key refused, before the cache answers, which reads the document a trusted hash
    // stands for; the request guards come after yoga's parsers, which the body limit wraps.
    plugins: [
      ...operations({ db, metrics, log: requestLog }),
      badRequestsAnswer400,
      ...(limits ? [rateLimits(db, limits, trustedProxies)] : []),
      ...(requireKeyForReads ? [requireApiKey(db)] : []),
      ...(trusted.mode === 'off' ? [] : trustedDocuments(trusted.mode, trusted.documents ?? SDK_DOCUMENTS)),
      ...(cacheResponses ? responseCache(db) : []),
      ...requestGuards({ hideSuggestions, limits: requestLimits }),
      refuseNulArguments,
      // Disposing of the service (when the server stops) ends its subscriptions.
      { onDispose: () => live.close() },
    ],
    // In `only` mode, GraphiQL's documents would be refused: nothing tells its requests apart.
    graphiql: trusted.mode !== 'only' && { title: 'Moat', defaultQuery: DEFAULT_QUERY },
    renderGraphiQL,
  });
  return yoga;
}

export type MoatYoga = ReturnType<typeof createMoatYoga>;

/**
 * How long a client may take to send a request: its headers, and the whole request with its
 * body. A client that sends slowly to hold connections open is cut off with HTTP 408. A
 * response may take as long as it needs (a subscription's stream stays open).
 */
const REQUEST_TIMEOUTS = { headersMs: 10_000, requestMs: 30_000 };

/** Starts an HTTP listener for the service; resolves once it accepts connections. */
export async function listen(
  yoga: MoatYoga,
  port: number,
  host: string,
  { headersMs, requestMs } = REQUEST_TIMEOUTS,
): Promise<Server> {
  const server = createServer(
    // Node checks the timeouts every `connectionsCheckingInterval` (30 s unless told).
    {
      headersTimeout: headersMs,
      requestTimeout: requestMs,
      connectionsCheckingInterval: Math.min(1000, headersMs / 4),
    },
    yoga,
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}

export function serverUrl(server: Server): string {
  const { address, port } = server.address() as AddressInfo;
  const host = ['127.0.0.1', '::1', '0.0.0.0', '::'].includes(address) ? 'localhost' : address;
  return `http://${host}:${port}/graphql`;
}
