// Several `moat serve` processes on one PostgreSQL database, as production runs them behind a
// balancer: what one writes, the other reads (and its subscribers hear), and concurrent writers
// through both leave consistent rows and audit entries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must } from '../assertions.js';
import { type Running, useCli } from '../cli-process.js';
import { copyPostgresTemplate, postGraphQL } from '../helpers.js';
import { databaseUrl, dropDatabase } from '../postgres.js';
import { subscribe } from '../sse.js';

const { scratch, serve, createKey } = useCli('moat-processes-');

const CREATE = `mutation Create($input: CreateCompanyInput!) {
  createCompany(input: $input) { __typename ... on CreateCompanyPayload { company { slug version } } }
}`;
const UPDATE = `mutation Update($input: UpdateCompanyInput!) {
  updateCompany(input: $input) { __typename ... on UpdateCompanyPayload { company { version } } ... on ConflictError { currentVersion } }
}`;

describe('two moat serve processes on one PostgreSQL database', () => {
  let name: string;
  let env: Record<string, string>;
  let key: string;
  let one: Running;
  let two: Running;
  beforeAll(async () => {
    name = await copyPostgresTemplate();
    env = { DATABASE_URL: databaseUrl(name) };
    key = createKey(scratch, 'write', env);
    [one, two] = await Promise.all([serve(scratch, env), serve(scratch, env)]);
  });
  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    if (name) await dropDatabase(name);
  });

  /** Creates a startup through `server`; the answer's type. */
  const create = async (server: Running, slug: string, name: string) => {
    const created = await postGraphQL(
      server.url,
      { query: CREATE, variables: { input: { slug, name, kind: 'STARTUP' } } },
      undefined,
      key,
    );
    return created.data.createCompany.__typename;
  };

  it('reads on one what the other wrote', async () => {
    expect(await create(one, 'written-on-one', 'Written On One')).toBe('CreateCompanyPayload');
    const read = await postGraphQL(two.url, {
      query: '{ company(slug: "written-on-one") { name version } }',
    });
    expect(read.data).toEqual({ company: { name: 'Written On One', version: 1 } });
  });

  it('sends a subscriber on one the changes written through the other', async () => {
    const subscription = await subscribe(
      (init) => fetch(two.url, init),
      'subscription { changes(filter: { types: [Company] }) { kind recordType } }',
    );
    expect(await create(one, 'heard-on-two', 'Heard On Two')).toBe('CreateCompanyPayload');
    expect(await subscription.take(1)).toEqual([{ changes: { kind: 'CREATE', recordType: 'Company' } }]);
    await subscription.close();
  });

  it('takes 2 × 25 concurrent writers: one winner per version, every write audited once', async () => {
    const servers = [one, two];
    // 50 creations at once, half through each process.
    const creations = await Promise.all(
      Array.from({ length: 50 }, (_, n) => create(must(servers[n % 2]), `both-${n}`, `Both ${n}`)),
    );
    expect(creations).toEqual(Array(50).fill('CreateCompanyPayload'));
    // 50 updates of one company at version 1, at once: exactly one wins, the others conflict.
    const updates = await Promise.all(
      Array.from({ length: 50 }, (_, n) =>
        postGraphQL(
          must(servers[n % 2]).url,
          {
            query: UPDATE,
            variables: { input: { slug: 'both-0', aliases: [`Alias ${n}`], expectedVersion: 1 } },
          },
          undefined,
          key,
        ),
      ),
    );
    const kinds = updates.map((answer) => answer.data.updateCompany.__typename);
    expect(kinds.filter((kind) => kind === 'UpdateCompanyPayload')).toHaveLength(1);
    expect(kinds.filter((kind) => kind === 'ConflictError')).toHaveLength(49);

    const { data } = await postGraphQL(two.url, {
      query: `{ companies(first: 100, filter: { name: "Both " }) { totalCount }
        company(slug: "both-0") { version }
        changes(last: 100, filter: { types: [Company] }) { edges { node { kind } } } }`,
    });
    expect(data.companies.totalCount).toBe(50);
    expect(data.company.version).toBe(2);
    const kindsInFeed = data.changes.edges.map((edge: { node: { kind: string } }) => edge.node.kind);
    expect(kindsInFeed.slice(-51).sort()).toEqual([...Array(50).fill('CREATE'), 'UPDATE'].sort());
  });
});
