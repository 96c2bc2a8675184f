// Rate limits: a token bucket for each API key, and for each client address for requests
// without a valid key. A bucket holds a minute's worth of points and refills steadily; an
// operation costs points by its complexity, so a page of 100 costs more than a page of 10, and a
// request by the size of its body, which the server reads and parses before it can refuse it.
// Requests with a key that is not valid have a bucket of their own per address, checked before
// the key is looked up, so that keys cannot be guessed quickly. The address is the socket's, or
// the one trusted proxies forwarded (client-address.ts). Buckets live in the process
// that answers: N processes behind one balancer allow up to N times each limit.
import { complexityFromQuery } from '@pothos/plugin-complexity';
import type { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { requestKey } from './auth/api-keys.js';
import { clientAddress, type TrustedProxies } from './client-address.js';
import type { Database } from './db/connection.js';

export interface RateLimits {
  /** Points a minute for each API key without a limit of its own. */
  perKey: number;
  /** Points a minute for each client address, for requests without a valid key. */
  perAddress: number;
}

export const RATE_LIMIT_DEFAULTS: RateLimits = { perKey: 10_000, perAddress: 2_500 };

/** Requests a minute from one address with a key that is not valid. */
const FAILED_KEYS_PER_MINUTE = 10;

/** The complexity a point pays for (the most complex operation allowed costs 2,500). */
const COMPLEXITY_PER_POINT = 100;

/** The body a point pays for, as a request arrives, up to the points of a body at the limit. */
const BODY_BYTES_PER_POINT = 100_000;
const MOST_BODY_POINTS = 10;

/** What a request pays as it arrives: a point, and one for each 100 kB of its declared body. */
function arrivalCost(request: Request): number {
  const declared = Number(request.headers.get('content-length'));
  if (!Number.isSafeInteger(declared)) return 1;
  return 1 + Math.min(MOST_BODY_POINTS, Math.floor(declared / BODY_BYTES_PER_POINT));
}

/** What an operation costs: a point for each 100 of its complexity, at least one. */
function operationCost(document: DocumentNode, schema: GraphQLSchema, variables: unknown): number {
  try {
    const { complexity } = complexityFromQuery(document, {
      schema,
      variables: (variables ?? {}) as Record<string, unknown>,
    });
    return Math.max(1, Math.ceil(complexity / COMPLEXITY_PER_POINT));
  } catch {
    // A bad argument (a page of 500) is refused when the operation runs, at the cost of one point.
    return 1;
  }
}

/** A bucket after a request: what the RateLimit headers report. */
interface Standing {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the bucket is full again. */
  reset: number;
  /** Seconds until the refused request could be afforded; absent when it never could. */
  retryAfter?: number;
}

/** Token buckets by id, each holding at most a minute's worth of points. */
class Buckets {
  /** Points held at a time (ms); the least recently used are forgotten, as if full. */
  readonly #held = new LRUCache<string, { points: number; at: number }>({ max: 100_000 });

  /**
   * Whether the bucket holds `cost` points, taking them when it does (unless `spend` is false);
   * either way, where it stands.
   */
  charge(id: string, perMinute: number, cost: number, spend = true): Standing {
    const now = performance.now();
    const perMs = perMinute / 60_000;
    const held = this.#held.get(id);
    const points = held ? Math.min(perMinute, held.points + (now - held.at) * perMs) : perMinute;
    const allowed = points >= cost;
    const left = allowed && spend ? points - cost : points;
    this.#held.set(id, { points: left, at: now });
    return {
      allowed,
      limit: perMinute,
      remaining: Math.floor(left),
      reset: Math.ceil((perMinute - left) / perMs / 1000),
      ...(!allowed && cost <= perMinute && { retryAfter: Math.ceil((cost - left) / perMs / 1000) }),
    };
  }
}

/** The refusal of a request its bucket cannot pay for: HTTP 429, with Retry-After when it can wait. */
function rateLimited(message: string, standing: Standing, cost: number) {
  return createGraphQLError(message, {
    extensions: {
      code: 'RATE_LIMITED',
      cost,
      limit: standing.limit,
      ...(standing.retryAfter !== undefined && { retryAfter: standing.retryAfter }),
      http: {
        status: 429,
        ...(standing.retryAfter !== undefined && { headers: { 'retry-after': String(standing.retryAfter) } }),
      },
    },
  });
}

/** The IETF RateLimit headers (draft 7 and earlier) on every answer charged to a bucket. */
function setHeaders(headers: Headers, standing: Standing) {
  headers.set('ratelimit-policy', `${standing.limit};w=60`);
  headers.set('ratelimit-limit', String(standing.limit));
  headers.set('ratelimit-remaining', String(standing.remaining));
  headers.set('ratelimit-reset', String(standing.reset));
}

/** A refusal as a whole response, for a request refused before it is parsed. */
function refusal(
  fetchAPI: { Response: typeof Response },
  error: ReturnType<typeof rateLimited>,
  standing: Standing,
) {
  const { http, ...extensions } = error.extensions as {
    http: { status: number; headers?: Record<string, string> };
  };
  const response = new fetchAPI.Response(
    JSON.stringify({ errors: [{ message: error.message, extensions }] }),
    {
      status: http.status,
      headers: { 'content-type': 'application/json', ...http.headers },
    },
  );
  setHeaders(response.headers, standing);
  return response;
}

/** The bucket a request spends: its key's, or its address's when it has no valid key. */
interface Account {
  id: string;
  perMinute: number;
  /** Who spends it, to start a sentence. */
  who: string;
}

/**
 * The rate-limit plugin. Every request pays as it arrives, before it is parsed (a point, more for
 * a large body); an operation that costs more than a point pays the rest before it runs. It must
 * come before anything that answers without running (the response cache).
 */
export function rateLimits(db: Database, limits: RateLimits, proxies?: TrustedProxies): Plugin {
  const buckets = new Buckets();
  const charged = new WeakMap<Request, { account: Account; standing: Standing }>();

  /** Charges the rest of an operation's cost; the refusal when its bucket cannot pay. */
  function chargeOperation(
    request: Request,
    document: DocumentNode,
    schema: GraphQLSchema,
    variables: unknown,
  ) {
    const entry = charged.get(request);
    if (!entry) return undefined;
    const cost = operationCost(document, schema, variables);
    if (cost === 1) return undefined;
    const { account } = entry;
    entry.standing = buckets.charge(account.id, account.perMinute, cost - 1);
    if (entry.standing.allowed) return undefined;
    const { limit, retryAfter } = entry.standing;
    return rateLimited(
      retryAfter === undefined
        ? `This operation costs ${cost} points; ${account.who} may spend ${limit} a minute. Ask for smaller pages.`
        : `Rate limit reached: this operation costs ${cost} points; ${account.who} may spend ${limit} a minute. Try again in ${retryAfter} s.`,
      entry.standing,
      cost,
    );
  }

  /** Charges an operation (or a subscription) as it starts to run; refused, it does not. */
  function chargeAsItRuns({
    args,
    setResultAndStopExecution,
  }: {
    args: { contextValue: unknown; document: DocumentNode; schema: GraphQLSchema; variableValues?: unknown };
    setResultAndStopExecution: (result: { errors: GraphQLError[] }) => void;
  }) {
    const { request } = args.contextValue as { request: Request };
    const refused = chargeOperation(request, args.document, args.schema, args.variableValues);
    if (refused) setResultAndStopExecution({ errors: [refused] });
  }

  return {
    async onRequest({ request, serverContext, endResponse, fetchAPI }) {
      const address = clientAddress(serverContext, proxies);
      let account: Account = {
        id: `address:${address}`,
        perMinute: limits.perAddress,
        who: 'a client without an API key',
      };
      if (request.headers.has('authorization')) {
        const failures = `failed:${address}`;
        const standing = buckets.charge(failures, FAILED_KEYS_PER_MINUTE, 1, false);
        if (!standing.allowed) {
          const message = `Too many requests with an API key that is not valid from this address. Try again in ${standing.retryAfter} s.`;
          return endResponse(refusal(fetchAPI, rateLimited(message, standing, 1), standing));
        }
        const presented = await requestKey(db, request);
        if (presented.kind === 'invalid') buckets.charge(failures, FAILED_KEYS_PER_MINUTE, 1);
        if (presented.kind === 'valid')
          account = {
            id: `key:${presented.key.id}`,
            perMinute: presented.key.rateLimit ?? limits.perKey,
            who: 'this API key',
          };
      }
      const cost = arrivalCost(request);
      const standing = buckets.charge(account.id, account.perMinute, cost);
      charged.set(request, { account, standing });
      if (!standing.allowed) {
        const message =
          standing.retryAfter === undefined
            ? `This request costs ${cost} points; ${account.who} may spend ${standing.limit} a minute. Send a smaller body.`
            : `Rate limit reached: ${account.who} may spend ${standing.limit} points a minute. Try again in ${standing.retryAfter} s.`;
        endResponse(refusal(fetchAPI, rateLimited(message, standing, cost), standing));
      }
    },
    onExecute: chargeAsItRuns,
    onSubscribe: chargeAsItRuns,
    onResponse({ request, response }) {
      const entry = charged.get(request);
      if (entry) setHeaders(response.headers, entry.standing);
    },
  };
}
