// README: "Anything unexpected reaches the client as `Unexpected error.`. The server logs the
// cause; no stack trace or SQL is sent." Each test breaks its own copy of the database for real
// (a closed connection, a failing trigger, a renamed table) and reads what the client gets.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { changesSince, databaseDigest } from '../database.js';
import { graphql } from '../graphql/gql.js';
import { type GraphQLResponse, startTestServer, type TestServer } from '../helpers.js';
import { createApiKey } from '../moat.js';

/** Runs `test` on a server of its own, which it may break: closed whatever happens. */
async function onOwnServer(test: (server: TestServer) => Promise<void>) {
  const server = await startTestServer();
  try {
    await test(server);
  } finally {
    await server.close().catch(() => {});
  }
}

/** Expects a response that tells nothing of the cause: no SQL, no table, no stack, no message. */
function expectNothingOfTheCause(response: GraphQLResponse, causeMessage: string) {
  const body = JSON.stringify(response);
  expect(body).not.toContain(causeMessage);
  expect(body).not.toMatch(/select|insert|audit_log|api_keys|companies|PGlite|drizzle|stack|\bat /i);
}

/**
 * The messages of the one error the server logged and of the errors behind it, outermost first:
 * the last is the database's own.
 */
function loggedMessages(server: TestServer): string[] {
  expect(server.loggedErrors).toHaveLength(1);
  const messages: string[] = [];
  let error = server.loggedErrors[0];
  while (error instanceof Error) {
    messages.push(error.message);
    error = (error as { originalError?: unknown }).originalError ?? error.cause;
  }
  return messages;
}

const CreateMistral = graphql(`
  mutation CreateMistral {
    createCompany(input: { slug: "mistral-ai", name: "Mistral AI", kind: STARTUP, country: "FR" }) {
      __typename
    }
  }
`);

/** The error a failed createCompany gets: where it stands in the document as sent (printed). */
const unexpectedCreateCompanyError = {
  message: 'Unexpected error.',
  locations: [{ line: 2, column: 3 }],
  path: ['createCompany'],
  extensions: { code: 'INTERNAL_SERVER_ERROR' },
};

/** A trigger function that fails whatever it is fired for. */
const createFailingFunction = sql`
  CREATE FUNCTION fail() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'boom in trigger'; END $$ LANGUAGE plpgsql
`;

describe('unexpected failures reach the client as "Unexpected error." and are logged with their cause', () => {
  it('a read whose database connection is closed', async () => {
    await onOwnServer(async (server) => {
      await server.connection.close();
      // A string, as sent: the error's location is in this text.
      const response = await server.query('{ company(slug: "openai") { name } }');
      expect(response).toEqual({
        status: 200,
        data: { company: null },
        errors: [
          {
            message: 'Unexpected error.',
            locations: [{ line: 1, column: 3 }],
            path: ['company'],
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          },
        ],
      });
      expectNothingOfTheCause(response, 'closed');
      // The cause, SQL and all, stays in the server's log.
      expect(loggedMessages(server)[0]).toMatch(/^Failed query: select/);
    });
  });

  it.each([
    {
      failure: 'a write whose audit entry fails: the record it wrote first is rolled back with it',
      trigger: sql`CREATE TRIGGER audit_fails BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION fail()`,
    },
    {
      failure: 'a write whose record fails at commit: its audit entry is rolled back with it',
      // Deferred to the commit, after the company and then its audit entry were inserted.
      trigger: sql`
        CREATE CONSTRAINT TRIGGER company_fails AFTER INSERT ON companies
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fail()
      `,
    },
  ])('$failure', async ({ trigger }) => {
    await onOwnServer(async (server) => {
      const { key } = await createApiKey(server.connection.db, 'analyst', ['write']);
      await server.connection.db.execute(createFailingFunction);
      await server.connection.db.execute(trigger);
      const before = await databaseDigest(server);

      const response = await server.query(CreateMistral, {}, key);

      expect(response).toEqual({ status: 200, data: null, errors: [unexpectedCreateCompanyError] });
      expectNothingOfTheCause(response, 'boom');
      expect(loggedMessages(server).at(-1)).toBe('boom in trigger');
      expect(await changesSince(server, before)).toEqual({});
    });
  });

  it('the lookup of the API key a write presents', async () => {
    await onOwnServer(async (server) => {
      const { key } = await createApiKey(server.connection.db, 'analyst', ['write']);
      await server.connection.db.execute(sql`ALTER TABLE api_keys RENAME TO api_keys_elsewhere`);
      const before = await databaseDigest(server);

      const response = await server.query(CreateMistral, {}, key);

      // No request context without the key: the whole request fails, so HTTP 500 and no data.
      expect(response).toEqual({
        status: 500,
        data: undefined,
        errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      });
      expectNothingOfTheCause(response, 'does not exist');
      expect(loggedMessages(server).at(-1)).toBe('relation "api_keys" does not exist');
      expect(await changesSince(server, before)).toEqual({});
    });
  });
});
