// Moat records imported over GraphQL, for keys with the `admin` scope: what `moat import` does
// where the database is, for a database a running server holds. A request carries a record file,
// or a part of one (`moat import --url` sends a larger file so).
import { z } from 'zod';
import { ImportRefused, importRecords } from '../../data/import/index.js';
import { RECORD_TYPES, type RecordType } from '../../data/records.js';
import { ImportRefusedError, parseInput, type RecordLineIssue } from '../../errors.js';
import { builder } from '../builder.js';
import { ChangeRecordType } from '../changes/changes.js';
import { UserError } from '../shared/errors.js';

const RecordLineIssueRef = builder.objectRef<RecordLineIssue>('RecordLineIssue').implement({
  description: 'One problem with one line of the records.',
  fields: (t) => ({
    line: t.exposeInt('line', {
      description: 'The line’s number: as `lines` gives it, or counted from 1.',
    }),
    path: t.exposeString('path', {
      description: 'Where in its record: "amount", "citations.0.source"; empty for the whole line.',
    }),
    message: t.exposeString('message', { description: 'What is wrong there.' }),
  }),
});

builder.objectType(ImportRefusedError, {
  name: 'ImportRefusedError',
  description: 'Lines of the records are bad, each problem named; nothing was written.',
  interfaces: [UserError],
  fields: (t) => ({
    issues: t.field({
      type: [RecordLineIssueRef],
      description: 'Every problem found, in line order.',
      resolve: (error) => error.issues,
    }),
  }),
});

const ImportRecordsInput = builder.inputType('ImportRecordsInput', {
  description: 'Moat records to import: a record file, or a part of one.',
  fields: (t) => ({
    records: t.string({
      required: true,
      description:
        'The records as a Moat record file holds them: NDJSON, one a line; a part of a version 2 file begins with its header line, `{"type":"Moat","version":2}`.',
    }),
    lines: t.intList({
      description:
        'The number each line of `records` has in the file it comes from, increasing, so that problems name the file’s lines; left out, 1, 2, 3…',
    }),
  }),
});

const importSchema = z
  .object({ records: z.string(), lines: z.array(z.int().positive()).nullish() })
  .superRefine(({ records, lines }, ctx) => {
    if (!lines) return;
    const count = records.split('\n').length;
    if (lines.length !== count)
      ctx.addIssue({
        code: 'custom',
        path: ['lines'],
        message: `must give one number per line of records (${count}), not ${lines.length}`,
      });
    else if (lines.some((line, index) => index > 0 && line <= (lines[index - 1] as number)))
      ctx.addIssue({ code: 'custom', path: ['lines'], message: 'must be increasing' });
  });

/** Of one record type: how many records the import read, and how many it wrote. */
interface Imported {
  type: RecordType;
  read: number;
  written: number;
}

const ImportedRecords = builder.objectRef<Imported>('ImportedRecords').implement({
  description: 'How many records of one type an import read, and how many of them it wrote.',
  fields: (t) => ({
    type: t.field({ type: ChangeRecordType, description: 'The record type.', resolve: (row) => row.type }),
    read: t.exposeInt('read', { description: 'How many the records held.' }),
    written: t.exposeInt('written', {
      description: 'How many were written; the others were in the database already, and kept as they were.',
    }),
  }),
});

builder.mutationField('importRecords', (t) =>
  t.field({
    type: [ImportedRecords],
    description:
      'Imports Moat records as `moat import` does. Every line is checked first (its shape, then what it refers to, in the records or the database): with any bad line nothing is written; else all are, in one transaction, with an audit entry (mutation `import`) per new record and claim. Records already in the database (same ID or slug) are kept as they are, so the same records imported twice write nothing the second time. A file too large for one request goes in parts, each all or nothing, each record with its StatusChange and Claim lines and after the records it refers to (as `moat import --url` sends it). Needs the `admin` scope.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: ImportRecordsInput, required: true, description: 'The records.' }) },
    errors: {
      types: [ImportRefusedError],
      union: { description: 'What the import read and wrote, or why it wrote nothing.' },
      result: { description: 'What the import read and wrote.' },
      dataField: {
        name: 'records',
        description: 'Per type of record in the records: how many were read, and how many written.',
      },
    },
    resolve: async (_root, args, ctx) => {
      const { records, lines } = parseInput(importSchema, args.input);
      try {
        const summary = await importRecords(ctx.db, lines ? { text: records, lines } : records, {
          apiKeyId: ctx.auth.kind === 'valid' ? ctx.auth.key.id : undefined,
        });
        return RECORD_TYPES.filter((type) => summary.read[type] > 0).map((type) => ({
          type,
          read: summary.read[type],
          written: summary.written[type],
        }));
      } catch (error) {
        if (error instanceof ImportRefused) throw new ImportRefusedError(error.message, error.issues);
        throw error;
      }
    },
  }),
);
