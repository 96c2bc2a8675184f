import { createHash } from 'node:crypto';
// The importer's rules, run in-process on a test server's copy of the seeded database (the CLI
// around it is tested as a process in cli/import-export.test.ts).
import { describe, expect, it } from 'vitest';
import { changesSince, databaseDigest, importRefusal } from '../database.js';
import { useTestServer } from '../helpers.js';
import { exportRecords, importRecords } from '../moat.js';

const server = useTestServer();

const lines = (...records: object[]) => records.map((record) => JSON.stringify(record)).join('\n');
const exported = async () => (await exportRecords(server.connection.db)).join('\n');

const refusal = (text: string) => importRefusal(server, text);

const source = { type: 'Source', key: 'memo', kind: 'OTHER', title: 'A memo' };
const cite = (excerpt: string) => [{ source: 'memo', excerpt }];

describe('importing into a database that has data', () => {
  it('an export imported back writes nothing: no record, citation, status change or audit entry', async () => {
    const before = await databaseDigest(server);
    const summary = await importRecords(server.connection.db, await exported());
    expect(Object.values(summary.written).every((n) => n === 0)).toBe(true);
    expect(await changesSince(server, before)).toEqual({});
  });

  it('a round kept as it was gets no new status history or investors from the file', async () => {
    const file = await exported();
    const round = JSON.parse(file.split('\n').find((line) => line.includes('"FundingRound"')) ?? '{}');
    const before = await databaseDigest(server);
    await importRecords(
      server.connection.db,
      lines({ ...round, status: 'CANCELLED', investors: [{ company: 'meta', lead: false }] }),
    );
    expect(await changesSince(server, before)).toEqual({});
  });

  it('refuses an ID that another slug holds, in the database or earlier in the file', async () => {
    const openai = JSON.parse(
      (await exported()).split('\n').find((line) => line.includes('"slug":"openai"')) ?? '{}',
    );
    expect(
      await refusal(
        lines(
          { type: 'Company', slug: 'bolt', id: openai.id, name: 'Bolt', kind: 'STARTUP' },
          { type: 'Person', slug: 'ann', id: '3b241101-e2bb-4255-8caf-4136c566a962', name: 'Ann' },
          { type: 'Person', slug: 'bob', id: '3B241101-E2BB-4255-8CAF-4136C566A962', name: 'Bob' },
        ),
      ),
    ).toEqual([
      '1: id: the database has this ID for "openai", not "bolt"',
      '3: id: this ID is already used on line 2',
    ]);
  });
});

describe('what a line may hold', () => {
  it('names NUL characters, the year 0, oversized decimals and too many citations by line', async () => {
    expect(
      await refusal(
        lines(
          source,
          { type: 'Person', slug: 'nul', name: 'A\u0000B' },
          { type: 'Person', slug: 'old', name: 'Old', citations: cite('x') },
          {
            type: 'Role',
            key: 'r',
            person: 'old',
            company: 'openai',
            title: 'Scribe',
            since: { date: '0000-01-01', precision: 'YEAR' },
          },
          {
            type: 'FundingRound',
            key: 'f',
            company: 'openai',
            stage: 'SEED',
            status: 'CLOSED',
            currency: 'USD',
            amount: '1'.repeat(41),
          },
          {
            type: 'Person',
            slug: 'cited',
            name: 'Cited',
            citations: Array.from({ length: 1001 }, (_, i) => ({ source: 'memo', excerpt: `e${i}` })),
          },
        ),
      ),
    ).toEqual([
      '2: name: must not contain a NUL character',
      '4: since.date: must be in the year 1 or later',
      '5: amount: must be a non-negative decimal string of at most 40 digits (and 20 decimals), like "40000000000"',
      '6: citations: must be at most 1,000 citations',
    ]);
  });

  it('refuses a web address a link must not follow, in a record and in a claim', async () => {
    expect(
      await refusal(
        lines(
          { type: 'Moat', version: 2 },
          { ...source, url: 'javascript:alert(1)', archiveUrl: 'file:///etc/passwd' },
          { type: 'Company', slug: 'linked', name: 'Linked', kind: 'STARTUP', website: 'data:text/html,x' },
          {
            type: 'Claim',
            record: 'Company:openai',
            property: 'website',
            value: 'javascript:alert(1)',
            citations: cite('x'),
          },
        ),
      ),
    ).toEqual([
      '2: url: must be an absolute http or https URL',
      '2: archiveUrl: must be an absolute http or https URL',
      '3: website: must be an absolute http or https URL',
      '4: value: must be an absolute http or https URL',
    ]);
  });

  it('reads a byte order mark, and does not blame lines that refer to a refused one', async () => {
    expect(
      await refusal(
        `\uFEFF${lines(
          source,
          { type: 'Person', slug: 'blank-bio', name: 'Blank', bio: ' ' },
          { type: 'Role', key: 'r2', person: 'blank-bio', company: 'openai', title: 'Adviser' },
        )}`,
      ),
    ).toEqual(['2: bio: must not be blank']);
  });
});

