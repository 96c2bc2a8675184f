// Claims in record files: version 2 files carry Claim records, version 1 files' plain values
// become claims, and export writes every claim so that a file survives export and import whole.
import { describe, expect, it } from 'vitest';
import { must } from '../assertions.js';
import { changesSince, databaseDigest, importRefusal } from '../database.js';
import { graphql } from '../graphql/gql.js';
import { globalId, openNewDatabase, useTestServer } from '../helpers.js';
import { exportRecords, importRecords } from '../moat.js';

const server = useTestServer();

const HEADER = { type: 'Moat', version: 2 };
const lines = (...records: object[]) => records.map((record) => JSON.stringify(record)).join('\n');

const ROUND_ID = '2b0d52a4-4c1f-4f55-9a4e-8f3b6f1d2c10';
const early = {
  type: 'Source',
  key: 'wire',
  kind: 'ARTICLE',
  title: 'Wire',
  publishedAt: '2025-01-10T00:00:00Z',
};
const late = {
  type: 'Source',
  key: 'daily',
  kind: 'ARTICLE',
  title: 'Daily',
  publishedAt: '2025-03-10T00:00:00Z',
};
const WIRE = { source: 'wire', excerpt: 'Acme raised $10 million at a $100 million valuation in January' };
const DAILY = { source: 'daily', excerpt: 'Acme raised $12 million, valuing it at $90 million, in February' };
const round = {
  type: 'FundingRound',
  key: ROUND_ID,
  company: 'openai',
  stage: 'SERIES_A',
  status: 'ANNOUNCED',
  currency: 'USD',
  investors: [{ company: 'meta', lead: true }],
  citations: [WIRE, DAILY],
};
const claim = (property: string, value: unknown, citations: object[], more: object = {}) => ({
  type: 'Claim',
  record: `FundingRound:${ROUND_ID}`,
  property,
  value,
  ...more,
  citations,
});

/** Two sources disagree on the amount; a curator preferred one valuation and deprecated a date. */
const file = lines(
  HEADER,
  early,
  late,
  round,
  claim('amount', '10000000', [WIRE]),
  claim('amount', '12000000', [DAILY], { valueUsd: '12000000' }),
  claim('postMoneyValuation', '100000000', [WIRE], { rank: 'PREFERRED' }),
  claim('postMoneyValuation', '90000000', [DAILY]),
  claim('announcedOn', { date: '2025-01-01', precision: 'MONTH' }, [WIRE]),
  claim('announcedOn', { date: '2025-02-01', precision: 'MONTH' }, [DAILY], {
    rank: 'DEPRECATED',
    reason: 'The round was announced in January; February is when the article ran.',
    recordedAt: '2025-03-11T09:00:00Z',
  }),
);

const RoundClaims = graphql(`
  query RoundClaims($id: ID!) {
    fundingRound(id: $id) {
      stage
      amount { amount amountUsd }
      postMoneyValuation { amount }
      announcedOn { date precision }
      disputed
      amountClaims { value { amount amountUsd } rank citations { excerpt } }
      postMoneyValuationClaims { value { amount } rank }
      announcedOnClaims { value { date } rank deprecationReason recordedAt }
      stageClaims { value rank citations { excerpt } }
      investorsClaims { value { investor { ... on Company { slug } } isLead } citations { excerpt } }
      leadInvestors { ... on Company { slug } }
    }
  }
`);

/** A new database holding only `text`; its export. */
async function exportThroughEmptyDatabase(text: string): Promise<string[]> {
  const connection = await openNewDatabase(async (db) => {
    await importRecords(db, text);
  });
  try {
    return await exportRecords(connection.db);
  } finally {
    await connection.close();
  }
}

