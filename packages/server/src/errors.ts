// The expected failures of writes; schema/shared/errors.ts makes them GraphQL types. Each is a
// GraphQLError with a code, so that where no result union catches it (a query field), it still
// reaches the client as itself, not as a masked "Unexpected error.".
import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import type { z } from 'zod';
import { NUL_MESSAGE, nulPaths } from './rules/text.js';

/** One problem with a mutation's input: where it is and what is wrong. */
export interface ValidationIssue {
  path: string[];
  message: string;
}

/** The input breaks a rule; nothing was written. */
export class ValidationError extends GraphQLError {
  override name = 'ValidationError';
  constructor(readonly issues: ValidationIssue[]) {
    super(issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '), {
      extensions: { code: 'BAD_USER_INPUT', issues },
    });
  }
}

/** The record to change does not exist. */
export class NotFoundError extends GraphQLError {
  override name = 'NotFoundError';
  constructor(message: string) {
    super(message, { extensions: { code: 'NOT_FOUND' } });
  }
}

/** The record changed since it was read (or exists with other values); nothing was written. */
export class ConflictError extends GraphQLError {
  override name = 'ConflictError';
  constructor(
    message: string,
    readonly currentVersion: number | null = null,
  ) {
    super(message, { extensions: { code: 'CONFLICT', currentVersion } });
  }
}

/** One problem with a line of a record file: its number, where in the record, and what is wrong. */
export interface RecordLineIssue {
  line: number;
  path: string;
  message: string;
}

/** Records sent to import have bad lines, each named; nothing was written. */
export class ImportRefusedError extends GraphQLError {
  override name = 'ImportRefusedError';
  constructor(
    message: string,
    readonly issues: RecordLineIssue[],
  ) {
    super(message, { extensions: { code: 'BAD_USER_INPUT' } });
  }
}

/** The request's API key is missing, unknown, revoked or lacks the scope; nothing was written. */
export class NotAuthorizedError extends GraphQLError {
  override name = 'NotAuthorizedError';
  constructor(message: string) {
    super(message, { extensions: { code: 'NOT_AUTHORIZED' } });
  }
}

/** PostgreSQL cancelled a statement of the request at the statement timeout; nothing was written. */
export class StatementTimeoutError extends GraphQLError {
  override name = 'StatementTimeoutError';
  /** `located`: the error as execution reported it, whose place in the query is kept. */
  constructor(located?: GraphQLError) {
    super(
      'The database took longer than the statement timeout and cancelled the request. Ask for less (smaller pages, fewer nested lists) or try again.',
      {
        nodes: located?.nodes,
        source: located?.source,
        positions: located?.positions,
        path: located?.path,
        extensions: { code: 'STATEMENT_TIMEOUT' },
      },
    );
  }
}

/**
 * Whether `error` is Pothos refusing an argument, such as a cursor it did not give out: the
 * client's mistake, though Pothos gives it no code.
 */
export const isRefusedByPothos = (error: unknown): error is GraphQLError =>
  error instanceof GraphQLError &&
  (error instanceof PothosValidationError || error.originalError instanceof PothosValidationError);

/** Whether `error`, or an error it wraps, is PostgreSQL's query_canceled (a statement timeout). */
export function isStatementTimeout(error: unknown): boolean {
  for (let at = error as { code?: unknown; cause?: unknown; originalError?: unknown } | undefined; at; ) {
    if (at.code === '57014') return true;
    at = (at.originalError ?? at.cause) as typeof at;
  }
  return false;
}

/** Parses a mutation's input with its zod schema; every problem becomes an issue under `input`. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const nul = nulPaths(input, ['input']);
  if (nul.length > 0) throw new ValidationError(nul.map((path) => ({ path, message: NUL_MESSAGE })));
  // A null where a value is needed reads better in Moat's words than in zod's.
  const result = schema.safeParse(input, {
    error: (issue) => (issue.input === null ? 'must not be null' : undefined),
  });
  if (result.success) return result.data;
  throw new ValidationError(
    result.error.issues.map((issue) => ({
      path: ['input', ...issue.path.map(String)],
      message: issue.message,
    })),
  );
}

/**
 * A live subscription to the change feed ended before its client closed it: the database
 * connection was lost, the server is stopping, or the client fell too far behind. `after` is
 * where it got to (its last change sent, or where it started): subscribe again from there.
 */
export class ChangesInterruptedError extends GraphQLError {
  override name = 'ChangesInterruptedError';
  constructor(reason: string, after: string | undefined) {
    super(
      `The change feed stopped: ${reason}. Subscribe again with \`after\` set to the last cursor you received.`,
      {
        extensions: { code: 'CHANGES_INTERRUPTED', ...(after && { after }) },
      },
    );
  }
}
