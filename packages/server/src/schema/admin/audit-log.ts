// The audit log, for admins: every write with its key, time, mutation and the record before and after.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLJSONObject } from 'graphql-scalars';
import { z } from 'zod';
import { countRows } from '../../db/queries/lists.js';
import { keptMoment } from '../../rules/dates.js';
import { builder } from '../builder.js';
import { pageArgsOfForm } from '../shared/cursors.js';
import { ApiKey } from './api-keys.js';

builder.addScalarType('JSONObject', GraphQLJSONObject, {
  description: 'A JSON object: a record as the audit log keeps it.',
});

builder.drizzleObject('auditLog', {
  name: 'AuditEntry',
  description: 'One write to Moat, recorded in the same transaction as the write.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'The entry’s id.' }),
    at: t.expose('at', { type: 'DateTime', description: 'When the write was committed.' }),
    mutation: t.exposeString('mutation', { description: 'The mutation that wrote: "updateCompany".' }),
    recordType: t.exposeString('recordType', { description: 'The type of the record written: "Company".' }),
    recordId: t.id({
      description:
        'The global ID of the record written, for `node(id:)` (an API key’s is for `record` filters only).',
      resolve: (entry) => encodeGlobalID(entry.recordType, entry.recordId),
    }),
    apiKey: t.relation('apiKey', { type: ApiKey, nullable: true, description: 'The key that wrote.' }),
    before: t.expose('before', {
      type: 'JSONObject',
      nullable: true,
      description: 'The record before the write; null for a creation.',
    }),
    after: t.expose('after', {
      type: 'JSONObject',
      nullable: true,
      description: 'The record after the write; null for a deletion.',
    }),
  }),
});

const AuditLogFilter = builder.inputType('AuditLogFilter', {
  description: 'Conditions on audit entries; all given must hold.',
  fields: (t) => ({
    record: t.globalID({ description: 'Only writes to this record (its global ID).' }),
    apiKey: t.string({
      description: 'Only writes made with this key (its id, as `keys list` shows it).',
      validate: z.uuid('must be a key id, as `keys list` shows it'),
    }),
    from: t.field({
      type: 'DateTime',
      description: 'Only writes at or after this moment.',
      validate: keptMoment,
    }),
    to: t.field({ type: 'DateTime', description: 'Only writes before this moment.', validate: keptMoment }),
  }),
});

type Filter = typeof AuditLogFilter.$inferInput | null | undefined;

function auditWhere(filter: Filter) {
  return {
    ...(filter?.record && { recordType: filter.record.typename, recordId: filter.record.id }),
    ...(filter?.apiKey && { apiKeyId: filter.apiKey }),
    ...((filter?.from || filter?.to) && {
      at: { ...(filter.from && { gte: filter.from }), ...(filter.to && { lt: filter.to }) },
    }),
  };
}

builder.queryField('auditLog', (t) =>
  t.drizzleConnection({
    type: 'auditLog',
    description: 'Every write to Moat, newest first. Needs an API key with the `admin` scope.',
    authScopes: { admin: true },
    args: { filter: t.arg({ type: AuditLogFilter, description: 'Conditions the entries must meet.' }) },
    validate: pageArgsOfForm('moment'),
    totalCount: (_parent, args, ctx) => countRows(ctx.db.query.auditLog, auditWhere(args.filter)),
    resolve: (query, _parent, args, ctx) =>
      ctx.db.query.auditLog.findMany(
        query({ where: auditWhere(args.filter), orderBy: { at: 'desc', id: 'desc' } } as const),
      ),
  }),
);
