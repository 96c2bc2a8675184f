// Trusted documents (persisted operations): a client sends the sha256 hash of a document the
// server holds instead of the document, and a server may run nothing else.
import { createHash } from 'node:crypto';
import {
  defaultExtractPersistedOperationId,
  usePersistedOperations,
} from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';
// The SDK's operations, built into the server: the documents of the SDK of its own release.
import sdkDocuments from '../../sdk/src/generated/trusted-documents.json' with { type: 'json' };
import { CLI_DOCUMENTS } from './remote.js';

/**
 * Which documents the server runs (MOAT_TRUSTED_DOCUMENTS): `off`, any sent whole; `allow`, any
 * sent whole and the trusted ones by hash too; `only`, the trusted ones alone, by hash or whole.
 */
export type TrustedDocumentsMode = 'off' | 'allow' | 'only';

/** Documents by the sha256 hash of their text, in hex: the SDK's trusted-documents.json is one. */
export type TrustedDocuments = Record<string, string>;

export const SDK_DOCUMENTS: TrustedDocuments = sdkDocuments;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Reads a manifest: a JSON object of documents by the sha256 hash of their text (as the SDK's,
 * or codegen's persisted-documents.json with `hashAlgorithm: 'sha256'`). Throws, naming the
 * first entry that is not one.
 */
export function readTrustedDocuments(json: string): TrustedDocuments {
  const documents: unknown = JSON.parse(json);
  if (typeof documents !== 'object' || documents === null || Array.isArray(documents))
    throw new Error('it is not a JSON object of documents by their sha256 hash');
  for (const [hash, text] of Object.entries(documents)) {
    if (typeof text !== 'string' || sha256(text) !== hash)
      throw new Error(`"${hash}" is not the sha256 hash of its document`);
  }
  return documents as TrustedDocuments;
}

const error = (message: string, code: string, status: number) => ({
  message,
  extensions: { code, http: { status } },
});

/** GraphiQL is off in `only` mode (its documents would be refused): its address says so. */
const graphiqlOff: Plugin = {
  onRequest({ request, endResponse, fetchAPI }) {
    if (request.method !== 'GET' || !request.headers.get('accept')?.includes('text/html')) return;
    const message =
      'GraphiQL is off: this Moat server runs trusted documents only (MOAT_TRUSTED_DOCUMENTS=only).';
    endResponse(new fetchAPI.Response(message, { status: 404, headers: { 'content-type': 'text/plain' } }));
  },
};

/**
 * The plugins of `allow` and `only`. A request with a known hash runs its document, whatever
 * else it sends; a document sent whole whose hash is known counts as sent by hash; anything else
 * sent whole runs in `allow` and is refused in `only`. An unknown hash is refused in both.
 */
export function trustedDocuments(mode: 'allow' | 'only', documents: TrustedDocuments): Plugin[] {
  const known = new Map([
    ...Object.entries(documents),
    ...CLI_DOCUMENTS.map((text) => [sha256(text), text] as const),
  ]);
  const preferHash: Plugin = {
    onParams({ params, request, context, setParams }) {
      if (typeof params.query !== 'string') return;
      const sent = defaultExtractPersistedOperationId(params, request, context);
      const hash = sent && known.has(sent) ? sent : sha256(params.query);
      if (!known.has(hash)) return;
      const extensions = { ...params.extensions, persistedQuery: { version: 1, sha256Hash: hash } };
      setParams({ ...params, query: undefined, extensions });
    },
  };
  return [
    ...(mode === 'only' ? [graphiqlOff] : []),
    preferHash,
    usePersistedOperations({
      getPersistedOperation: (hash) => known.get(hash) ?? null,
      allowArbitraryOperations: mode === 'allow',
      customErrors: {
        notFound: error('No trusted document has this sha256 hash.', 'PERSISTED_QUERY_NOT_FOUND', 400),
        persistedQueryOnly: error(
          'This server runs trusted documents only: send the sha256 hash of one in extensions.persistedQuery, or one of them whole.',
          'TRUSTED_DOCUMENT_REQUIRED',
          403,
        ),
        keyNotFound: error(
          'Send a GraphQL document in "query", or the sha256 hash of a trusted one in extensions.persistedQuery.',
          'BAD_REQUEST',
          400,
        ),
      },
    }),
  ];
}
