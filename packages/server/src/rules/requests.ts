// What one request to Moat may carry: the server refuses a larger body (HTTP 413), and the CLI's
// `import --url` cuts a file into parts that fit.

/** The largest request body, in bytes. */
export const MAX_REQUEST_BODY = 1_000_000;
