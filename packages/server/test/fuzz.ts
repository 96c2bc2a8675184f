// Whole GraphQL requests generated with fast-check, for the fuzz tests (test/shared/fuzz-*.test.ts).
// A request is generated from the schema itself, so a new field, argument or mutation is fuzzed
// without a change here. Its arguments mix what breaks servers (NUL characters, lone surrogates,
// SQL and LIKE metacharacters, huge and fractional numbers, very long text, forged cursors and
// IDs) with the seed data's own slugs, IDs, excerpts and cursors, so that many requests get past
// the first check and reach the database.
import fc from 'fast-check';
import {
  astFromValue,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  print,
} from 'graphql';
import { expect } from 'vitest';
import { databaseDigest } from './database.js';
import { type GraphQLResponse, globalId, type TestServer } from './helpers.js';
import { schema } from './moat.js';

/**
 * fast-check's parameters: a fixed seed, so that every run sends the same requests, and `runs`
 * requests per field. FUZZ_SEED and FUZZ_RUNS choose others; a failure prints its seed.
 */
export function fuzzParameters(runs: number): fc.Parameters<unknown> {
  return { seed: Number(process.env.FUZZ_SEED ?? 15), numRuns: Number(process.env.FUZZ_RUNS ?? runs) };
}

/** What the seed data holds, for arguments that name real records. */
export interface SeedValues {
  slugs: string[];
  /** The global ID of every record of a node type, and of every claim. */
  ids: string[];
  /** The UUIDs behind those IDs. */
  uuids: string[];
  /** Every citation's excerpt, and the text of every source that keeps it. */
  texts: string[];
  /** Cursors of every list's first page, at the root and within records, in several orders. */
  cursors: string[];
}

/** The node type of each table with one, by the table's name. */
const TYPE_OF_TABLE: Record<string, string> = {
  citations: 'Citation',
  claims: 'Claim',
  companies: 'Company',
  funding_rounds: 'FundingRound',
  investments: 'Investment',
  people: 'Person',
  quotes: 'Quote',
  roles: 'Role',
  sources: 'Source',
};

const FIRST_PAGES = `{
  companies(first: 3) {
    edges { cursor }
    nodes {
      fundingRounds(first: 2) { edges { cursor } }
      investments(first: 2) { edges { cursor } }
      people(first: 2) { edges { cursor } }
      quotes(first: 2) { edges { cursor } }
      quotesAbout(first: 2) { edges { cursor } }
    }
  }
  companiesBySlug: companies(first: 3, orderBy: SLUG_ASC) { edges { cursor } }
  people(first: 3) { edges { cursor } }
  fundingRounds(first: 3) { edges { cursor } }
  fundingRoundsByAmount: fundingRounds(first: 3, orderBy: AMOUNT_USD_DESC) { edges { cursor } }
  quotes(first: 3) { edges { cursor } }
  sources(first: 3) { edges { cursor } nodes { citations(first: 2) { edges { cursor } } } }
  disputes(first: 3) { edges { cursor } }
  changes(first: 3) { edges { cursor } }
  auditLog(first: 3) { edges { cursor } }
  apiKeys(first: 3) { edges { cursor } }
  search(query: "open", first: 3) { edges { cursor } }
}`;

/** Every `cursor` in a response. */
function cursorsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(cursorsIn);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'cursor' && typeof inner === 'string' ? [inner] : cursorsIn(inner),
  );
}

/** The slugs, IDs, texts and cursors of the server's database, read with an admin key. */
export async function seedValuesOf(server: TestServer, adminKey: string): Promise<SeedValues> {
  const digest = await databaseDigest(server);
  const rows = (table: string) => Object.values(digest[table] ?? {});
  const records = Object.entries(TYPE_OF_TABLE).flatMap(([table, type]) =>
    rows(table).map((row) => ({ type, id: String(row.id) })),
  );
  const strings = (values: unknown[]) => values.filter((value): value is string => typeof value === 'string');
  const pages = await server.query(FIRST_PAGES, undefined, adminKey);
  expect(pages.errors).toBeUndefined();
  return {
    slugs: strings([...rows('companies'), ...rows('people')].map((row) => row.slug)),
    ids: records.map(({ type, id }) => globalId(type, id)),
    uuids: records.map(({ id }) => id),
    texts: strings([
      ...rows('citations').map((row) => row.excerpt),
      ...rows('sources').map((row) => row.text),
    ]),
    cursors: cursorsIn(pages.data),
  };
}