describe('status history', () => {
  it('orders changes by time (offsets read as times), then by ID, as export does; undated ones last', async () => {
    const round = {
      type: 'FundingRound',
      key: 'g',
      company: 'openai',
      stage: 'SEED',
      currency: 'USD',
      citations: cite('g'),
    };
    const file = lines(
      source,
      { ...round, status: 'CLOSED' },
      { type: 'StatusChange', key: 'closed', round: 'g', status: 'CLOSED' },
      {
        type: 'StatusChange',
        key: 'announced',
        round: 'g',
        status: 'ANNOUNCED',
        recordedAt: '2024-05-01T06:00:00Z',
      },
      {
        type: 'StatusChange',
        key: 'rumored',
        round: 'g',
        status: 'RUMORED',
        recordedAt: '2024-05-01T10:00:00+05:00',
      },
    );
    await importRecords(server.connection.db, file);
    const history = (await exported())
      .split('\n')
      .filter((line) => line.includes('"StatusChange"') && line.includes('"recordedAt"'))
      .map((line) => JSON.parse(line))
      .filter(
        (change) =>
          ['RUMORED', 'ANNOUNCED', 'CLOSED'].includes(change.status) && change.citations === undefined,
      );
    expect(history.map((change) => change.status)).toEqual(['RUMORED', 'ANNOUNCED', 'CLOSED']);
    // A round whose last change, so ordered, is not its status is refused.
    expect(
      await refusal(
        lines(
          source,
          { ...round, key: 'h', status: 'RUMORED' },
          {
            type: 'StatusChange',
            key: 'h1',
            round: 'h',
            status: 'RUMORED',
            recordedAt: '2024-05-02T00:00:00Z',
          },
          {
            type: 'StatusChange',
            key: 'h2',
            round: 'h',
            status: 'ANNOUNCED',
            recordedAt: '2024-05-01T23:00:00-02:00',
          },
        ),
      ),
    ).toEqual(['2: status: must be the status of its last StatusChange (ANNOUNCED, line 4)']);
  });
});

describe('a source that keeps its text', () => {
  const text = 'Example Labs, a Paris start-up, raised €12 million.';
  const article = { type: 'Source', key: 'article', kind: 'ARTICLE', title: 'An article', text };
  const company = (citation: object) => ({
    type: 'Company',
    slug: 'example-labs',
    name: 'Example Labs',
    kind: 'STARTUP',
    citations: [{ source: 'article', ...citation }],
  });

  it('refuses an excerpt not in its text, naming the nearest passage, and a selector elsewhere', async () => {
    expect(await refusal(lines(article, company({ excerpt: 'a Lyon start-up' })))).toEqual([
      '2: citations.0.excerpt: does not occur verbatim in the source\'s text; the nearest passage is "a Paris start-u"',
    ]);
    const elsewhere = { start: 0, end: 16, prefix: '', suffix: ', a Paris' };
    expect(
      await refusal(lines(article, company({ excerpt: 'a Paris start-up', selector: elsewhere }))),
    ).toEqual(['2: citations.0.selector: does not name where the excerpt stands in the source’s text']);
  });

  it('keeps its text and sha256, and where each excerpt stands, for export', async () => {
    await importRecords(server.connection.db, lines(article, company({ excerpt: 'a Paris start-up' })));
    const records = (await exportRecords(server.connection.db)).map((line) => JSON.parse(line));
    const source = records.find((record) => record.type === 'Source' && record.title === 'An article');
    expect(source).toMatchObject({ text, sha256: createHash('sha256').update(text).digest('hex') });
    expect(records.find((record) => record.slug === 'example-labs')?.citations).toEqual([
      {
        source: source.key,
        excerpt: 'a Paris start-up',
        selector: { start: 14, end: 30, prefix: 'Example Labs, ', suffix: ', raised €12 million.' },
      },
    ]);
  });
});
