// Node-only (not reachable from the client): codegen settings for apps that type their own
// documents against Moat's schema with @graphql-codegen/cli and its client preset.
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

/** Custom scalars travel as strings (exact decimals, ISO dates and codes, URLs), records as objects. */
const scalars = {
  ...Object.fromEntries(
    ['Date', 'DateTime', 'URL', 'CountryCode', 'Currency', 'Decimal'].map((name) => [name, 'string']),
  ),
  JSONObject: 'Record<string, unknown>',
};

/** The type settings the SDK is generated with; apps use the same, so their types match the SDK's. */
export const moatTypesConfig = {
  scalars,
  strictScalars: true,
  enumsAsTypes: true,
  skipTypename: true,
  onlyOperationTypes: true,
  useTypeImports: true,
  emitLegacyCommonJSImports: false,
};

/** Moat's schema (SDL), shipped with the SDK. */
export const moatSchemaPath = fileURLToPath(new URL('./schema.graphql', import.meta.url));

export interface MoatCodegenOptions {
  /** Files holding the app's `graphql(...)` documents, such as `'src/**\/*.{ts,tsx}'`. */
  documents: string | string[];
  /** Folder the client preset writes to, ending in `/`, such as `'src/moat/'`. */
  output: string;
  /** Another copy of the schema; the one shipped with the SDK by default. */
  schema?: string;
  /**
   * Mask fragment fields from the documents that spread them, so each component reads only what
   * its own fragment selects (through `getFragmentData`); off by default.
   */
  fragmentMasking?: boolean;
  /**
   * Give each operation's document the sha256 hash of its text (`__meta__.hash`), which
   * `moat.request` sends in its place, and write them all to `persisted-documents.json` in
   * `output`: trusted documents for a Moat server (MOAT_TRUSTED_DOCUMENTS_FILE). Off by default.
   */
  persistedDocuments?: boolean;
}

/**
 * A codegen config for an app's own documents: the client preset's typed `graphql()` in
 * `output`, with Moat's schema and the SDK's type settings. Pass its documents to `moat.request`.
 */
export function moatCodegenConfig({
  documents,
  output,
  schema = moatSchemaPath,
  fragmentMasking = false,
  persistedDocuments = false,
}: MoatCodegenOptions) {
  return {
    schema,
    documents,
    ignoreNoDocuments: true,
    generates: {
      [output]: {
        preset: 'client',
        presetConfig: {
          fragmentMasking: fragmentMasking && { unmaskFunctionName: 'getFragmentData' },
          persistedDocuments: persistedDocuments && { hashAlgorithm: 'sha256' },
        },
        config: moatTypesConfig,
      },
    },
  } satisfies CodegenConfig;
}
