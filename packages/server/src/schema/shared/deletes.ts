// One delete mutation per type, each with its rule for what it takes with it (the foreign keys in
// db/tables/ carry it out) and why it may be refused.
import type { InputFieldMap } from '@pothos/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import type { Transaction } from '../../db/audit.js';
import type { NodeType } from '../../db/queries/nodes.js';
import { deleteRecord, findRecord, type RecordTable } from '../../db/queries/rows.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import { slug } from '../../rules/slug.js';
import { builder } from '../builder.js';
import { globalIdOf } from './global-ids.js';
import { writeMutation } from './mutations.js';

export interface DeleteRule<Table extends RecordTable> {
  /** The GraphQL type deleted. */
  type: NodeType;
  table: Table;
  /** What the delete takes with it, or why it may be refused: the mutation's description. */
  description: string;
  /** Records are named by slug (companies, people) or by global ID. */
  by: 'slug' | 'id';
  /** Why this record may not be deleted now, if it may not. */
  refuse?: (tx: Transaction, row: Table['$inferSelect']) => Promise<string | undefined>;
}

/** Defines `delete<Type>`, returning the global ID the record had. */
export function deleteMutation<Table extends RecordTable>(rule: DeleteRule<Table>) {
  const bySlug = rule.by === 'slug';
  const label = rule.type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const input = builder.inputType(`Delete${rule.type}Input`, {
    description: `Which ${label} to delete.`,
    fields: (t): InputFieldMap =>
      bySlug
        ? { slug: t.string({ required: true, description: `The ${label}’s slug.` }) }
        : { id: t.globalID({ required: true, description: `The ${label}’s global ID.` }) },
  });
  const schema = bySlug ? z.object({ slug }) : z.object({ id: globalIdOf(rule.type, `a ${label}`) });
  writeMutation(`delete${rule.type}`, {
    type: 'ID',
    description: rule.description,
    input,
    inputDescription: `Which ${label}.`,
    schema,
    errors: [NotFoundError, ...(rule.refuse ? [ConflictError] : [])],
    result: `The deleted ${label}’s ID, or why it stays.`,
    payload: {
      description: `The ${label} deleted.`,
      field: 'deletedId',
      fieldDescription: `The global ID the ${label} had.`,
    },
    write: async (key: { slug: string } | { id: { id: string } }, { tx, audit }) => {
      const before = await findRecord(tx, rule.table, 'slug' in key ? key : key.id);
      if (!before)
        throw new NotFoundError(
          'slug' in key ? `No ${label} has the slug "${key.slug}".` : `No ${label} has this ID.`,
        );
      const refused = await rule.refuse?.(tx, before);
      if (refused) throw new ConflictError(refused);
      await deleteRecord(tx, rule.table, before.id);
      await audit(rule.type, before, null);
      return encodeGlobalID(rule.type, before.id);
    },
  });
}