/** Picks one of `arbitraries`, each as often as its weight says. */
const weighted = <T>(...choices: [number, fc.Arbitrary<T>][]): fc.Arbitrary<T> =>
  fc.oneof(...choices.map(([weight, arbitrary]) => ({ weight, arbitrary })));

/** Characters that have broken parsers, SQL, LIKE patterns and encoders. */
const nastyCharacter = fc.constantFrom(
  '\u0000',
  '\uD800',
  '\uDFFF',
  "'",
  '"',
  ';',
  '-',
  '%',
  '_',
  '\\',
  '\n',
  '\u202E',
  '\uFEFF',
  '\u200B',
  'e\u0301',
  '🦜',
);

/** Whole texts that have broken servers. */
const nastyText = fc.constantFrom(
  '',
  ' ',
  "' OR '1'='1",
  "'; DROP TABLE companies; --",
  '%',
  '%%',
  '_',
  '\\',
  '\\%',
  '[a-z]%',
  '$1',
  "E'\\\\x00'",
  '::text',
  '*/',
  'null',
  'NaN',
  '-0',
  '1e400',
  '\u0000',
  '\uD800',
  'ǅ',
  'ß',
  'İ',
);

/** Text, from a character mix that is mostly nasty. */
const mixedText = (maxLength: number) =>
  fc.string({
    unit: weighted([2, nastyCharacter], [3, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })]),
    maxLength,
  });

/** Very long text: one character or word many times. */
const longText = fc
  .tuple(
    fc.constantFrom('a', "'", '%', '\u0000', 'é', '🦜', 'openai '),
    fc.integer({ min: 201, max: 100_000 }),
  )
  .map(([unit, times]) => unit.repeat(times));

/** Any text: a seed value, a nasty one, a mix, or a seed value with something nasty inside. */
function textOf(seed: SeedValues): fc.Arbitrary<string> {
  const real = fc.constantFrom(...seed.slugs, ...seed.texts);
  const piece = fc
    .tuple(fc.constantFrom(...seed.texts), fc.nat(), fc.nat(40))
    .map(([text, start, length]) => text.slice(start % text.length, (start % text.length) + length + 1));
  return weighted(
    [3, real],
    [2, piece],
    [3, nastyText],
    [3, mixedText(40)],
    [
      2,
      fc
        .tuple(real, mixedText(3), fc.boolean())
        .map(([text, extra, before]) => (before ? extra + text : text + extra)),
    ],
    [1, longText],
  );
}

/** Text that looks like a number, in the forms that trip up number parsers. */
const numberText = weighted(
  [2, fc.integer().map(String)],
  [1, fc.double().map(String)],
  [
    2,
    fc.constantFrom(
      '-1',
      '0',
      '1e21',
      '9223372036854775808',
      '99999999999999999999999',
      '1.5',
      'Infinity',
      '0x10',
      '',
    ),
  ],
);

/** A cursor: one the server gave out, or one forged in each format Moat reads, or any text. */
function cursorOf(seed: SeedValues): fc.Arbitrary<string> {
  const base64 = (text: string) => Buffer.from(text).toString('base64');
  const chunk = weighted(
    [2, fc.constantFrom(...seed.uuids).map((uuid) => `S:${uuid}`)],
    [2, textOf(seed).map((text) => `S:${text}`)],
    [1, numberText.map((text) => `N:${text}`)],
    [1, numberText.map((text) => `D:${text}`)],
    [1, numberText.map((text) => `I:${text}`)],
    [1, numberText.map((text) => `M:${text}`)],
    [1, fc.jsonValue({ maxDepth: 2 }).map((value) => `O:${JSON.stringify(value)}`)],
    [1, fc.constantFrom('Z:', 'B:AAAA', 'J:[1,2]', 'X:1', 'S')],
  );
  const tuple = fc.array(chunk, { minLength: 1, maxLength: 3 }).map((parts) => `T:${JSON.stringify(parts)}`);
  return weighted(
    [3, fc.constantFrom(...seed.cursors)],
    [3, weighted([1, chunk], [2, tuple]).map((text) => base64(`DC:${text}`))],
    [1, numberText.map((text) => base64(`OffsetConnection:${text}`))],
    [1, fc.tuple(numberText, numberText).map(([id, position]) => base64(`change:${id}:${position}`))],
    [2, textOf(seed)],
  );
}

