// Types the GraphQL documents the tests write with `graphql(...)`: run `pnpm codegen:tests`
// after changing one (a test fails while test/graphql/ is stale).
import type { CodegenConfig } from '@graphql-codegen/cli';

/** Every custom scalar travels as a string (decimals, dates, codes, URLs), JSONObject as a record. */
const scalarTypes = Object.fromEntries([
  ...['CountryCode', 'Currency', 'Date', 'DateTime', 'Decimal', 'URL'].map((name) => [name, 'string']),
  ['JSONObject', 'Record<string, unknown>'],
]);

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['test/**/*.ts', '!test/graphql/**'],
  ignoreNoDocuments: false,
  generates: {
    'test/graphql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: scalarTypes,
        strictScalars: true,
        enumsAsTypes: true,
        skipTypename: true,
        onlyOperationTypes: true,
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
      },
    },
  },
};

export default config;
