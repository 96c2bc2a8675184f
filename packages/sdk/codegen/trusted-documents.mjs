// A codegen plugin: the SDK's trusted documents, as a JSON object of each operation's document by
// the sha256 hash (hex) of its text. The text is graphql's print() of the document the SDK sends,
// fragments included, so a server that runs only these documents (MOAT_TRUSTED_DOCUMENTS=only)
// knows each of them by its hash or by its text.
import { createHash } from 'node:crypto';
import { plugin as typedDocumentNode } from '@graphql-codegen/typed-document-node';
import { print } from 'graphql';

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/**
 * Codegen's hook for each operation's document (as sent, with its fragments): the hash it is
 * filed under in `__meta__`, which the client sends in its place.
 * @param {import('graphql').DocumentNode} document
 */
export const documentHash = (document) => ({ hash: sha256(print(document)) });

/** @type {import('@graphql-codegen/plugin-helpers').CodegenPlugin['plugin']} */
export async function plugin(schema, documents, config) {
  const texts = new Map();
  // The documents typed-document-node writes for the same sources and config, as it hands them over.
  await typedDocumentNode(schema, documents, {
    ...config,
    unstable_onExecutableDocumentNode: (document) => {
      const text = print(document);
      texts.set(sha256(text), text);
    },
  });
  const byHash = [...texts].sort(([a], [b]) => (a < b ? -1 : 1));
  return `${JSON.stringify(Object.fromEntries(byHash), null, 2)}\n`;
}