/** A global ID: a real one, one of a real record under another type, forged, or any text. */
function idOf(seed: SeedValues): fc.Arbitrary<string> {
  const type = fc.constantFrom(...Object.values(TYPE_OF_TABLE), 'ApiKey', 'Nothing', '');
  const uuid = weighted([2, fc.constantFrom(...seed.uuids)], [1, fc.uuid()], [1, textOf(seed)]);
  return weighted(
    [4, fc.constantFrom(...seed.ids)],
    [3, fc.tuple(type, uuid).map(([typename, id]) => globalId(typename, id))],
    [2, textOf(seed)],
  );
}

/**
 * Values of a type as GraphQL accepts them, `wellFormed`, and rarely as it refuses them: such a
 * request stops before any resolver runs, so most requests must get past that check.
 */
const mostly = <T>(wellFormed: fc.Arbitrary<T>, malformed: fc.Arbitrary<T>) =>
  weighted<T>([40, wellFormed], [1, malformed]);

/** Days from 1900 to 2100, as ISO 8601 dates and moments. */
const recentDays = fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true });

/** A calendar date: of these two centuries, at the ends of any database's range, or impossible. */
const dateText = mostly(
  weighted(
    [3, recentDays.map((day) => day.toISOString().slice(0, 10))],
    [1, fc.constantFrom('0000-01-01', '0001-01-01', '9999-12-31', '2024-02-29')],
  ),
  fc.constantFrom('2024-02-30', '2023-02-29', '2024-13-01', '2024-1-1', '20240101', '+275760-09-13'),
);

/** A moment: of these two centuries, at the ends of any database's range, or impossible. */
const dateTimeText = mostly(
  weighted(
    [3, recentDays.map((day) => day.toISOString())],
    [
      1,
      fc.constantFrom(
        '0000-01-01T00:00:00Z',
        '0001-01-01T00:00:00Z',
        '9999-12-31T23:59:59.999Z',
        '2024-01-01T00:00:00+14:00',
        '1970-01-01T00:00:00.123456789Z',
      ),
    ],
  ),
  fc.constantFrom('2024-02-30T00:00:00Z', '2024-01-01T24:00:00Z', '2024-01-01', '+275760-09-13T00:00:00Z'),
);

/** An exact decimal, as text or a safe integer: long, tiny, negative; or not a decimal at all. */
const decimalValue = mostly<unknown>(
  weighted<unknown>(
    [3, fc.bigInt({ min: 0n, max: 10n ** 40n - 1n }).map(String)],
    [1, fc.nat().map(Number)],
    [
      1,
      fc.constantFrom(
        '-1',
        '0',
        '0.00000000000000000001',
        `${'9'.repeat(40)}.${'9'.repeat(20)}`,
        `-${'9'.repeat(40)}`,
      ),
    ],
  ),
  fc.constantFrom('1e21', '0x10', '', 'NaN', '1'.repeat(41), 1.5, 1e21),
);

/** An integer argument (a page size, a version): small, any 32-bit one, or beyond 32 bits or fractional. */
const intValue = mostly(
  weighted([3, fc.integer({ min: -5, max: 120 })], [1, fc.integer()]),
  fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, 1e21, 1.5, -0.5),
);

/** A value of any JSON type: a variable of the wrong type. */
const anyValue = fc.jsonValue({ maxDepth: 1 });

/** The values a scalar of `name` takes: mostly of its own form, rarely another. */
function scalarOf(name: string, seed: SeedValues): fc.Arbitrary<unknown> {
  switch (name) {
    case 'Int':
      return intValue;
    case 'Float':
      return fc.double();
    case 'Boolean':
      return fc.boolean();
    case 'ID':
      return idOf(seed);
    case 'Date':
      return dateText;
    case 'DateTime':
      return dateTimeText;
    case 'Decimal':
      return decimalValue;
    case 'URL':
      return mostly(
        weighted(
          [3, fc.webUrl()],
          [
            1,
            fc.constantFrom(
              'javascript:alert(1)',
              'file:///etc/passwd',
              'http://[::1]/',
              `https://a.example/${'%27'.repeat(2000)}`,
            ),
          ],
        ),
        weighted([1, fc.constantFrom('http://', '', '/relative')], [1, textOf(seed)]),
      );
    case 'CountryCode':
      return mostly(fc.constantFrom('US', 'us', 'FR', 'CN', 'DE'), fc.constantFrom('ZZ', 'USA', 'ÜS', ''));
    case 'Currency':
      return mostly(fc.constantFrom('USD', 'eur', 'CNY', 'GBP'), fc.constantFrom('ZZZ', 'US', 'ÜSD', ''));
    default:
      return textOf(seed);
  }
}

