// What an operator of Moat needs beside the API: /ready, Prometheus metrics at /metrics, a
// request ID on every answer and one JSON log line per request. (/health is yoga's own.)
import { randomUUID } from 'node:crypto';
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import { type GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Counter, collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import { type Database, databaseAnswers } from './db/connection.js';

/** The sizes a pg pool reports (pg.Pool's own fields). */
export interface PoolSizes {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** The Prometheus metrics of one Moat process, beside those the yoga plugin keeps. */
export class Metrics {
  readonly registry = new Registry();
  readonly #statements = new Counter({
    name: 'moat_sql_statements_total',
    help: 'SQL statements this process sent to the database.',
    registers: [this.registry],
  });
  readonly #errors = new Counter({
    name: 'moat_graphql_errors_total',
    help: 'Errors in GraphQL answers, by their extensions.code.',
    labelNames: ['code'],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Counts one SQL statement: openDatabase's onQuery. */
  readonly countStatement = () => this.#statements.inc();

  countError(code: string) {
    this.#errors.inc({ code });
  }

  /** Reports how many live subscriptions are open. */
  watchSubscriptions(live: { readonly open: number }) {
    new Gauge({
      name: 'moat_subscriptions_open',
      help: 'Live subscriptions (to the change feed) open in this process.',
      registers: [this.registry],
      collect() {
        this.set(live.open);
      },
    });
  }

  /** Reports a PostgreSQL pool's connections (in use, idle) and the requests waiting for one. */
  watchPool(pool: PoolSizes) {
    new Gauge({
      name: 'moat_db_pool_connections',
      help: 'Connections of the PostgreSQL pool by state, and requests waiting for one.',
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        this.set({ state: 'in_use' }, pool.totalCount - pool.idleCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    });
  }
}

/** One request as the log shows it. */
export interface RequestLogLine {
  time: string;
  requestId: string;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  operation?: string;
  operationType?: string;
  errors?: string[];
}

export interface OperationsOptions {
  db: Database;
  metrics?: Metrics | undefined;
  /** Receives each request's log line once it is answered. */
  log?: ((line: RequestLogLine) => void) | undefined;
}

/** A request ID a client or balancer sent, kept when it is plain and short enough to log. */
const CLIENT_REQUEST_ID = /^[\w.:-]{1,128}$/;

/** /ready: 200 when the database answers, else 503; the error itself stays in the process. */
function readiness(db: Database): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/ready') return;
      const ready = await databaseAnswers(db);
      endResponse(
        new fetchAPI.Response(JSON.stringify({ ready }), {
          status: ready ? 200 : 503,
          headers: { 'content-type': 'application/json' },
        }),
      );
    },
  };
}

/** The request ID header and log line, and the errors counted by code. */
function requestRecords({ metrics, log }: OperationsOptions): Plugin {
  const records = new WeakMap<Request, Omit<RequestLogLine, 'status' | 'durationMs'> & { start: number }>();
  return {
    onRequest({ request, url }) {
      const sent = request.headers.get('x-request-id');
      records.set(request, {
        time: new Date().toISOString(),
        requestId: sent && CLIENT_REQUEST_ID.test(sent) ? sent : randomUUID(),
        method: request.method,
        path: url.pathname,
        start: performance.now(),
      });
    },
    onExecute({ args }) {
      const record = records.get((args.contextValue as { request: Request }).request);
      const operation = getOperationAST(args.document, args.operationName);
      if (!record || !operation) return;
      if (operation.name) record.operation = operation.name.value;
      record.operationType = operation.operation;
    },
    onResultProcess({ request, result }) {
      const record = records.get(request);
      const errors = (Array.isArray(result) ? result : [result]).flatMap((single) =>
        'errors' in single && single.errors ? single.errors : [],
      );
      if (!record || errors.length === 0) return;
      record.errors = errors.map((error) => String((error as GraphQLError).extensions?.code ?? 'UNKNOWN'));
      for (const code of record.errors) metrics?.countError(code);
    },
    onResponse({ request, response }) {
      const record = records.get(request);
      if (!record) return;
      response.headers.set('x-request-id', record.requestId);
      const { start, ...line } = record;
      log?.({
        ...line,
        status: response.status,
        durationMs: Math.round((performance.now() - start) * 10) / 10,
      });
    },
  };
}

/** The operations plugins: /ready, the request ID and log line, and /metrics when metrics are kept. */
export function operations(options: OperationsOptions): Plugin[] {
  return [
    readiness(options.db),
    requestRecords(options),
    ...(options.metrics
      ? [
          usePrometheus({
            registry: options.metrics.registry,
            endpoint: '/metrics',
            // Not an error's field path: labels must have few values.
            labels: { path: false },
            // Requests, their duration and errors by operation. Not each phase, nor the HTTP
            // histogram, which cost a fifth of a small request's time.
            metrics: {
              graphql_envelop_request: true,
              graphql_envelop_request_duration: true,
              graphql_envelop_error_result: true,
              graphql_yoga_http_duration: false,
              graphql_envelop_request_time_summary: false,
              graphql_envelop_phase_parse: false,
              graphql_envelop_phase_validate: false,
              graphql_envelop_phase_context: false,
              graphql_envelop_phase_execute: false,
              graphql_envelop_phase_subscribe: false,
              graphql_envelop_deprecated_field: false,
              graphql_envelop_schema_change: false,
            },
          }),
        ]
      : []),
  ];
}
