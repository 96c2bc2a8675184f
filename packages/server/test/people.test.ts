import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, people, roles } from '../src/db/schema.js';
import { startWriteTestServer, type TestServer } from './helpers.js';

let server: TestServer;
let key = '';
let sourceId = '';

beforeAll(async () => {
  ({ server, key, sourceId } = await startWriteTestServer());
});
afterAll(() => server.close());

const RESULT = `__typename
    ... on UserError { message }
    ... on ValidationError { issues { path message } }`;
const CONFLICT = '... on ConflictError { currentVersion }';
const PERSON = 'person { id slug name bio version roles { title company { slug } } }';
const ROLE =
  'role { id title person { slug } company { slug } since { label } until { label } citations { excerpt } }';

async function mutate(field: string, inputType: string, selection: string, input: unknown, apiKey = key) {
  const payload = `${field[0]?.toUpperCase()}${field.slice(1)}Payload`;
  const conflict = field === 'addRole' ? '' : CONFLICT;
  const query = `mutation ($input: ${inputType}!) { ${field}(input: $input) { ${RESULT} ${conflict} ... on ${payload} { ${selection} } } }`;
  const response = await server.query(query, { input }, apiKey);
  expect(response.errors).toBeUndefined();
  return response.data[field];
}
const createPerson = (input: unknown, apiKey?: string) =>
  mutate('createPerson', 'CreatePersonInput', PERSON, input, apiKey);
const updatePerson = (input: unknown) => mutate('updatePerson', 'UpdatePersonInput', PERSON, input);
const addRole = (input: unknown) => mutate('addRole', 'AddRoleInput', ROLE, input);
const endRole = (input: unknown) => mutate('endRole', 'EndRoleInput', ROLE, input);

async function counts() {
  const db = server.connection.db;
  const [personCount] = await db.select({ n: count() }).from(people);
  const [roleCount] = await db.select({ n: count() }).from(roles);
  const [auditCount] = await db.select({ n: count() }).from(auditLog);
  return { people: personCount?.n ?? 0, roles: roleCount?.n ?? 0, audit: auditCount?.n ?? 0 };
}

const citation = () => ({ source: sourceId, excerpt: 'Liang Wenfeng, founder of DeepSeek' });

describe('createPerson and updatePerson', () => {
  it('creates a person once however often the same input comes, and audits the one write', async () => {
    const before = await counts();
    const first = await createPerson({
      slug: 'liang-wenfeng',
      name: 'Liang Wenfeng',
      bio: 'Founder of DeepSeek.',
    });
    expect(first).toEqual({
      __typename: 'CreatePersonPayload',
      person: {
        id: expect.any(String),
        slug: 'liang-wenfeng',
        name: 'Liang Wenfeng',
        bio: 'Founder of DeepSeek.',
        version: 1,
        roles: [],
      },
    });
    const again = await createPerson({
      slug: 'liang-wenfeng',
      name: 'Liang Wenfeng',
      bio: 'Founder of DeepSeek.',
    });
    expect(again.person.id).toBe(first.person.id);
    expect(await counts()).toEqual({ ...before, people: before.people + 1, audit: before.audit + 1 });
  });

  it('refuses the slug of a person recorded with other facts, a bad slug and a blank name; nothing written', async () => {
    const before = await counts();
    const conflict = await createPerson({ slug: 'liang-wenfeng', name: 'Someone Else' });
    expect(conflict).toMatchObject({ __typename: 'ConflictError', currentVersion: 1 });
    const invalid = await createPerson({ slug: 'Liang Wenfeng', name: ' ' });
    expect(invalid.__typename).toBe('ValidationError');
    expect(invalid.issues.map((issue: { path: string[] }) => issue.path.join('.'))).toEqual([
      'input.slug',
      'input.name',
    ]);
    expect(await counts()).toEqual(before);
  });

  it('refuses a NUL character and the year 0, in Moat’s words; blank text is no text', async () => {
    const nul = await createPerson({ slug: 'nul-person', name: 'A\u0000B' });
    expect(nul.issues).toEqual([{ path: ['input', 'name'], message: 'must not contain a NUL character' }]);
    const ancient = await addRole({
      person: 'sam-altman',
      company: 'openai',
      title: 'Scribe',
      since: { date: '0000-01-01' },
      citation: citation(),
    });
    expect(ancient.issues).toEqual([
      { path: ['input', 'since', 'date'], message: 'must be in the year 1 or later' },
    ]);
    const blank = await createPerson({ slug: 'blank-bio', name: 'Blank Bio', bio: '   ' });
    expect(blank.person.bio).toBeNull();
  });

  it('is refused without a key: NotAuthorizedError, nothing written', async () => {
    const before = await counts();
    const refused = await createPerson({ slug: 'nobody', name: 'Nobody' }, '');
    expect(refused.__typename).toBe('NotAuthorizedError');
    expect(await counts()).toEqual(before);
  });

  it('updates at the version read, and refuses a stale version and an unknown slug', async () => {
    const updated = await updatePerson({
      slug: 'liang-wenfeng',
      expectedVersion: 1,
      bio: 'Founded DeepSeek in 2023.',
    });
    expect(updated.person).toMatchObject({
      name: 'Liang Wenfeng',
      bio: 'Founded DeepSeek in 2023.',
      version: 2,
    });
    const stale = await updatePerson({ slug: 'liang-wenfeng', expectedVersion: 1, bio: 'Lost update' });
    expect(stale).toMatchObject({ __typename: 'ConflictError', currentVersion: 2 });
    const nulled = await updatePerson({ slug: 'liang-wenfeng', expectedVersion: 2, name: null });
    expect(nulled.issues).toEqual([{ path: ['input', 'name'], message: 'must not be null' }]);
    const missing = await updatePerson({ slug: 'no-such-person', expectedVersion: 1, name: 'X' });
    expect(missing.__typename).toBe('NotFoundError');
  });
});

