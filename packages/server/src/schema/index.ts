// The Moat schema: the builder's roots, every domain's types, queries and mutations, and the
// schema they make.
import { type GraphQLSchema, isObjectType, lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import './shared/scalars.js';
import './shared/errors.js';
import './shared/node.js';
import './companies/company.js';
import './companies/queries.js';
import './companies/mutations.js';
import './companies/claims.js';
import './people/person.js';
import './people/role.js';
import './people/queries.js';
import './people/mutations.js';
import './people/role-mutations.js';
import './people/claims.js';
import './funding-rounds/funding-round.js';
import './funding-rounds/queries.js';
import './funding-rounds/mutations.js';
import './funding-rounds/deal-status.js';
import './funding-rounds/claims.js';
import './quotes/quote.js';
import './quotes/queries.js';
import './quotes/mutations.js';
import './quotes/claims.js';
import './claims/claim.js';
import './claims/disputes.js';
import './claims/mutations.js';
import './sources/source.js';
import './sources/citation.js';
import './sources/mutations.js';
import './search/search.js';
import './admin/api-keys.js';
import './admin/audit-log.js';
import './admin/import-records.js';
import './changes/changes.js';

builder.queryType({ description: 'Moat: companies, people, quotes and funding rounds, every fact cited.' });
builder.subscriptionType({
  description: 'Live results over Server-Sent Events (send `Accept: text/event-stream`).',
});
builder.mutationType({
  description: 'Writes to Moat. Each needs an API key with the `write` scope and runs in one transaction.',
});

/** The drizzle plugin adds `totalCount` to connections without a description; give it one. */
function describeTotalCounts(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    const totalCount = isObjectType(type) ? type.getFields().totalCount : undefined;
    if (totalCount && !totalCount.description) {
      totalCount.description =
        'How many items the list holds across all its pages. Counting reads every matching row (from an index where one covers the filter), so on a long list ask for it with the first page rather than with every page.';
    }
  }
  return schema;
}

/** The Moat GraphQL schema, types sorted so the printed SDL is stable. */
export const schema = describeTotalCounts(lexicographicSortSchema(builder.toSchema()));
