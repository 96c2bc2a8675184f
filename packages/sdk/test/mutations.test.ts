import { createHash } from 'node:crypto';
import { startMoatServer } from '@moat/server/testing.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMoatClient, type MoatClient } from '../src/index.js';
import { answeringFetch, recordingFetch } from './helpers.js';

// Writes get a server of their own, so that the other tests read the seeded data set alone.
let moatUrl = '';
let apiKey = '';
let adminKey = '';
let stop: () => Promise<void> = async () => {};
beforeAll(async () => {
  ({ url: moatUrl, writeKey: apiKey, adminKey, stop } = await startMoatServer());
});
afterAll(() => stop());
const input = { slug: 'anthropic', name: 'Anthropic', kind: 'STARTUP' as const, country: 'US' };

/** The ID of the seeded article these tests cite. */
async function seededSource(moat: MoatClient) {
  const { sources } = await moat.sources();
  const source = sources.nodes.find((node) => node.title === 'The rise of DeepSeek')?.id;
  if (!source) throw new Error('the seeded source is missing');
  return source;
}

describe('mutations through the SDK', () => {
  it('createCompany with an API key: a payload with the company; the same input again gives the same one', async () => {
    const moat = createMoatClient({ url: moatUrl, apiKey });
    const { createCompany } = await moat.createCompany({ input });
    if (createCompany.__typename !== 'CreateCompanyPayload') throw new Error(createCompany.message);
    expect(createCompany.company).toMatchObject({
      slug: 'anthropic',
      name: 'Anthropic',
      country: 'US',
      version: 1,
    });
    const again = await moat.createCompany({ input });
    expect(again.createCompany).toEqual(createCompany);
  });

  it('updateCompany narrows to ConflictError on a stale version, and to the payload on the current one', async () => {
    const moat = createMoatClient({ url: moatUrl, apiKey });
    await moat.createCompany({ input });
    const citation = { source: await seededSource(moat), excerpt: 'Anthropic, based in San Francisco.' };
    const stale = await moat.updateCompany({
      input: { slug: 'anthropic', expectedVersion: 7, headquarters: 'SF', citation },
    });
    expect(stale.updateCompany).toMatchObject({ __typename: 'ConflictError', currentVersion: 1 });
    const { updateCompany } = await moat.updateCompany({
      input: { slug: 'anthropic', expectedVersion: 1, headquarters: 'San Francisco', citation },
    });
    if (updateCompany.__typename !== 'UpdateCompanyPayload') throw new Error(updateCompany.message);
    expect(updateCompany.company).toMatchObject({ headquarters: 'San Francisco', version: 2, disputed: [] });
    expect(updateCompany.company.headquartersClaims.map((claim) => [claim.value, claim.rank])).toEqual([
      ['San Francisco', 'NORMAL'],
    ]);
  });

  it('without a key, the typed NotAuthorizedError, not a thrown error', async () => {
    const moat = createMoatClient({ url: moatUrl });
    const { createCompany } = await moat.createCompany({
      input: { ...input, slug: 'cohere', name: 'Cohere' },
    });
    expect(createCompany).toEqual({
      __typename: 'NotAuthorizedError',
      message: 'This needs an API key: send "Authorization: Bearer <key>".',
    });
  });

  it('a ValidationError lists every problem with its input path', async () => {
    const { fetch, requests } = recordingFetch();
    const moat = createMoatClient({ url: moatUrl, apiKey, fetch });
    const { createCompany } = await moat.createCompany({
      input: { slug: 'Bad Slug', name: ' ', kind: 'STARTUP' },
    });
    expect(
      createCompany.__typename === 'ValidationError' && createCompany.issues.map((issue) => issue.path),
    ).toEqual([
      ['input', 'slug'],
      ['input', 'name'],
    ]);
    expect(requests[0]?.headers.get('authorization')).toBe(`Bearer ${apiKey}`);
  });

  it('is never retried, even after a 5xx', async () => {
    const down = answeringFetch(503, 'Service Unavailable', 'text/plain');
    const moat = createMoatClient({
      url: moatUrl,
      apiKey,
      fetch: down.fetch,
      retry: { retries: 3, delayMs: 1 },
    });
    await expect(moat.createCompany({ input })).rejects.toMatchObject({ status: 503 });
    expect(down.calls).toHaveLength(1);
  });
});

