// @moat/sdk: a typed client for Moat's GraphQL API, generated from its schema.
export * from './client.js';
export * from './errors.js';
export * from './follow-changes.js';
export * from './format.js';
// Result, variable and fragment types, enums and inputs, and every operation's TypedDocumentNode.
export * from './generated/graphql.js';
export * from './paginate.js';
