/** One error as the server reports it in a GraphQL response. */
export interface GraphQLErrorDetail {
  message: string;
  /** `extensions.code`, such as `BAD_USER_INPUT` or `QUERY_TOO_COMPLEX`, when the server gives one. */
  code?: string;
  /** The path of the field that failed, such as `['company', 'fundingRounds']`. */
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

/** Every error the SDK throws is a MoatError; its subclasses say what went wrong. */
export class MoatError extends Error {
  override name = 'MoatError';
  /** The operation that failed, such as `Company`, when it has a name. */
  readonly operationName: string | undefined;

  constructor(message: string, options: { operationName?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.operationName = options.operationName;
  }
}

/** The server could not be reached: refused, reset, DNS failure, no network. */
export class MoatNetworkError extends MoatError {
  override name = 'MoatNetworkError';
}

/** The request was aborted through its `signal` (or the signal timed out). */
export class MoatAbortError extends MoatError {
  override name = 'MoatAbortError';
}

/**
 * The server answered with an HTTP error status (400 for a document that does not parse or
 * validate, 5xx when the server fails), or with a body that is not a GraphQL response.
 */
export class MoatHttpError extends MoatError {
  override name = 'MoatHttpError';
  readonly status: number;
  /** The GraphQL errors in the body, when there are any (a 400 names what was wrong). */
  readonly errors: GraphQLErrorDetail[];

  constructor(
    status: number,
    errors: GraphQLErrorDetail[],
    options: { operationName?: string; cause?: unknown } = {},
  ) {
    const detail = errors[0]?.message ?? 'the body is not a GraphQL response';
    super(`Moat answered HTTP ${status}: ${detail}`, options);
    this.status = status;
    this.errors = errors;
  }
}

/** The operation ran and the server reported errors, such as a bad argument. */
export class MoatGraphQLError extends MoatError {
  override name = 'MoatGraphQLError';
  readonly errors: GraphQLErrorDetail[];
  /** Whatever data the server returned beside the errors, often `null`. */
  readonly data: unknown;

  constructor(errors: GraphQLErrorDetail[], data: unknown, options: { operationName?: string } = {}) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    super(`${errors[0]?.message ?? 'GraphQL error'}${more}`, options);
    this.errors = errors;
    this.data = data;
  }

  /** The first error's code, such as `BAD_USER_INPUT`. */
  get code(): string | undefined {
    return this.errors[0]?.code;
  }

  /** The first error's path. */
  get path(): ReadonlyArray<string | number> | undefined {
    return this.errors[0]?.path;
  }
}
