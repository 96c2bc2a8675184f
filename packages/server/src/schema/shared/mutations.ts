// The shape every mutation has: a scope, one `input` checked by its zod schema, one transaction,
// and an audit entry for what it wrote; its expected failures are members of its result union.
import type { InputObjectRef, OutputRef } from '@pothos/core';
import type { z } from 'zod';
import type { Context } from '../../context.js';
import { type AuditEntry, committed, recordWrite, type Transaction } from '../../db/audit.js';
import { parseInput } from '../../errors.js';
import { builder, type MoatSchemaTypes } from '../builder.js';

type Audited = Record<string, unknown> & { id: string };

/** What a mutation's write receives, besides its checked input. */
export interface Write {
  tx: Transaction;
  ctx: Context;
  /** Records the write in the audit log, in its transaction: a creation has no `before`, a deletion no `after`. */
  audit(recordType: string, before: Audited | null, after: Audited | null): Promise<void>;
}

export interface WriteMutationOptions<Schema extends z.ZodType, Shape> {
  /** What it returns: inside a payload (`payload`), or as a member of its union itself. */
  type: OutputRef<Shape> | 'ID';
  description: string;
  /** The scope its API key needs: `write` unless said. */
  scope?: 'write' | 'admin';
  // biome-ignore lint/suspicious/noExplicitAny: any input type; its values are checked by `schema`.
  input: InputObjectRef<PothosSchemaTypes.ExtendDefaultTypes<MoatSchemaTypes>, any>;
  inputDescription: string;
  schema: Schema;
  /** Failures besides ValidationError and NotAuthorizedError, which every mutation has. */
  errors?: (new (
    ...args: never[]
  ) => Error)[];
  /** The description of its result union. */
  result: string;
  /** The success type wrapping `type`, with the field that holds it; left out, `type` is the success. */
  payload?: { description: string; field: string; fieldDescription: string };
  write(input: z.infer<Schema>, write: Write): Promise<Shape>;
}

/** Defines a mutation `name`, run in one transaction, its union named `<Name>Result`. */
export function writeMutation<Schema extends z.ZodType, Shape>(
  name: string,
  { scope = 'write', payload, ...options }: WriteMutationOptions<Schema, Shape>,
) {
  const errors = {
    types: options.errors ?? [],
    union: { description: options.result },
    ...(payload
      ? {
          result: { description: payload.description },
          dataField: { name: payload.field, description: payload.fieldDescription },
        }
      : { directResult: true }),
  };
  builder.mutationField(name, (t) =>
    t.field({
      type: options.type,
      description: options.description,
      authScopes: { [scope]: true },
      args: { input: t.arg({ type: options.input, required: true, description: options.inputDescription }) },
      errors,
      resolve: async (_root: unknown, args: { input: unknown }, ctx: Context) => {
        const input = parseInput(options.schema, args.input);
        const written: AuditEntry[] = [];
        // `read write`: where sessions are read-only by default (serving PostgreSQL), only this writes.
        const result = await ctx.db.transaction(
          (tx) =>
            options.write(input, {
              tx,
              ctx,
              audit: (recordType, before, after) => {
                const record = after ?? before;
                if (!record) throw new Error(`${name}: an audit entry needs the record before or after`);
                const entry = { mutation: name, recordType, recordId: record.id, before, after };
                written.push(entry);
                return recordWrite(tx, ctx.auth, entry);
              },
            }),
          { accessMode: 'read write' },
        );
        // Only now is the write visible to reads: what cached them can forget what it made stale.
        committed(ctx.db, written);
        return result;
      },
    } as never),
  );
}