describe('addRole and endRole', () => {
  let roleId = '';

  it('adds a cited role; the same role twice is one', async () => {
    const input = {
      person: 'liang-wenfeng',
      company: 'deepseek',
      title: 'Founder',
      since: { date: '2023-07-01', precision: 'MONTH' },
      citation: citation(),
    };
    const first = await addRole(input);
    expect(first.role).toEqual({
      id: expect.any(String),
      title: 'Founder',
      person: { slug: 'liang-wenfeng' },
      company: { slug: 'deepseek' },
      since: { label: 'July 2023' },
      until: null,
      citations: [{ excerpt: 'Liang Wenfeng, founder of DeepSeek' }],
    });
    roleId = first.role.id;
    const before = await counts();
    expect((await addRole(input)).role.id).toBe(roleId);
    expect(await counts()).toEqual(before);
  });

  it('names unknown slugs, dates out of order and a date in the future; nothing written', async () => {
    const before = await counts();
    const refused = await addRole({
      person: 'nobody-known',
      company: 'deepseek',
      title: 'CEO',
      since: { date: '2024-01-01' },
      until: { date: '2023-01-01' },
      citation: citation(),
    });
    expect(refused.issues).toEqual([{ path: ['input', 'until'], message: 'must not be before `since`' }]);
    const unknown = await addRole({
      person: 'nobody-known',
      company: 'no-company',
      title: 'CEO',
      citation: citation(),
    });
    expect(unknown.issues.map((issue: { path: string[] }) => issue.path.join('.'))).toEqual([
      'input.person',
      'input.company',
    ]);
    const future = await addRole({
      person: 'liang-wenfeng',
      company: 'deepseek',
      title: 'CEO',
      since: { date: '2999-01-01' },
      citation: citation(),
    });
    expect(future.issues).toEqual([
      { path: ['input', 'since', 'date'], message: 'must not be in the future' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('ends a role with a second citation; a different end date later is a conflict', async () => {
    const end = { role: roleId, until: { date: '2025-01-01', precision: 'YEAR' } };
    const ended = await endRole({ ...end, citation: { source: sourceId, excerpt: 'stepped down in 2025' } });
    expect(ended.role).toMatchObject({
      until: { label: '2025' },
      citations: [{ excerpt: 'Liang Wenfeng, founder of DeepSeek' }, { excerpt: 'stepped down in 2025' }],
    });
    const before = await counts();
    expect((await endRole({ ...end, citation: citation() })).role.until).toEqual({ label: '2025' });
    const conflict = await endRole({ ...end, until: { date: '2025-06-01' }, citation: citation() });
    expect(conflict.__typename).toBe('ConflictError');
    expect(await counts()).toEqual(before);
  });

  it('refuses an end before the start, and a role that does not exist', async () => {
    const started = await addRole({
      person: 'liang-wenfeng',
      company: 'deepseek',
      title: 'CEO',
      since: { date: '2024-05-01' },
      citation: citation(),
    });
    const early = await endRole({
      role: started.role.id,
      until: { date: '2024-01-01' },
      citation: citation(),
    });
    expect(early.issues).toEqual([
      { path: ['input', 'until', 'date'], message: 'must not be before the role began (2024-05-01)' },
    ]);
    const missing = await endRole({
      role: Buffer.from('Role:00000000-0000-4000-8000-000000000000').toString('base64'),
      until: { date: '2024-01-01' },
      citation: citation(),
    });
    expect(missing.__typename).toBe('NotFoundError');
  });
});
