import type { CodegenConfig } from '@graphql-codegen/cli';
import { documentHash } from './codegen/trusted-documents.mjs';
import { moatTypesConfig } from './src/codegen.js';

/** Generates the SDK from the server's printed schema: no running server is needed. */
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: 'src/operations/*.graphql',
  generates: {
    // Result and variable types, and a TypedDocumentNode per operation and fragment; each
    // operation's carries its hash in `__meta__`, to be sent in its place.
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: { ...moatTypesConfig, unstable_onExecutableDocumentNode: documentHash },
    },
    // The operation behind each client method, by method name.
    'src/generated/operations.ts': {
      plugins: ['./codegen/operation-methods.mjs'],
    },
    // Every operation's document by its hash: the manifest a server trusts.
    'src/generated/trusted-documents.json': {
      plugins: ['./codegen/trusted-documents.mjs'],
      config: moatTypesConfig,
    },
  },
};

export default config;
