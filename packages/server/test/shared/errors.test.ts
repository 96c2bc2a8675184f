import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { describe, expect, it } from 'vitest';
import { expectInvalidArgument } from '../assertions.js';
import { graphql } from '../graphql/gql.js';
import { useReadOnlyServer } from '../helpers.js';

const server = useReadOnlyServer();

describe('malformed arguments and requests get a clear error naming what is wrong', () => {
  it.each<{ field: string; document: TypedDocumentNode<unknown, Record<string, never>>; problem: string }>([
    {
      field: 'companies(first: 101)',
      document: graphql(`query TooLargeFirst { companies(first: 101) { totalCount } }`),
      problem: 'first: must be at most 100',
    },
    {
      field: 'fundingRounds(last: 500)',
      document: graphql(`query TooLargeLast { fundingRounds(last: 500) { totalCount } }`),
      problem: 'last: must be at most 100',
    },
    {
      field: 'people(first: -1)',
      document: graphql(`query NegativeFirst { people(first: -1) { totalCount } }`),
      problem: 'first: must not be negative',
    },
    {
      field: 'company(slug: "openai") { quotesAbout(first: 1000) }',
      document: graphql(
        `query TooLargeNested { company(slug: "openai") { quotesAbout(first: 1000) { totalCount } } }`,
      ),
      problem: 'first: must be at most 100',
    },
  ])('refuses $field', async ({ document, problem }) => {
    expectInvalidArgument((await server.query(document)).errors, problem);
  });

  it('refuses a cursor it did not give out', async () => {
    const { errors } = await server.query(
      graphql(`query UnknownCursor { companies(after: "not-a-cursor") { nodes { slug } } }`),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        message: 'Invalid cursor: not-a-cursor',
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
  });

  it('refuses first and last together', async () => {
    const { errors } = await server.query(
      graphql(`query FirstAndLast { companies(first: 1, last: 1) { nodes { slug } } }`),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        message: 'Invalid argument last: must not be given with first',
        extensions: {
          code: 'BAD_USER_INPUT',
          issues: [{ path: ['last'], message: 'must not be given with first' }],
        },
      }),
    ]);
  });

  // Documents the server refuses before running them: strings, as codegen would refuse them too.
  it.each([
    [
      'an unknown enum value',
      '{ companies(filter: { kind: [SPACESHIP] }) { totalCount } }',
      'Value "SPACESHIP" does not exist in "CompanyKind" enum.',
    ],
    [
      'a bad country code',
      '{ companies(filter: { country: "XYZ" }) { totalCount } }',
      'Value is not a valid country code: XYZ',
    ],
    [
      'a bad date',
      '{ fundingRounds(filter: { announcedFrom: "2024-13-45" }) { totalCount } }',
      'Value is not a valid LocalDate: 2024-13-45',
    ],
    [
      'a bad decimal',
      '{ fundingRounds(filter: { minAmountUsd: "lots" }) { totalCount } }',
      'Decimal must be a string of at most 40 digits',
    ],
    [
      'a missing argument',
      '{ company { name } }',
      'Field "company" argument "slug" of type "String!" is required',
    ],
    [
      'an argument of the wrong type',
      '{ company(slug: 5) { name } }',
      'String cannot represent a non string value: 5',
    ],
  ])('answers HTTP 400 for %s', async (_case, query, message) => {
    const { status, errors } = await server.query(query);
    expect(status).toBe(400);
    expect(errors?.[0]?.message).toContain(message);
  });

  it.each(['application/json', 'application/graphql-response+json'])(
    'answers HTTP 400 with the parser message for a syntax error (accept: %s)',
    async (accept) => {
      const { status, errors } = await server.post({ query: '{ companies { nodes { slug } ' }, accept);
      expect(status).toBe(400);
      expect(errors).toEqual([
        expect.objectContaining({
          message: 'Syntax Error: Expected Name, found <EOF>.',
          extensions: { code: 'GRAPHQL_PARSE_FAILED' },
        }),
      ]);
    },
  );

  it('answers HTTP 400 for a request that is not GraphQL', async () => {
    const response = await server.post({ notAQuery: true });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toBe('Unexpected parameter "notAQuery" in the request body.');
  });

  it('answers HTTP 400 with BAD_USER_INPUT for a variable of the wrong type', async () => {
    const response = await server.query(
      'query Page($first: Int) { companies(first: $first) { totalCount } }',
      { first: 1.5 },
    );
    expect(response).toEqual({
      status: 400,
      errors: [
        {
          message: 'Variable "$first" got invalid value 1.5; Int cannot represent non-integer value: 1.5',
          locations: [{ line: 1, column: 12 }],
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
  });

  it.each([
    ['announcedFrom', '{ fundingRounds(filter: { announcedFrom: "0000-01-01" }) { totalCount } }'],
    ['saidTo', '{ quotes(filter: { saidTo: "0000-12-31" }) { totalCount } }'],
  ])('refuses a date filter (%s) in the year 0, which PostgreSQL does not keep', async (field, query) => {
    const { errors } = await server.query(query);
    expect(errors).toEqual([
      expect.objectContaining({
        message: `Invalid argument filter.${field}: must be in the year 1 or later`,
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
  });

  // PostgreSQL keeps no NUL character in text: a read given one is refused before any statement.
  it.each([
    [
      'in a variable',
      'query Person($slug: String!) { person(slug: $slug) { name } }',
      { slug: 'sam-altman\u0000' },
      { message: 'Invalid variable $slug: must not contain a NUL character' },
    ],
    [
      'in a filter',
      'query Quotes($filter: QuoteFilter) { quotes(filter: $filter) { totalCount } }',
      { filter: { speaker: '\u0000' } },
      { message: 'Invalid variable $filter.speaker: must not contain a NUL character' },
    ],
    [
      'written in the document',
      '{ person(slug: "sam-altman\\u0000") { name } }',
      {},
      { message: 'Invalid argument: must not contain a NUL character', locations: [{ line: 1, column: 16 }] },
    ],
  ])('answers HTTP 400 for a NUL character %s', async (_case, query, variables, error) => {
    server.resetStatements();
    expect(await server.query(query, variables)).toEqual({
      status: 400,
      errors: [{ ...error, extensions: { code: 'BAD_USER_INPUT' } }],
    });
    expect(server.statements).toEqual([]);
  });
});
