import { beforeAll, describe, expect, it } from 'vitest';
import { addedClaim, addedClaimCitation, claimAudited, ofType } from '../assertions.js';
import { changesSince, databaseDigest } from '../database.js';
import type { AddRoleInput, EndRoleInput } from '../graphql/graphql.js';
import { globalId, useWriteTestServer, uuidOf } from '../helpers.js';
import { AddRole, CreatePerson, EndRole, founderExcerpt, liang } from './documents.js';

const { server, analyst, source } = useWriteTestServer();
beforeAll(async () => {
  expect((await server.send(CreatePerson, liang, analyst.key)).__typename).toBe('CreatePersonPayload');
});

const citation = () => ({ source: source.id, excerpt: founderExcerpt });
const addRole = (input: AddRoleInput) => server.send(AddRole, input, analyst.key);
const endRole = (input: EndRoleInput) => server.send(EndRole, input, analyst.key);

describe('addRole and endRole', () => {
  it('adds a cited role; the same role twice is one', async () => {
    const input = {
      person: 'liang-wenfeng',
      company: 'deepseek',
      title: 'Founder',
      since: { date: '2023-07-01', precision: 'MONTH' },
      citation: citation(),
    } satisfies AddRoleInput;
    const first = ofType(await addRole(input), 'AddRolePayload');
    expect(first.role).toEqual({
      id: expect.any(String),
      title: 'Founder',
      person: { slug: 'liang-wenfeng' },
      company: { slug: 'deepseek' },
      since: { label: 'July 2023' },
      until: null,
      citations: [{ excerpt: 'Liang Wenfeng, founder of DeepSeek' }],
    });
    const before = await databaseDigest(server);
    expect(ofType(await addRole(input), 'AddRolePayload').role.id).toBe(first.role.id);
    expect(await changesSince(server, before)).toEqual({});
  });

  it('names unknown slugs, dates out of order and a date in the future; nothing written', async () => {
    const before = await databaseDigest(server);
    const refused = await addRole({
      person: 'nobody-known',
      company: 'deepseek',
      title: 'CEO',
      since: { date: '2024-01-01' },
      until: { date: '2023-01-01' },
      citation: citation(),
    });
    expect(ofType(refused, 'ValidationError').issues).toEqual([
      { path: ['input', 'until'], message: 'must not be before `since`' },
    ]);
    const unknown = await addRole({
      person: 'nobody-known',
      company: 'no-company',
      title: 'CEO',
      citation: citation(),
    });
    expect(ofType(unknown, 'ValidationError').issues.map((issue) => issue.path.join('.'))).toEqual([
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
    expect(ofType(future, 'ValidationError').issues).toEqual([
      { path: ['input', 'since', 'date'], message: 'must not be in the future' },
    ]);
    expect(await changesSince(server, before)).toEqual({});
  });

  it('ends a role with a second citation; a different end date later is a second claim, and disputed', async () => {
    const started = await addRole({
      person: 'liang-wenfeng',
      company: 'deepseek',
      title: 'Chief Executive',
      since: { date: '2023-07-01', precision: 'MONTH' },
      citation: citation(),
    });
    const role = ofType(started, 'AddRolePayload').role.id;
    const end = { role, until: { date: '2025-01-01', precision: 'YEAR' as const } };
    const steppedDown = { excerpt: 'stepped down in 2025' };
    const ended = await endRole({ ...end, citation: { source: source.id, ...steppedDown } });
    expect(ofType(ended, 'EndRolePayload').role).toMatchObject({
      until: { label: '2025' },
      citations: [{ excerpt: founderExcerpt }, steppedDown],
      untilClaims: [{ value: { label: '2025' }, citations: [steppedDown] }],
      disputed: [],
    });
    // The same date again: its claim gains the excerpt (a claim's excerpts are in the role's order).
    const again = await endRole({ ...end, citation: citation() });
    expect(ofType(again, 'EndRolePayload').role).toMatchObject({
      until: { label: '2025' },
      untilClaims: [{ value: { label: '2025' }, citations: [{ excerpt: founderExcerpt }, steppedDown] }],
      disputed: [],
    });

    // Another date is a second claim; from the same source but recorded later, it is the one read.
    const before = await databaseDigest(server);
    const leftInJune = { excerpt: 'left in June 2025' };
    const later = await endRole({
      role,
      until: { date: '2025-06-01' },
      citation: { source: source.id, ...leftInJune },
    });
    expect(ofType(later, 'EndRolePayload').role).toMatchObject({
      until: { label: '2025-06-01' },
      citations: [{ excerpt: founderExcerpt }, steppedDown, leftInJune],
      untilClaims: [
        { value: { label: '2025-06-01' }, citations: [leftInJune] },
        { value: { label: '2025' }, citations: [{ excerpt: founderExcerpt }, steppedDown] },
      ],
      disputed: ['UNTIL'],
    });
    const roleId = uuidOf(role);
    const until = { date: '2025-06-01', precision: 'DAY' };
    expect(await changesSince(server, before)).toEqual({
      roles: { changed: { [roleId]: { until: '2025-06-01', until_precision: 'DAY', disputed: ['until'] } } },
      citations: { added: [expect.objectContaining({ role_id: roleId, ...leftInJune })] },
      claims: { added: [addedClaim({ role_id: roleId }, 'until', until)] },
      claim_citations: { added: [addedClaimCitation] },
      audit_log: {
        added: expect.inAnyOrder([
          expect.objectContaining({
            mutation: 'endRole',
            record_type: 'Citation',
            after: expect.objectContaining(leftInJune),
          }),
          claimAudited('endRole', 'until', until),
          expect.objectContaining({ mutation: 'endRole', record_type: 'Role', record_id: roleId }),
        ]),
      },
    });
  });

  it('refuses an end before the start, and a role that does not exist; nothing written', async () => {
    const started = await addRole({
      person: 'liang-wenfeng',
      company: 'deepseek',
      title: 'CEO',
      since: { date: '2024-05-01' },
      citation: citation(),
    });
    const before = await databaseDigest(server);
    const early = await endRole({
      role: ofType(started, 'AddRolePayload').role.id,
      until: { date: '2024-01-01' },
      citation: citation(),
    });
    expect(ofType(early, 'ValidationError').issues).toEqual([
      { path: ['input', 'until', 'date'], message: 'must not be before the role began (2024-05-01)' },
    ]);
    const missing = await endRole({
      role: globalId('Role', '00000000-0000-4000-8000-000000000000'),
      until: { date: '2024-01-01' },
      citation: citation(),
    });
    expect(missing.__typename).toBe('NotFoundError');
    expect(await changesSince(server, before)).toEqual({});
  });
});