describe('a version 2 file', () => {
  it('resolves each property from its Claims: disputed, PREFERRED and DEPRECATED', async () => {
    await importRecords(server.connection.db, file);
    const { data, errors } = await server.query(RoundClaims, { id: globalId('FundingRound', ROUND_ID) });
    expect(errors).toBeUndefined();
    expect(must(data.fundingRound)).toEqual({
      stage: 'SERIES_A',
      // The sources disagree: the one published last wins, and the amount is disputed.
      amount: { amount: '12000000', amountUsd: '12000000' },
      postMoneyValuation: { amount: '100000000' },
      announcedOn: { date: '2025-01-01', precision: 'MONTH' },
      disputed: ['AMOUNT'],
      // The latest recorded first: claims without a time are recorded in line order.
      amountClaims: [
        {
          value: { amount: '12000000', amountUsd: '12000000' },
          rank: 'NORMAL',
          citations: [{ excerpt: DAILY.excerpt }],
        },
        {
          value: { amount: '10000000', amountUsd: null },
          rank: 'NORMAL',
          citations: [{ excerpt: WIRE.excerpt }],
        },
      ],
      postMoneyValuationClaims: [
        { value: { amount: '100000000' }, rank: 'PREFERRED' },
        { value: { amount: '90000000' }, rank: 'NORMAL' },
      ],
      announcedOnClaims: [
        {
          value: { date: '2025-01-01' },
          rank: 'NORMAL',
          deprecationReason: null,
          recordedAt: expect.any(String),
        },
        {
          value: { date: '2025-02-01' },
          rank: 'DEPRECATED',
          deprecationReason: 'The round was announced in January; February is when the article ran.',
          recordedAt: '2025-03-11T09:00:00.000Z',
        },
      ],
      // Plain values no Claim names are claimed by all of the round's citations.
      stageClaims: [
        {
          value: 'SERIES_A',
          rank: 'NORMAL',
          citations: [{ excerpt: WIRE.excerpt }, { excerpt: DAILY.excerpt }],
        },
      ],
      investorsClaims: [
        {
          value: [{ investor: { slug: 'meta' }, isLead: true }],
          citations: [{ excerpt: WIRE.excerpt }, { excerpt: DAILY.excerpt }],
        },
      ],
      leadInvestors: [{ slug: 'meta' }],
    });
  });

  it('export → import into an empty database → export gives the same file, every claim in it', async () => {
    await importRecords(server.connection.db, file);
    const first = await exportRecords(server.connection.db);
    expect(first[0]).toBe('{"type":"Moat","version":2}');
    const claims = first
      .map((line) => JSON.parse(line))
      .filter((record) => record.type === 'Claim' && record.record === `FundingRound:${ROUND_ID}`);
    const wire = { source: expect.any(String), excerpt: WIRE.excerpt };
    const daily = { source: expect.any(String), excerpt: DAILY.excerpt };
    const recordedAt = expect.any(String);
    expect(claims).toEqual([
      { ...claim('stage', 'SERIES_A', [wire, daily]), recordedAt },
      { ...claim('amount', '10000000', [wire]), recordedAt },
      { ...claim('amount', '12000000', [daily], { valueUsd: '12000000' }), recordedAt },
      { ...claim('postMoneyValuation', '100000000', [wire], { rank: 'PREFERRED' }), recordedAt },
      { ...claim('postMoneyValuation', '90000000', [daily]), recordedAt },
      { ...claim('announcedOn', { date: '2025-01-01', precision: 'MONTH' }, [wire]), recordedAt },
      {
        ...claim('announcedOn', { date: '2025-02-01', precision: 'MONTH' }, [daily], {
          rank: 'DEPRECATED',
          reason: 'The round was announced in January; February is when the article ran.',
        }),
        recordedAt: '2025-03-11T09:00:00.000Z',
      },
      {
        ...claim('investors', [{ company: 'meta', lead: true }], [wire, daily]),
        recordedAt,
      },
    ]);
    expect(await exportThroughEmptyDatabase(first.join('\n'))).toEqual(first);
  });

  it('writes an audit entry for each claim it adds, and counts the Claims', async () => {
    const before = await databaseDigest(server);
    // A round of its own, so that no other test of the file has written it.
    const summary = await importRecords(
      server.connection.db,
      file.replaceAll(ROUND_ID, '7c9e6679-7425-40de-944b-e07fc1f90ae7'),
    );
    expect(summary.read).toMatchObject({ Source: 2, FundingRound: 1, Claim: 6 });
    // Six Claim records, and the stage and investors the round's plain fields claim.
    expect(summary.written).toMatchObject({ FundingRound: 1, Claim: 8 });
    const changes = await changesSince(server, before);
    const claimIds = (changes.claims?.added ?? []).map((row) => row.id);
    expect(claimIds).toHaveLength(8);
    expect(
      (changes.audit_log?.added ?? [])
        .filter((entry) => entry.record_type === 'Claim')
        .map((entry) => [entry.mutation, entry.record_id]),
    ).toEqual(expect.arrayContaining(claimIds.map((id) => ['import', id])));
    expect((changes.audit_log?.added ?? []).filter((entry) => entry.record_type === 'Claim')).toHaveLength(8);
  });
});

