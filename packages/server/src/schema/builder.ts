import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DrizzlePlugin from '@pothos/plugin-drizzle';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { getTableConfig } from 'drizzle-orm/pg-core';
import type { Context } from '../context.js';
import { relations } from '../db/relations.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './shared/limits.js';
import { complexity, errors, relay, scopeAuth, validation } from './shared/plugin-options.js';

/** What the builder knows of Moat: its context, scopes, tables and scalars. */
export interface MoatSchemaTypes {
  Context: Context;
  AuthScopes: { write: boolean; admin: boolean };
  DrizzleRelations: typeof relations;
  DefaultFieldNullability: false;
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date };
    URL: { Input: URL; Output: string };
    CountryCode: { Input: string; Output: string };
    Currency: { Input: string; Output: string };
    Decimal: { Input: string; Output: string };
    JSONObject: { Input: Record<string, unknown>; Output: unknown };
  };
}

/** The one schema builder: every type and field of Moat is defined on it. */
export const builder = new SchemaBuilder<MoatSchemaTypes>({
  // Errors first, so that it catches what scope-auth throws and returns it as NotAuthorizedError.
  plugins: [ErrorsPlugin, ScopeAuthPlugin, ComplexityPlugin, RelayPlugin, ValidationPlugin, DrizzlePlugin],
  defaultFieldNullability: false,
  drizzle: {
    client: (ctx) => ctx.db,
    getTableConfig,
    relations,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    maxConnectionSize: MAX_PAGE_SIZE,
  },
  complexity,
  errors,
  relay,
  scopeAuth,
  validation,
});
