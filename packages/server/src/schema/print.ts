import { printSchema } from 'graphql';
import { schema } from './index.js';

/** The SDL committed as schema.graphql; the SDK's codegen reads that file. */
export function printSchemaSdl(): string {
  return `${printSchema(schema)}\n`;
}
