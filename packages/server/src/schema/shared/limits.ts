/** Largest page a connection returns; a larger `first` or `last` is refused, not clamped. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Limits on one operation, so that no request can ask the database for millions of rows. */
export const QUERY_LIMITS = { complexity: 250_000, depth: 15, breadth: 300 };