/** A value for an input of `type`: the argument named `name` (cursors are told by their names). */
function inputOf(type: GraphQLInputType, name: string, seed: SeedValues): fc.Arbitrary<unknown> {
  if (isNonNullType(type))
    return mostly(givenOf(type.ofType as GraphQLInputType, name, seed), fc.constant(null));
  // A nullable input is left out nearly as often as it is given; sometimes null, rarely of another type.
  return weighted(
    [20, givenOf(type, name, seed)],
    [16, fc.constant(undefined)],
    [3, fc.constant(null)],
    [1, anyValue],
  );
}

/** A value given for an input of `type`, itself nullable. */
function givenOf(type: GraphQLInputType, name: string, seed: SeedValues): fc.Arbitrary<unknown> {
  if (isListType(type)) {
    const item = inputOf(type.ofType, name, seed);
    return weighted([4, fc.array(item, { maxLength: 4 })], [1, item]);
  }
  if (isEnumType(type)) {
    return mostly(fc.constantFrom(...type.getValues().map((v) => v.name)), fc.constant('NOT_A_VALUE'));
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).map(
      (field) => [field.name, inputOf(field.type, field.name, seed)] as const,
    );
    return fc
      .tuple(...fields.map(([, arbitrary]) => arbitrary))
      .map((values) =>
        Object.fromEntries(
          values.flatMap((v, i) => (v === undefined ? [] : [[fields[i]?.[0] as string, v]])),
        ),
      );
  }
  if (/^(after|before)$/.test(name)) return cursorOf(seed);
  return scalarOf(type.name, seed);
}

/** One field of a selection, with its arguments' values; `on`: the member type it is read on. */
interface FieldCall {
  field: GraphQLField<unknown, unknown>;
  alias: string;
  on?: string | undefined;
  args: [GraphQLArgument, unknown][];
  selection: FieldCall[] | undefined;
}

/** `field` with generated arguments, selecting `depth` levels of objects below it. */
function fieldCallOf(
  field: GraphQLField<unknown, unknown>,
  alias: string,
  depth: number,
  seed: SeedValues,
): fc.Arbitrary<FieldCall> {
  const args = fc.tuple(...field.args.map((arg) => inputOf(arg.type, arg.name, seed)));
  return fc.tuple(args, selectionOf(getNamedType(field.type), depth, seed)).map(([values, selection]) => ({
    field,
    alias,
    args: field.args.flatMap((arg, i) =>
      values[i] === undefined ? [] : [[arg, values[i]] as [GraphQLArgument, unknown]],
    ),
    selection,
  }));
}

/**
 * The selection of a value of `type`: some of its fields (leaves, and objects while `depth`
 * lasts), those that take arguments with generated ones; a failure shrinks to the fields that
 * matter. A union's or interface's members are each read in a fragment, their fields aliased by
 * the member's name: fields of the same name but another type may not share a response key.
 */
function selectionOf(
  type: GraphQLNamedType,
  depth: number,
  seed: SeedValues,
): fc.Arbitrary<FieldCall[] | undefined> {
  if (isLeafType(type)) return fc.constant(undefined);
  const abstract = isAbstractType(type);
  const members = abstract ? schema.getPossibleTypes(type) : isObjectType(type) ? [type] : [];
  const calls = members.flatMap((member) =>
    Object.values(member.getFields())
      .filter(
        (field) =>
          (depth > 1 || isLeafType(getNamedType(field.type))) &&
          !field.args.some((arg) => isNonNullType(arg.type)),
      )
      .map((field) => {
        const call = fieldCallOf(field, `${member.name}_${field.name}`, depth - 1, seed).map((made) => ({
          ...made,
          on: abstract ? member.name : undefined,
        }));
        return fc.option(call, { nil: undefined, freq: 3 });
      }),
  );
  return fc.tuple(...calls).map((made) => made.filter((call) => call !== undefined));
}

/** A request as it is posted. */
export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

/**
 * The request of one root field. Arguments go as variables, as clients send them, or `inline` in
 * the document where the value can be written there (then the scalars' literal parsers read it).
 */
