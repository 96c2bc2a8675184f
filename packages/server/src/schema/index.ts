import { type GraphQLSchema, isObjectType, lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import './scalars.js';
import './partial-date.js';
import './money.js';
import './source.js';
import './errors.js';
import './company.js';
import './company-mutations.js';
import './api-key.js';
import './audit-log.js';
import './funding-round-mutations.js';
import './quote-mutations.js';
import './source-mutations.js';
import './citation-mutations.js';
import './person.js';
import './person-mutations.js';
import './quote.js';
import './funding-round.js';
import './search.js';
import './delete-mutations.js';

/** The drizzle plugin adds `totalCount` to connections without a description; give it one. */
function describeTotalCounts(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    const totalCount = isObjectType(type) ? type.getFields().totalCount : undefined;
    if (totalCount && !totalCount.description) {
      totalCount.description = 'How many items the list holds across all its pages.';
    }
  }
  return schema;
}

/** The Moat GraphQL schema, types sorted so the printed SDL is stable. */
export const schema = describeTotalCounts(lexicographicSortSchema(builder.toSchema()));
