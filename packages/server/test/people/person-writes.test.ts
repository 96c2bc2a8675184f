import { describe, expect, it } from 'vitest';
import { ofType } from '../assertions.js';
import { changesSince, databaseDigest } from '../database.js';
import type { UpdatePersonInput } from '../graphql/graphql.js';
import { useWriteTestServer } from '../helpers.js';
import { AddRole, CreatePerson, founderExcerpt, liang, UpdatePerson } from './documents.js';

const { server, analyst, source } = useWriteTestServer();

describe('createPerson and updatePerson', () => {
  it('creates a person once however often the same input comes, and audits the one write', async () => {
    const before = await databaseDigest(server);
    const first = await server.send(CreatePerson, liang, analyst.key);
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
    const recorded = { slug: 'liang-wenfeng', name: 'Liang Wenfeng', version: 1 };
    expect(await changesSince(server, before)).toEqual({
      people: { added: [expect.objectContaining(recorded)] },
      audit_log: {
        added: [
          expect.objectContaining({
            api_key_id: analyst.id,
            mutation: 'createPerson',
            before: null,
            after: expect.objectContaining(recorded),
          }),
        ],
      },
    });
    const written = await databaseDigest(server);
    const again = await server.send(CreatePerson, liang, analyst.key);
    expect(ofType(again, 'CreatePersonPayload').person.id).toBe(
      ofType(first, 'CreatePersonPayload').person.id,
    );
    expect(await changesSince(server, written)).toEqual({});
  });

  it('refuses the slug of a person recorded with other facts, a bad slug and a blank name; nothing written', async () => {
    const before = await databaseDigest(server);
    const conflict = await server.send(
      CreatePerson,
      { slug: 'sam-altman', name: 'Someone Else' },
      analyst.key,
    );
    expect(conflict).toMatchObject({ __typename: 'ConflictError', currentVersion: 1 });
    const invalid = await server.send(CreatePerson, { slug: 'Liang Wenfeng', name: ' ' }, analyst.key);
    expect(invalid.__typename).toBe('ValidationError');
    expect(ofType(invalid, 'ValidationError').issues.map((issue) => issue.path.join('.'))).toEqual([
      'input.slug',
      'input.name',
    ]);
    expect(await changesSince(server, before)).toEqual({});
  });

  it('refuses a NUL character and the year 0, in Moat’s words, writing nothing; blank text is no text', async () => {
    const before = await databaseDigest(server);
    const nul = await server.send(CreatePerson, { slug: 'nul-person', name: 'A\u0000B' }, analyst.key);
    expect(ofType(nul, 'ValidationError').issues).toEqual([
      { path: ['input', 'name'], message: 'must not contain a NUL character' },
    ]);
    const ancient = await server.send(
      AddRole,
      {
        person: 'sam-altman',
        company: 'openai',
        title: 'Scribe',
        since: { date: '0000-01-01' },
        citation: { source: source.id, excerpt: founderExcerpt },
      },
      analyst.key,
    );
    expect(ofType(ancient, 'ValidationError').issues).toEqual([
      { path: ['input', 'since', 'date'], message: 'must be in the year 1 or later' },
    ]);
    expect(await changesSince(server, before)).toEqual({});
    const blank = await server.send(
      CreatePerson,
      { slug: 'blank-bio', name: 'Blank Bio', bio: '   ' },
      analyst.key,
    );
    expect(ofType(blank, 'CreatePersonPayload').person.bio).toBeNull();
  });

  it('is refused without a key: NotAuthorizedError, nothing written', async () => {
    const before = await databaseDigest(server);
    const refused = await server.send(CreatePerson, { slug: 'nobody', name: 'Nobody' }, '');
    expect(refused.__typename).toBe('NotAuthorizedError');
    expect(await changesSince(server, before)).toEqual({});
  });

  it('updates at the version read, and refuses a stale version and an unknown slug, writing nothing', async () => {
    const update = (input: UpdatePersonInput) => server.send(UpdatePerson, input, analyst.key);
    const citation = { source: source.id, excerpt: 'Gary Marcus, professor emeritus at New York University' };
    const updated = await update({
      slug: 'gary-marcus',
      expectedVersion: 1,
      bio: 'Professor emeritus at New York University.',
      citation,
    });
    expect(ofType(updated, 'UpdatePersonPayload').person).toMatchObject({
      name: 'Gary Marcus',
      bio: 'Professor emeritus at New York University.',
      version: 2,
    });
    const before = await databaseDigest(server);
    const stale = await update({ slug: 'gary-marcus', expectedVersion: 1, bio: 'Lost update', citation });
    expect(stale).toMatchObject({ __typename: 'ConflictError', currentVersion: 2 });
    const nulled = await update({ slug: 'gary-marcus', expectedVersion: 2, name: null });
    expect(ofType(nulled, 'ValidationError').issues).toEqual([
      { path: ['input', 'name'], message: 'must not be null' },
    ]);
    const missing = await update({ slug: 'no-such-person', expectedVersion: 1, name: 'X' });
    expect(missing.__typename).toBe('NotFoundError');
    expect(await changesSince(server, before)).toEqual({});
  });
});
