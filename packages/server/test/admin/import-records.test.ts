import { describe, expect, it } from 'vitest';
import { recordFile } from '../../bench/record-file.js';
import { auditEntries, auditedTypes } from '../assertions.js';
import { changesSince, databaseDigest } from '../database.js';
import { graphql } from '../graphql/gql.js';
import type { ImportRecordsInput } from '../graphql/graphql.js';
import { useApiKey, useTestServer } from '../helpers.js';

const server = useTestServer();
const keys = {
  admin: useApiKey(server, 'importer', ['admin']),
  write: useApiKey(server, 'analyst', ['write']),
};

const ImportRecords = graphql(`
  mutation ImportRecords($input: ImportRecordsInput!) {
    importRecords(input: $input) {
      __typename
      ... on ImportRecordsPayload { records { type read written } }
      ... on ImportRefusedError { lineIssues: issues { line path message } }
      ... on ValidationError { issues { path message } }
      ... on UserError { message }
    }
  }
`);

const send = (input: ImportRecordsInput, apiKey = keys.admin.key) =>
  server.send(ImportRecords, input, apiKey);

/** Sends `input` and expects it refused as `expected`, with nothing written. */
async function refused(input: ImportRecordsInput, expected: object, apiKey?: string) {
  const before = await databaseDigest(server);
  expect(await send(input, apiKey)).toEqual(expected);
  expect(await changesSince(server, before)).toEqual({});
}

const COMPANY = '{"type":"Company","slug":"mistral-ai","name":"Mistral AI","kind":"STARTUP","country":"FR"}';

describe('importRecords', () => {
  it('imports records as moat import does, each new record audited; the same records again write nothing', async () => {
    const records = recordFile(2);
    const seeded = new Set((await auditEntries(server, 'import')).map((entry) => entry.id));
    expect(await send({ records })).toEqual({
      __typename: 'ImportRecordsPayload',
      records: [
        { type: 'Source', read: 1, written: 1 },
        { type: 'Company', read: 12, written: 12 },
        { type: 'Person', read: 2, written: 2 },
        { type: 'Role', read: 2, written: 2 },
        { type: 'Quote', read: 2, written: 2 },
        { type: 'FundingRound', read: 2, written: 2 },
      ],
    });
    const { data } = await server.query(
      '{ company(slug: "startup-1") { fundingRounds { nodes { status } } } }',
    );
    expect(data.company.fundingRounds.nodes).toEqual([{ status: 'CLOSED' }]);
    expect(await auditedTypes(server, 'import')).toContain('FundingRound');
    // Each new entry names the key that sent the records (the seed's name none).
    const added = (await auditEntries(server, 'import')).filter((entry) => !seeded.has(entry.id));
    expect(added.length).toBeGreaterThan(20);
    expect(new Set(added.map((entry) => entry.apiKeyId))).toEqual(new Set([keys.admin.id]));

    const before = await databaseDigest(server);
    const again = await send({ records });
    expect(again).toMatchObject({ __typename: 'ImportRecordsPayload' });
    expect(again.__typename === 'ImportRecordsPayload' && again.records.map((row) => row.written)).toEqual([
      0, 0, 0, 0, 0, 0,
    ]);
    expect(await changesSince(server, before)).toEqual({});
  });

  it('names every bad line by the number `lines` gives it, and writes nothing', async () => {
    await refused(
      {
        records: [
          COMPANY,
          '{"type":"Company","slug":"Bad Slug","name":"Bad","kind":"STARTUP"}',
          '{"type":"Role","key":"r1","person":"nobody","company":"mistral-ai","title":"Adviser"}',
        ].join('\n'),
        lines: [7, 12, 40],
      },
      {
        __typename: 'ImportRefusedError',
        message: '2 bad lines; nothing was written.',
        lineIssues: [
          {
            line: 12,
            path: 'slug',
            message: 'must be lowercase letters and digits joined by hyphens, like "openai"',
          },
          {
            line: 40,
            path: 'person',
            message: 'no person has the slug "nobody" (in the file or the database)',
          },
        ],
      },
    );
  });

  it('refuses `lines` that do not number the lines of `records`', async () => {
    const invalid = (message: string) => ({
      __typename: 'ValidationError',
      message: `input.lines: ${message}`,
      issues: [{ path: ['input', 'lines'], message }],
    });
    await refused(
      { records: `${COMPANY}\n`, lines: [1] },
      invalid('must give one number per line of records (2), not 1'),
    );
    await refused({ records: `${COMPANY}\n`, lines: [3, 3] }, invalid('must be increasing'));
  });

  it('needs the admin scope', async () => {
    await refused(
      { records: COMPANY },
      {
        __typename: 'NotAuthorizedError',
        message: 'The API key "analyst" lacks the scope this needs (it has: write).',
      },
      keys.write.key,
    );
  });
});