describe('people, roles, rounds and deletes through the SDK', () => {
  let moat: ReturnType<typeof createMoatClient>;
  let source = '';
  const cite = (excerpt: string) => ({ source, excerpt });

  beforeAll(async () => {
    moat = createMoatClient({ url: moatUrl, apiKey });
    source = await seededSource(moat);
    // Investors the seed does not have; creating a company twice gives the same one.
    for (const [slug, name, kind] of [
      ['nvidia', 'Nvidia', 'CORPORATION'],
      ['salesforce', 'Salesforce', 'CORPORATION'],
      ['lux-capital', 'Lux Capital', 'INVESTOR'],
      ['sequoia-capital', 'Sequoia Capital', 'INVESTOR'],
    ] as const) {
      const { createCompany } = await moat.createCompany({ input: { slug, name, kind, country: 'US' } });
      if (createCompany.__typename !== 'CreateCompanyPayload') throw new Error(createCompany.message);
    }
  });

  it('createPerson, then updatePerson: a stale version narrows to ConflictError with the current one', async () => {
    const input = { slug: 'liang-wenfeng', name: 'Liang Wenfeng', bio: 'Founder of DeepSeek.' };
    const { createPerson } = await moat.createPerson({ input });
    if (createPerson.__typename !== 'CreatePersonPayload') throw new Error(createPerson.message);
    expect(createPerson.person).toEqual({
      id: expect.any(String),
      slug: 'liang-wenfeng',
      name: 'Liang Wenfeng',
      version: 1,
      bio: 'Founder of DeepSeek.',
      roles: [],
      // Without a citation, the bio is no claim.
      disputed: [],
      bioClaims: [],
    });
    expect((await moat.createPerson({ input })).createPerson).toEqual(createPerson);
    const other = await moat.createPerson({ input: { ...input, name: 'Wenfeng Liang' } });
    expect(other.createPerson).toMatchObject({ __typename: 'ConflictError', currentVersion: 1 });

    const update = {
      slug: 'liang-wenfeng',
      bio: 'Founder and CEO of DeepSeek.',
      citation: cite('Liang Wenfeng, DeepSeek’s founder and chief executive.'),
    };
    const stale = await moat.updatePerson({ input: { ...update, expectedVersion: 4 } });
    expect(stale.updatePerson).toEqual({
      __typename: 'ConflictError',
      message: 'The person "liang-wenfeng" is at version 1, not 4: read it again, then retry.',
      currentVersion: 1,
    });
    const { updatePerson } = await moat.updatePerson({ input: { ...update, expectedVersion: 1 } });
    if (updatePerson.__typename !== 'UpdatePersonPayload') throw new Error(updatePerson.message);
    expect(updatePerson.person).toMatchObject({
      name: 'Liang Wenfeng',
      bio: 'Founder and CEO of DeepSeek.',
      version: 2,
    });
    const { person } = await moat.person({ slug: 'liang-wenfeng' });
    expect(person?.version).toBe(2);
    const missing = await moat.updatePerson({ input: { slug: 'no-such-person', expectedVersion: 1 } });
    expect(missing.updatePerson.__typename).toBe('NotFoundError');
  });

  it('addRole, then endRole: the role ends with the second citation last; another date leaves `until` disputed', async () => {
    const { createPerson } = await moat.createPerson({ input: { slug: 'yann-lecun', name: 'Yann LeCun' } });
    expect(createPerson.__typename).toBe('CreatePersonPayload');
    const input = {
      person: 'yann-lecun',
      company: 'meta',
      title: 'Chief AI Scientist',
      since: { date: '2018-01-01', precision: 'YEAR' as const },
      citation: cite('Yann LeCun became Meta’s chief AI scientist in 2018.'),
    };
    const { addRole } = await moat.addRole({ input });
    if (addRole.__typename !== 'AddRolePayload') throw new Error(addRole.message);
    expect(addRole.role).toMatchObject({
      title: 'Chief AI Scientist',
      since: { date: '2018-01-01', precision: 'YEAR' },
      until: null,
      person: { slug: 'yann-lecun', name: 'Yann LeCun' },
      company: { slug: 'meta', name: 'Meta' },
    });
    expect(addRole.role.citations.map((citation) => [citation.excerpt, citation.source.id])).toEqual([
      [input.citation.excerpt, source],
    ]);
    expect((await moat.addRole({ input })).addRole).toEqual(addRole);

    const ending = {
      role: addRole.role.id,
      until: { date: '2025-11-01', precision: 'MONTH' as const },
      citation: cite('In November 2025, LeCun said he would leave Meta to found a start-up.'),
    };
    const { endRole } = await moat.endRole({ input: ending });
    if (endRole.__typename !== 'EndRolePayload') throw new Error(endRole.message);
    expect(endRole.role).toMatchObject({
      id: addRole.role.id,
      until: { date: '2025-11-01', precision: 'MONTH' },
    });
    expect(endRole.role.citations.map((citation) => citation.excerpt)).toEqual([
      input.citation.excerpt,
      ending.citation.excerpt,
    ]);
    expect((await moat.endRole({ input: ending })).endRole).toEqual(endRole);
    const later = {
      role: addRole.role.id,
      until: { date: '2025-12-01', precision: 'MONTH' as const },
      citation: cite('LeCun left Meta in December 2025.'),
    };
    const disputed = await moat.endRole({ input: later });
    if (disputed.endRole.__typename !== 'EndRolePayload') throw new Error(disputed.endRole.message);
    expect(disputed.endRole.role.disputed).toEqual(['UNTIL']);
    expect(
      disputed.endRole.role.untilClaims.map((claim) => [
        claim.value?.date,
        claim.rank,
        claim.citations.map((citation) => citation.excerpt),
      ]),
    ).toEqual([
      ['2025-12-01', 'NORMAL', [later.citation.excerpt]],
      ['2025-11-01', 'NORMAL', [ending.citation.excerpt]],
    ]);
    const { person } = await moat.person({ slug: 'yann-lecun' });
    expect(person?.roles.map((role) => [role.title, role.company.slug])).toEqual([
      ['Chief AI Scientist', 'meta'],
    ]);
  });

  const seriesD = () => ({
    company: 'hugging-face',
    stage: 'SERIES_D' as const,
    status: 'ANNOUNCED' as const,
    currency: 'USD',
    amount: '235000000',
    amountUsd: '235000000',
    postMoneyValuation: '4500000000',
    postMoneyValuationUsd: '4500000000',
    announcedOn: { date: '2023-08-24' },
    investors: [{ company: 'nvidia' }, { company: 'salesforce' }],
    leadInvestors: [{ company: 'salesforce' }],
    citation: cite('Hugging Face raised $235 million in a Series D led by Salesforce, with Nvidia.'),
  });

  it('recordFundingRound narrows to the payload: the round with its leads, investors and first status', async () => {
    const { recordFundingRound } = await moat.recordFundingRound({ input: seriesD() });
    if (recordFundingRound.__typename !== 'RecordFundingRoundPayload')
      throw new Error(recordFundingRound.message);
    const round = recordFundingRound.fundingRound;
    expect(round).toMatchObject({
      version: 1,
      status: 'ANNOUNCED',
      stage: 'SERIES_D',
      company: { slug: 'hugging-face', name: 'Hugging Face' },
      amount: { amount: '235000000', currency: 'USD', amountUsd: '235000000' },
      preMoneyValuation: null,
      postMoneyValuation: { amount: '4500000000', currency: 'USD', amountUsd: '4500000000' },
      announcedOn: { date: '2023-08-24', precision: 'DAY' },
      closedOn: null,
    });
    // Leads first.
    expect(round.investors.map((investor) => investor.__typename === 'Company' && investor.slug)).toEqual([
      'salesforce',
      'nvidia',
    ]);
    expect(round.leadInvestors).toEqual([
      { __typename: 'Company', id: expect.any(String), slug: 'salesforce', name: 'Salesforce' },
    ]);
    expect(round.statusHistory).toEqual([
      {
        status: 'ANNOUNCED',
        on: expect.objectContaining({ date: '2023-08-24', precision: 'DAY' }),
        recordedAt: expect.any(String),
        citations: [expect.objectContaining({ excerpt: seriesD().citation.excerpt })],
      },
    ]);
    expect(round.citations.map((citation) => citation.source.id)).toEqual([source]);
    // The same round twice is one.
    expect((await moat.recordFundingRound({ input: seriesD() })).recordFundingRound).toEqual(
      recordFundingRound,
    );
    const { fundingRounds } = await moat.fundingRounds({ filter: { investor: 'nvidia' } });
    expect(fundingRounds.nodes.map((node) => node.id)).toEqual([round.id]);
  });

  it('recordFundingRound narrows to ValidationError when a lead is not among the investors; nothing is recorded', async () => {
    const input = { ...seriesD(), stage: 'SERIES_E' as const, leadInvestors: [{ company: 'meta' }] };
    const { recordFundingRound } = await moat.recordFundingRound({ input });
    if (recordFundingRound.__typename !== 'ValidationError')
      throw new Error(`expected a ValidationError, got ${recordFundingRound.__typename}`);
    expect(recordFundingRound.issues).toEqual([
      { path: ['input', 'leadInvestors', '0'], message: 'must also be among `investors`' },
    ]);
    const { fundingRounds } = await moat.fundingRounds({
      filter: { company: 'hugging-face', stage: ['SERIES_E'] },
    });
    expect(fundingRounds.totalCount).toBe(0);
  });

  it('updateFundingRound corrects a round at its version; a stale one narrows to ConflictError', async () => {
    const recorded = await moat.recordFundingRound({
      input: {
        company: 'hugging-face',
        stage: 'SERIES_C',
        status: 'ANNOUNCED',
        currency: 'USD',
        amount: '10000000',
        postMoneyValuation: '2000000000',
        announcedOn: { date: '2022-05-09' },
        investors: [{ company: 'lux-capital' }],
        citation: cite('Hugging Face raised $100 million in a Series C led by Lux Capital.'),
      },
    });
    if (recorded.recordFundingRound.__typename !== 'RecordFundingRoundPayload')
      throw new Error(recorded.recordFundingRound.message);
    const round = recorded.recordFundingRound.fundingRound.id;

    const citation = cite('Hugging Face raised $100 million in its Series C.');
    const stale = await moat.updateFundingRound({
      input: { round, expectedVersion: 3, amount: '100000000', citation },
    });
    expect(stale.updateFundingRound).toMatchObject({ __typename: 'ConflictError', currentVersion: 1 });
    const { updateFundingRound } = await moat.updateFundingRound({
      input: {
        round,
        expectedVersion: 1,
        amount: '100000000',
        amountUsd: '100000000',
        postMoneyValuation: null,
        investors: [{ company: 'sequoia-capital' }, { company: 'lux-capital' }],
        leadInvestors: [{ company: 'lux-capital' }],
        citation,
      },
    });
    if (updateFundingRound.__typename !== 'UpdateFundingRoundPayload')
      throw new Error(updateFundingRound.message);
    expect(updateFundingRound.fundingRound).toMatchObject({
      id: round,
      version: 2,
      status: 'ANNOUNCED',
      stage: 'SERIES_C',
      amount: { amount: '100000000', currency: 'USD', amountUsd: '100000000' },
      postMoneyValuation: null,
      leadInvestors: [{ slug: 'lux-capital' }],
      investors: [{ slug: 'lux-capital' }, { slug: 'sequoia-capital' }],
    });
    expect(updateFundingRound.fundingRound.statusHistory.map((change) => change.status)).toEqual([
      'ANNOUNCED',
    ]);
    const lead = await moat.updateFundingRound({
      input: { round, expectedVersion: 2, leadInvestors: [{ company: 'nvidia' }], citation },
    });
    expect(lead.updateFundingRound).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: ['input', 'leadInvestors', '0'] }],
    });
    const { fundingRound } = await moat.fundingRound({ id: round });
    expect(fundingRound?.version).toBe(2);
  });

  it('deleteRole and deleteFundingRound give the deleted ID; a second delete narrows to NotFoundError', async () => {
    await moat.createPerson({ input: { slug: 'thomas-wolf', name: 'Thomas Wolf' } });
    const { addRole } = await moat.addRole({
      input: {
        person: 'thomas-wolf',
        company: 'hugging-face',
        title: 'Chief Science Officer',
        citation: cite('Thomas Wolf, co-founder and chief science officer of Hugging Face.'),
      },
    });
    if (addRole.__typename !== 'AddRolePayload') throw new Error(addRole.message);
    const { deleteRole } = await moat.deleteRole({ input: { id: addRole.role.id } });
    expect(deleteRole).toEqual({ __typename: 'DeleteRolePayload', deletedId: addRole.role.id });
    expect((await moat.person({ slug: 'thomas-wolf' })).person?.roles).toEqual([]);
    expect((await moat.deleteRole({ input: { id: addRole.role.id } })).deleteRole).toEqual({
      __typename: 'NotFoundError',
      message: 'No role has this ID.',
    });

    const { recordFundingRound } = await moat.recordFundingRound({
      input: {
        company: 'hugging-face',
        stage: 'SEED',
        status: 'RUMORED',
        currency: 'USD',
        investors: [{ company: 'sequoia-capital' }],
        citation: cite('Hugging Face was said to be raising a seed round.'),
      },
    });
    if (recordFundingRound.__typename !== 'RecordFundingRoundPayload')
      throw new Error(recordFundingRound.message);
    const id = recordFundingRound.fundingRound.id;
    const { deleteFundingRound } = await moat.deleteFundingRound({ input: { id } });
    expect(deleteFundingRound).toEqual({ __typename: 'DeleteFundingRoundPayload', deletedId: id });
    expect((await moat.fundingRound({ id })).fundingRound).toBeNull();
    expect((await moat.deleteFundingRound({ input: { id } })).deleteFundingRound.__typename).toBe(
      'NotFoundError',
    );
    // The ID of another type is a ValidationError at its path.
    const wrongType = await moat.deleteRole({ input: { id } });
    expect(wrongType.deleteRole).toEqual({
      __typename: 'ValidationError',
      message: 'input.id.typename: must be the ID of a role',
      issues: [{ path: ['input', 'id', 'typename'], message: 'must be the ID of a role' }],
    });
  });

  it('deleteCitation: ConflictError for the only support of a claim; once another supports it, it goes', async () => {
    const { createCompany } = await moat.createCompany({
      input: { slug: 'mistral-ai', name: 'Mistral AI', kind: 'STARTUP', country: 'FR' },
    });
    if (createCompany.__typename !== 'CreateCompanyPayload') throw new Error(createCompany.message);
    const facts = {
      stage: 'SEED' as const,
      amount: '105000000',
      announcedOn: { date: '2023-06-01', precision: 'MONTH' as const },
      investors: [],
    };
    const { recordFundingRound } = await moat.recordFundingRound({
      input: {
        ...facts,
        company: 'mistral-ai',
        status: 'CLOSED',
        currency: 'EUR',
        citation: cite('Mistral AI raised €105 million in a seed round led by Lightspeed.'),
      },
    });
    if (recordFundingRound.__typename !== 'RecordFundingRoundPayload')
      throw new Error(recordFundingRound.message);
    const round = recordFundingRound.fundingRound;
    const [first] = round.citations;
    if (!first) throw new Error('the round has no citation');
    const only = await moat.deleteCitation({ input: { id: first.id } });
    expect(only.deleteCitation).toEqual({
      __typename: 'ConflictError',
      message: 'This is the only citation of its fact; add another before deleting it, or delete the fact.',
      currentVersion: null,
    });
    // The same facts from another excerpt: each claim gains its citation.
    const second = cite('Mistral AI closed a €105 million seed round in June 2023.');
    const { updateFundingRound } = await moat.updateFundingRound({
      input: { ...facts, round: round.id, citation: second },
    });
    if (updateFundingRound.__typename !== 'UpdateFundingRoundPayload')
      throw new Error(updateFundingRound.message);
    expect(updateFundingRound.fundingRound.amountClaims.map((claim) => claim.citations.length)).toEqual([2]);
    const { deleteCitation } = await moat.deleteCitation({ input: { id: first.id } });
    expect(deleteCitation).toEqual({ __typename: 'DeleteCitationPayload', deletedId: first.id });
    const { fundingRound } = await moat.fundingRound({ id: round.id });
    expect(fundingRound?.citations.map((citation) => citation.excerpt)).toEqual([second.excerpt]);
    expect(fundingRound?.amountClaims.map((claim) => claim.citations.map((c) => c.excerpt))).toEqual([
      [second.excerpt],
    ]);
  });

  it('deleteSource: ConflictError while facts cite it; an uncited one goes', async () => {
    const cited = await moat.deleteSource({ input: { id: source } });
    if (cited.deleteSource.__typename !== 'ConflictError')
      throw new Error(`expected a ConflictError, got ${cited.deleteSource.__typename}`);
    expect(cited.deleteSource.message).toMatch(/^\d+ citation\(s\) still cite this source/);
    expect((await moat.sources()).sources.nodes.map((node) => node.id)).toContain(source);

    const { addSource } = await moat.addSource({
      input: { title: 'An uncited note', kind: 'ARTICLE', url: 'https://example.com/uncited-note' },
    });
    if (addSource.__typename !== 'AddSourcePayload') throw new Error(addSource.message);
    const { deleteSource } = await moat.deleteSource({ input: { id: addSource.source.id } });
    expect(deleteSource).toEqual({ __typename: 'DeleteSourcePayload', deletedId: addSource.source.id });
    expect((await moat.sources()).sources.nodes.map((node) => node.id)).not.toContain(addSource.source.id);
  });

  it('addSource keeps a text and its sha256; a citation of it is located, and one not in it narrows to ValidationError', async () => {
    const text = 'Nvidia invested $1 billion in the round, people familiar with it said.';
    const { addSource } = await moat.addSource({
      input: { title: 'A note kept whole', kind: 'ARTICLE', text },
    });
    if (addSource.__typename !== 'AddSourcePayload') throw new Error(addSource.message);
    expect(addSource.source.contentSha256).toBe(createHash('sha256').update(text).digest('hex'));
    const fact = (await moat.company({ slug: 'nvidia' })).company?.id ?? '';
    const citation = (excerpt: string) => ({ source: addSource.source.id, excerpt });
    const { addCitation } = await moat.addCitation({
      input: { fact, citation: citation('invested $1 billion') },
    });
    if (addCitation.__typename !== 'AddCitationPayload') throw new Error(addCitation.message);
    expect(addCitation.citation.selector).toEqual({
      exact: 'invested $1 billion',
      prefix: 'Nvidia ',
      suffix: ' in the round, people familiar w',
      start: 7,
      end: 26,
    });
    const refused = await moat.addCitation({ input: { fact, citation: citation('invested $2 billion') } });
    if (refused.addCitation.__typename !== 'ValidationError')
      throw new Error(`expected a ValidationError, got ${refused.addCitation.__typename}`);
    expect(refused.addCitation.issues).toEqual([
      {
        path: ['input', 'citation', 'excerpt'],
        message:
          'does not occur verbatim in the source\'s text; the nearest passage is "invested $1 billion"',
      },
    ]);
  });

  it('deletePerson, deleteQuote and deleteCompany; without a key, NotAuthorizedError and nothing deleted', async () => {
    const { recordQuote } = await moat.recordQuote({
      input: {
        text: 'DeepSeek’s models run well on Nvidia hardware.',
        form: 'PARAPHRASE',
        attribution: 'Nvidia executives',
        attributedTo: 'nvidia',
        about: ['deepseek'],
        citation: cite('Nvidia executives said DeepSeek’s models run well on its hardware.'),
      },
    });
    if (recordQuote.__typename !== 'RecordQuotePayload') throw new Error(recordQuote.message);
    const anonymous = createMoatClient({ url: moatUrl });
    expect((await anonymous.deleteQuote({ input: { id: recordQuote.quote.id } })).deleteQuote).toEqual({
      __typename: 'NotAuthorizedError',
      message: 'This needs an API key: send "Authorization: Bearer <key>".',
    });
    const { deleteQuote } = await moat.deleteQuote({ input: { id: recordQuote.quote.id } });
    expect(deleteQuote).toEqual({ __typename: 'DeleteQuotePayload', deletedId: recordQuote.quote.id });

    const { createPerson } = await moat.createPerson({
      input: { slug: 'arthur-mensch', name: 'Arthur Mensch' },
    });
    if (createPerson.__typename !== 'CreatePersonPayload') throw new Error(createPerson.message);
    const { deletePerson } = await moat.deletePerson({ input: { slug: 'arthur-mensch' } });
    expect(deletePerson).toEqual({ __typename: 'DeletePersonPayload', deletedId: createPerson.person.id });
    expect((await moat.person({ slug: 'arthur-mensch' })).person).toBeNull();

    const { createCompany } = await moat.createCompany({
      input: { slug: 'stability-ai', name: 'Stability AI', kind: 'STARTUP', country: 'GB' },
    });
    if (createCompany.__typename !== 'CreateCompanyPayload') throw new Error(createCompany.message);
    const { deleteCompany } = await moat.deleteCompany({ input: { slug: 'stability-ai' } });
    expect(deleteCompany).toEqual({
      __typename: 'DeleteCompanyPayload',
      deletedId: createCompany.company.id,
    });
    expect((await moat.company({ slug: 'stability-ai' })).company).toBeNull();
    expect((await moat.deleteCompany({ input: { slug: 'stability-ai' } })).deleteCompany).toEqual({
      __typename: 'NotFoundError',
      message: 'No company has the slug "stability-ai".',
    });
  });

  it('an admin manages API keys and reads the audit log; a write key may not', async () => {
    const admin = createMoatClient({ url: moatUrl, apiKey: adminKey });
    const { createApiKey } = await admin.createApiKey({ input: { name: 'sdk reader', scopes: ['write'] } });
    if (createApiKey.__typename !== 'CreateApiKeyPayload') throw new Error(createApiKey.message);
    expect(createApiKey.key).toMatch(/^moat_/);
    expect(createApiKey.apiKey).toMatchObject({ name: 'sdk reader', scopes: ['write'], revokedAt: null });

    const { apiKeys } = await admin.apiKeys({ first: 10 });
    expect(apiKeys.nodes.map((key) => key.name)).toEqual(['sdk reader', 'tests (admin)', 'tests (write)']);

    const fresh = createMoatClient({ url: moatUrl, apiKey: createApiKey.key });
    const { createPerson } = await fresh.createPerson({
      input: { slug: 'demis-hassabis', name: 'Demis Hassabis' },
    });
    expect(createPerson.__typename).toBe('CreatePersonPayload');
    const { auditLog } = await admin.auditLog({ filter: { apiKey: createApiKey.apiKey.id }, first: 5 });
    expect(auditLog.nodes).toMatchObject([
      { mutation: 'createPerson', recordType: 'Person', apiKey: { name: 'sdk reader' }, before: null },
    ]);
    expect(auditLog.nodes[0]?.after).toMatchObject({ slug: 'demis-hassabis' });

    const { revokeApiKey } = await admin.revokeApiKey({ input: { id: createApiKey.apiKey.id } });
    expect(revokeApiKey.__typename === 'RevokeApiKeyPayload' && revokeApiKey.apiKey.revokedAt).toEqual(
      expect.any(String),
    );
    const refused = await fresh.createPerson({
      input: { slug: 'mustafa-suleyman', name: 'Mustafa Suleyman' },
    });
    expect(refused.createPerson).toEqual({
      __typename: 'NotAuthorizedError',
      message: 'The API key has been revoked.',
    });

    const writer = createMoatClient({ url: moatUrl, apiKey });
    const notAdmin = await writer.createApiKey({ input: { name: 'mine', scopes: ['admin'] } });
    expect(notAdmin.createApiKey.__typename).toBe('NotAuthorizedError');
  });
});
