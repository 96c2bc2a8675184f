// The CLI's `--url` mode: `keys` and `import` sent to a running server's GraphQL endpoint, with
// an API key of the `admin` scope, for a database that the server holds open.

/** The server could not be reached or refused the request: reported in one line. */
export class RemoteError extends Error {}

/** Sends a GraphQL operation to the server; its `data`, or a RemoteError. */
export type Remote = <Data>(query: string, variables?: object) => Promise<Data>;

/** The body of a request, as it is sent: what MAX_REQUEST_BODY (rules/requests) is measured against. */
export const requestBody = (query: string, variables?: object) => JSON.stringify({ query, variables });

/** The GraphQL endpoint at `url`, called with `key` as the bearer token. */
export function remoteServer(url: string, key: string): Remote {
  return async <Data>(query: string, variables?: object) => {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          authorization: `Bearer ${key}`,
        },
        body: requestBody(query, variables),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new RemoteError(`cannot reach ${url}: ${cause?.code ?? cause?.message ?? String(error)}.`);
    }
    const body = (await response.json().catch(() => undefined)) as
      | { data?: Data | null; errors?: { message: string }[] }
      | undefined;
    const problem = body?.errors?.[0]?.message;
    if (problem) throw new RemoteError(`${url} refused the request: ${problem}`);
    if (!response.ok || !body?.data)
      throw new RemoteError(`${url} answered HTTP ${response.status}; is it a Moat GraphQL endpoint?`);
    return body.data;
  };
}

/** An API key as `keys list` shows it. */
export interface KeyListing {
  id: string;
  name: string;
  scopes: string[];
  /** Points a minute of its own; null: the server's limit for every key. */
  rateLimit: number | null;
  createdAt: string;
  revokedAt: string | null;
}

/** A union member: its type name, and its message when it is an error. */
type Outcome = { __typename: string; message?: string };

const CREATE_KEY = `mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    __typename
    ... on CreateApiKeyPayload { key apiKey { id name scopes rateLimit } }
    ... on UserError { message }
  }
}`;
const LIST_KEYS = `query ApiKeys($after: String) {
  apiKeys(first: 100, after: $after) {
    nodes { id name scopes rateLimit createdAt revokedAt }
    pageInfo { hasNextPage endCursor }
  }
}`;
const REVOKE_KEY = `mutation RevokeApiKey($input: RevokeApiKeyInput!) {
  revokeApiKey(input: $input) { __typename ... on UserError { message } }
}`;

export const IMPORT_RECORDS = `mutation ImportRecords($input: ImportRecordsInput!) {
  importRecords(input: $input) {
    __typename
    ... on ImportRecordsPayload { records { type read written } }
    ... on ImportRefusedError { lineIssues: issues { line path message } }
    ... on UserError { message }
  }
}`;

/**
 * The documents the CLI sends: a server trusts them in every mode of MOAT_TRUSTED_DOCUMENTS, for
 * its operators (each needs a key of the admin scope).
 */
export const CLI_DOCUMENTS = [CREATE_KEY, LIST_KEYS, REVOKE_KEY, IMPORT_RECORDS];

/** `keys create|list|revoke` through the server: the admin mutations and the `apiKeys` list. */
export function remoteKeys(remote: Remote) {
  return {
    async create(name: string, scopes: string[], rateLimit: number | null) {
      const { createApiKey: created } = await remote<{
        createApiKey: Outcome & {
          key: string;
          apiKey: { id: string; name: string; scopes: string[]; rateLimit: number | null };
        };
      }>(CREATE_KEY, { input: { name, scopes, rateLimit } });
      if (created.__typename !== 'CreateApiKeyPayload') throw new RemoteError(String(created.message));
      return { ...created.apiKey, key: created.key };
    },
    async list(): Promise<KeyListing[]> {
      const keys: KeyListing[] = [];
      for (let after: string | null = null; ; ) {
        const {
          apiKeys,
        }: { apiKeys: { nodes: KeyListing[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } =
          await remote(LIST_KEYS, { after });
        keys.push(...apiKeys.nodes);
        if (!apiKeys.pageInfo.hasNextPage) return keys;
        after = apiKeys.pageInfo.endCursor;
      }
    },
    /** False when no unrevoked key has the id. */
    async revoke(id: string): Promise<boolean> {
      const { revokeApiKey: revoked } = await remote<{ revokeApiKey: Outcome }>(REVOKE_KEY, {
        input: { id },
      });
      if (revoked.__typename === 'NotFoundError') return false;
      if (revoked.__typename !== 'RevokeApiKeyPayload') throw new RemoteError(String(revoked.message));
      return true;
    },
  };
}
