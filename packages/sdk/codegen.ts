import type { CodegenConfig } from '@graphql-codegen/cli';
import { moatTypesConfig } from './src/codegen.js';

/** Generates the SDK from the server's printed schema: no running server is needed. */
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: 'src/operations/*.graphql',
  generates: {
    // Result and variable types, and a TypedDocumentNode per operation and fragment.
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: moatTypesConfig,
    },
    // The operation behind each client method, by method name.
    'src/generated/operations.ts': {
      plugins: ['./codegen/operation-methods.mjs'],
    },
  },
};

export default config;
