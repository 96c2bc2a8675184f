// @moat/sdk: a typed client for Moat's GraphQL API, generated from its schema.
export {
  createMoatClient,
  type HeadersOption,
  type MoatClient,
  type MoatClientOptions,
  type MoatOperations,
  type OperationMethod,
  type RequestOptions,
  type RetryOptions,
} from './client.js';
export {
  type GraphQLErrorDetail,
  MoatAbortError,
  MoatError,
  MoatGraphQLError,
  MoatHttpError,
  MoatNetworkError,
} from './errors.js';
// Result, variable and fragment types, enums and inputs, and every operation's TypedDocumentNode.
export * from './generated/graphql.js';
export { type ConnectionPage, type ItemOf, paginate } from './paginate.js';
