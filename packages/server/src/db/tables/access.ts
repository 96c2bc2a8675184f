// Who may write, and what each write changed.
import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { id } from './columns.js';
import { apiKeyScope } from './enums.js';

/** Keys that may write (scope `write`) or manage keys (`admin`). Only a hash of a key is kept. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: id(),
    name: text('name').notNull(),
    scopes: apiKeyScope('scopes').array().notNull(),
    /** SHA-256 of the key, hex: the key itself is shown once, when it is created. */
    keyHash: text('key_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    /** Points a minute this key may spend; null: the server's limit for every key. */
    rateLimit: integer('rate_limit'),
  },
  (t) => [
    check('api_keys_name_not_blank', sql`length(trim(${t.name})) > 0`),
    check('api_keys_rate_limit_positive', sql`${t.rateLimit} > 0`),
  ],
);

/** PostgreSQL's 64-bit transaction ID, read as its decimal text. */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' });

/** One row per write: who wrote (which key), when, through which mutation, and the record before and after. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: id(),
    apiKeyId: uuid('api_key_id').references(() => apiKeys.id, { onDelete: 'restrict' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    mutation: text('mutation').notNull(),
    recordType: text('record_type').notNull(),
    recordId: uuid('record_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    /**
     * The writing transaction, and the entry's place in the order of all entries: the change feed
     * reads them in this order, and only those of transactions older than any still running.
     */
    transactionId: xid8('transaction_id').notNull().default(sql`pg_current_xact_id()`),
    position: bigint('position', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
  },
  (t) => [
    index('audit_log_feed_idx').on(t.transactionId, t.position),
    index('audit_log_record_idx').on(t.recordType, t.recordId, t.at),
    index('audit_log_key_idx').on(t.apiKeyId, t.at),
    index('audit_log_at_idx').on(t.at),
  ],
);