describe('a version 1 file (no header)', () => {
  it('reads each plain value as one NORMAL claim supported by all of its record’s citations', async () => {
    const citations = [
      { source: 'memo', excerpt: 'Bolt, a Berlin start-up' },
      { source: 'memo', excerpt: 'Bolt builds robots' },
    ];
    const summary = await importRecords(
      server.connection.db,
      lines(
        { type: 'Source', key: 'memo', kind: 'OTHER', title: 'A memo' },
        { type: 'Company', slug: 'bolt', name: 'Bolt', kind: 'STARTUP', country: 'DE', citations },
        // Without citations, a value has no claim: it is kept as it is.
        { type: 'Company', slug: 'volt', name: 'Volt', kind: 'STARTUP', country: 'FR' },
      ),
    );
    expect(summary.written).toMatchObject({ Company: 2, Claim: 2 });
    const { data, errors } = await server.query(
      graphql(`
        query VersionOneClaims {
          bolt: company(slug: "bolt") {
            kind country disputed
            kindClaims { value rank citations { excerpt } }
            countryClaims { value rank citations { excerpt } }
          }
          volt: company(slug: "volt") { country countryClaims { value } }
        }
      `),
    );
    expect(errors).toBeUndefined();
    const everyCitation = citations.map(({ excerpt }) => ({ excerpt }));
    expect(data).toEqual({
      bolt: {
        kind: 'STARTUP',
        country: 'DE',
        disputed: [],
        kindClaims: [{ value: 'STARTUP', rank: 'NORMAL', citations: everyCitation }],
        countryClaims: [{ value: 'DE', rank: 'NORMAL', citations: everyCitation }],
      },
      volt: { country: 'FR', countryClaims: [] },
    });
  });
});

describe('bad Claim records', () => {
  const refusal = (text: string) => importRefusal(server, text);

  it('are refused by shape, naming line and field: property, value, citations, reason', async () => {
    expect(
      await refusal(
        lines(
          HEADER,
          early,
          late,
          round,
          claim('valuation', '1', [WIRE]),
          claim('amount', 12, [WIRE]),
          claim('closedOn', { date: '2025-01-01' }, [WIRE]),
          claim('investors', [{ company: 'meta', lead: 'yes' }], [WIRE]),
          claim('amount', '10', []),
          claim('amount', '11', [WIRE], { rank: 'DEPRECATED' }),
          { type: 'Claim', record: 'Source:wire', property: 'title', value: 'Wire', citations: [WIRE] },
          { type: 'Claim', record: `FundingRound:${ROUND_ID}`, property: 'amount', citations: [WIRE] },
        ),
      ),
    ).toEqual([
      '5: property: a FundingRound has no property "valuation" that takes claims; it has stage, amount, preMoneyValuation, postMoneyValuation, announcedOn, closedOn, investors',
      '6: value: Invalid input: expected string, received number',
      '7: value.precision: Invalid option: expected one of "DAY"|"MONTH"|"QUARTER"|"YEAR"',
      '8: value.0: Invalid input',
      '9: citations: must have at least one citation',
      '10: reason: is required for a DEPRECATED claim',
      '11: record: must name a record as "Type:slug-or-key", like "FundingRound:openai-2025", of type Company, Person, Role, Quote, FundingRound',
      '12: value: is required: the value claimed, or null if the source says there is none',
    ]);
  });

  it('are refused for what they refer to, and a plain value that is not what the claims resolve to', async () => {
    const stranger = { source: 'daily', excerpt: 'Acme hired a new chief executive' };
    expect(
      await refusal(
        lines(
          HEADER,
          early,
          late,
          { ...round, amount: '10000000' },
          claim('amount', '10000000', [WIRE]),
          claim('amount', '12000000', [DAILY]),
          claim('postMoneyValuation', '100000000', [stranger]),
          claim('postMoneyValuation', '100000000.0', [WIRE]),
          claim('closedOn', null, [WIRE], { rank: 'PREFERRED' }),
          claim('closedOn', { date: '2025-02-01', precision: 'MONTH' }, [DAILY], { rank: 'PREFERRED' }),
          claim('stage', 'SERIES_A', [WIRE], { rank: 'DEPRECATED', reason: 'It was a seed round.' }),
          { ...claim('kind', 'STARTUP', [WIRE]), record: 'Company:nowhere' },
        ),
      ),
    ).toEqual([
      '4: stage: must have a value, but every claim on it is DEPRECATED',
      '4: amount: must be left out, or be the value its claims resolve to ("12000000")',
      `7: citations.0: is not one of the citations of FundingRound:${ROUND_ID} (line 4): cite the excerpt there too`,
      '8: value: is the value of the claim on line 7 too: give one claim both citations',
      '10: rank: the claim on line 9 is the property’s PREFERRED one already',
      '12: record: no record in the file is "Company:nowhere"',
    ]);
  });

  it('are refused in a version 1 file, which is told to add the header; so is a late header', async () => {
    expect(await refusal(lines(early, round, claim('amount', '10000000', [WIRE]), HEADER))).toEqual([
      '3: type: a Claim needs format version 2: make {"type":"Moat","version":2} the file’s first line',
      '4: type: the version header must be the first line',
    ]);
    expect(await refusal(lines({ type: 'Moat', version: 3 }, early))).toEqual([
      '1: version: must be 2, the version this Moat reads and writes',
    ]);
  });
});