function requestOf(operation: 'query' | 'mutation', root: FieldCall, inline: boolean): GraphQLRequest {
  const definitions: string[] = [];
  const variables: Record<string, unknown> = {};
  const argument = ([arg, value]: [GraphQLArgument, unknown]) => {
    if (inline) {
      try {
        const literal = astFromValue(value, arg.type);
        if (literal) return `${arg.name}: ${print(literal)}`;
      } catch {
        // Not writable in the document (a value of another type): sent as a variable instead.
      }
    }
    const name = `v${definitions.length}`;
    definitions.push(`$${name}: ${String(arg.type)}`);
    variables[name] = value;
    return `${arg.name}: $${name}`;
  };
  const text = (call: FieldCall): string => {
    const args = call.args.length > 0 ? `(${call.args.map(argument).join(', ')})` : '';
    const selection = call.selection && `{ __typename ${call.selection.map(text).join(' ')} }`;
    const field = `${call.alias}: ${call.field.name}${args} ${selection ?? ''}`;
    return call.on ? `... on ${call.on} { ${field} }` : field;
  };
  const body = text(root);
  return {
    query: `${operation}${definitions.length > 0 ? `(${definitions.join(', ')})` : ''} { ${body} }`,
    variables,
  };
}

/**
 * Requests of the root field `name` of the query or mutation type, with generated arguments and a
 * selection `depth` levels of objects deep; most with `apiKey` (which has every scope), some
 * without.
 */
export function requestsOf(
  operation: 'query' | 'mutation',
  name: string,
  seed: SeedValues,
  apiKey: string,
  depth = 3,
): fc.Arbitrary<{ request: GraphQLRequest; apiKey: string | undefined }> {
  const root = (operation === 'query' ? schema.getQueryType() : schema.getMutationType())?.getFields()[name];
  if (!root) throw new Error(`no ${operation} field ${name}`);
  return fc
    .tuple(
      fieldCallOf(root, name, depth, seed),
      fc.boolean(),
      weighted<string | undefined>([9, fc.constant(apiKey)], [1, fc.constant(undefined)]),
    )
    .map(([call, inline, key]) => ({ request: requestOf(operation, call, inline), apiKey: key }));
}

/** What must never reach a client: SQL, the database's own errors, stack frames, module paths. */
const LEAK =
  /Failed query|syntax error at|violates|duplicate key|invalid input|out of range|value too long|relation "|column "|PGlite|drizzle|node_modules|\n {4}at \S|\.[cm]?[jt]s:\d+/i;

/** The objects of a response's data that are errors of a result union: their `__typename` says. */
function userErrorsIn(value: unknown): object[] {
  if (Array.isArray(value)) return value.flatMap(userErrorsIn);
  if (!value || typeof value !== 'object') return [];
  const here = /Error$/.test(String((value as { __typename?: unknown }).__typename)) ? [value] : [];
  return [...here, ...Object.values(value).flatMap(userErrorsIn)];
}

/** An error's message and those of the errors behind it, outermost first. */
function causes(error: unknown): string[] {
  const messages: string[] = [];
  for (
    let at = error;
    at instanceof Error;
    at = (at as { originalError?: unknown }).originalError ?? at.cause
  ) {
    messages.push(at.message);
  }
  return messages;
}

/**
 * Expects an answer the client can act on: no HTTP 5xx; each error with a code, none masked
 * ("Unexpected error.", which the server logs), none telling SQL or a stack.
 */
export function expectCleanAnswer(response: GraphQLResponse, loggedErrors: unknown[]): void {
  expect(response.status).toBeLessThan(500);
  expect(loggedErrors.map((error) => causes(error).join(' ← '))).toEqual([]);
  for (const error of response.errors ?? []) {
    expect(error.extensions?.code, error.message).toEqual(expect.any(String));
    expect(error.extensions?.code, error.message).not.toBe('INTERNAL_SERVER_ERROR');
    expect(error.message).not.toBe('Unexpected error.');
    expect(JSON.stringify(error)).not.toMatch(LEAK);
  }
  for (const error of userErrorsIn(response.data)) expect(JSON.stringify(error)).not.toMatch(LEAK);
}

/** The statements among `statements` that may write: all but reads and transaction control. */
export const writesIn = (statements: string[]) =>
  statements.filter(
    (statement) => !/^\s*(select|begin|commit|rollback|savepoint|release|set|show)\b/i.test(statement),
  );

/**
 * Whether a mutation's answer is a refusal: a result union's error, or any error at all. Whatever
 * its payload asks for is checked with the operation, before the write, so an answer with an
 * error must not follow one.
 */
export function isRefusal(response: GraphQLResponse, name: string): boolean {
  const result = (response.data as Record<string, { __typename?: string } | null> | null | undefined)?.[name];
  return /Error$/.test(result?.__typename ?? '') || (response.errors ?? []).length > 0;
}
