// What a request may ask before any work is done for it. Each limit refuses an attack on the
// parser or the validator (a body of millions of fields, thousands of aliases or directives)
// while it costs less than a normal request: the body by its length, the tokens as they are
// lexed, the aliases and directives before the validator compares any fields.
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { requestBodyLimit } from './request-body-limit.js';
import { MAX_REQUEST_BODY } from './rules/requests.js';

/**
 * Limits on one request. Moat's largest SDK operation has under 400 tokens and 7 aliases, and
 * GraphiQL's schema query under 200 tokens; depth, breadth and complexity are the schema's own
 * limits (QUERY_LIMITS), checked once the operation is valid.
 */
export const REQUEST_LIMITS = { bodyBytes: MAX_REQUEST_BODY, tokens: 2_000, aliases: 30, directives: 20 };

export type RequestLimits = typeof REQUEST_LIMITS;

/** The header a request must carry when a browser could send it without asking (CSRF). */
const CSRF_HEADER = 'x-graphql-yoga-csrf';

/**
 * Yoga's CSRF prevention, refusing with a code and saying which header to send: a request a
 * browser may send from any page without asking (a GET, or a form-encoded, multipart or
 * text/plain POST) needs the CSRF header, which a browser sends only after asking this server.
 */
function csrfPrevention(): Plugin {
  const { onRequestParse: check } = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });
  return {
    onRequestParse(payload) {
      try {
        check?.(payload);
      } catch {
        throw createGraphQLError(
          `This request needs the "${CSRF_HEADER}" header, or a JSON body sent as application/json.`,
          { extensions: { code: 'CSRF_HEADER_REQUIRED', http: { status: 403 } } },
        );
      }
    },
  };
}

type Measure = 'tokens' | 'aliases' | 'directives';

/** Refuses an operation over a limit with its own code, in place of the library's plain error. */
function refuse(measure: Measure, limit: number) {
  return [
    () => {
      throw createGraphQLError(
        `Query has more ${measure} than the limit of ${limit}. Send a smaller operation.`,
        {
          extensions: { code: 'QUERY_TOO_LARGE', measure, limit, http: { status: 400 } },
        },
      );
    },
  ];
}

/**
 * The request guards, in the order they run: CSRF prevention, the body limit, then the token, alias and directive limits. With `hideSuggestions`, an unknown
 * field's error does not list the fields it resembles.
 */
export function requestGuards({
  hideSuggestions,
  limits = REQUEST_LIMITS,
}: {
  hideSuggestions: boolean;
  limits?: RequestLimits | undefined;
}): Plugin[] {
  return [
    csrfPrevention(),
    requestBodyLimit(limits.bodyBytes),
    maxTokensPlugin({ n: limits.tokens, onReject: refuse('tokens', limits.tokens) }),
    maxAliasesPlugin({ n: limits.aliases, allowList: [], onReject: refuse('aliases', limits.aliases) }),
    maxDirectivesPlugin({ n: limits.directives, onReject: refuse('directives', limits.directives) }),
    ...(hideSuggestions ? [blockFieldSuggestionsPlugin({ mask: '' }) as Plugin] : []),
  ];
}
