import { GraphQLError, type GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import {
  GraphQLCountryCode,
  GraphQLCurrency,
  GraphQLDateTime,
  GraphQLLocalDate,
  GraphQLURL,
} from 'graphql-scalars';
import { DECIMAL } from '../../rules/decimals.js';
import { builder } from '../builder.js';

builder.addScalarType('Date', GraphQLLocalDate, {
  description: 'A calendar date, as an ISO 8601 string: "2025-01-27".',
});
builder.addScalarType('DateTime', GraphQLDateTime, {
  description: 'A moment in time, as an RFC 3339 string with its offset: "2025-01-27T09:30:00Z".',
});
// graphql-scalars refuses text that is not a URL with a TypeError, which would reach the client
// masked, as an unexpected error: refused here as the client's mistake.
builder.addScalarType('URL', GraphQLURL, {
  description: 'An absolute URL.',
  parseValue: (value: unknown) => {
    try {
      return GraphQLURL.parseValue(value) as URL;
    } catch {
      throw new GraphQLError(`Value is not a valid absolute URL: ${JSON.stringify(value).slice(0, 60)}`);
    }
  },
});
/** Codes are accepted in any case and kept in capitals, as the database's checks want them. */
const inCapitals = (scalar: GraphQLScalarType) => ({
  parseValue: (value: unknown) => String(scalar.parseValue(value)).toUpperCase(),
  parseLiteral: (ast: ValueNode) => String(scalar.parseLiteral(ast, undefined)).toUpperCase(),
});
builder.addScalarType('CountryCode', GraphQLCountryCode, {
  description: 'A country, as an ISO 3166-1 alpha-2 code: "US", "CN".',
  ...inCapitals(GraphQLCountryCode),
});
builder.addScalarType('Currency', GraphQLCurrency, {
  description: 'A currency, as an ISO 4217 code: "USD", "EUR".',
  ...inCapitals(GraphQLCurrency),
});

function parseDecimal(value: unknown): string {
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  if (typeof text !== 'string' || !DECIMAL.test(text)) {
    throw new GraphQLError(
      `Decimal must be a string of at most 40 digits (and 20 decimals) such as "40000000000.50"; got ${JSON.stringify(value).slice(0, 60)}.`,
    );
  }
  return text;
}

builder.scalarType('Decimal', {
  description:
    'An exact decimal number, serialised as a string ("40000000000") so that no float rounding can change it.',
  serialize: (value) => parseDecimal(value),
  parseValue: (value) => parseDecimal(value),
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) return parseDecimal(ast.value);
    throw new GraphQLError('Decimal must be given as a string such as "40000000000".');
  },
});
