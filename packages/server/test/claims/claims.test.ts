import { describe, expect, it } from 'vitest';
import { ofType } from '../assertions.js';
import {
  AddClaimedRole,
  CreateClaimedCompany,
  CreateClaimedPerson,
  EndClaimedRole,
  RecordClaimedQuote,
  UpdateClaimedCompany,
  UpdateClaimedPerson,
} from './documents.js';
import { billions, cite, useClaimWrites } from './writes.js';

const {
  server,
  analyst,
  addSource,
  addStartup,
  recordRound,
  updatedRound,
  ranked,
  readRound,
  disputedRound,
} = useClaimWrites();

/** A claim as the tests read it, by value and citations, with its record's ID. */
const amountClaim = (amount: string, citations: [excerpt: string, title: string][], round: string) => ({
  id: expect.any(String),
  property: 'AMOUNT',
  rank: 'NORMAL',
  deprecationReason: null,
  recordedBy: 'analyst',
  citations: citations.map(([excerpt, title]) => ({ excerpt, source: { title } })),
  value: { amount, currency: 'USD' },
  record: { id: round },
});

describe('claims on a funding round', () => {
  it('an update with a citation adds a claim, keeps the old one and resolves to the latest-published', async () => {
    const { round } = await disputedRound('claims-update');
    expect(round).toMatchObject({
      amount: { amount: '30000000000', currency: 'USD' },
      disputed: ['AMOUNT'],
      company: { totalRaised: { amount: '30000000000' } },
    });
    // The latest recorded first.
    expect(round.amountClaims).toEqual([
      amountClaim('30000000000', [['raised $30 billion', 'claims-update: February']], round.id),
      amountClaim('40000000000', [['raised $40 billion', 'claims-update: January']], round.id),
    ]);
  });

  it('the same value from a third source adds its citation to the claim of that value', async () => {
    const { round } = await disputedRound('claims-same-value');
    const march = await addSource('claims-same-value: $30B confirmed', '2025-03-01');
    const confirmed = await updatedRound(round.id, {
      ...billions(30),
      citation: cite(march, 'confirmed $30 billion'),
    });
    expect(confirmed.amountClaims).toEqual([
      amountClaim(
        '30000000000',
        [
          ['raised $30 billion', 'claims-same-value: February'],
          ['confirmed $30 billion', 'claims-same-value: $30B confirmed'],
        ],
        round.id,
      ),
      amountClaim('40000000000', [['raised $40 billion', 'claims-same-value: January']], round.id),
    ]);
    expect(confirmed.disputed).toEqual(['AMOUNT']);
  });

  it('claims that agree are no dispute', async () => {
    const company = await addStartup('claims-agree');
    const first = await addSource('claims-agree: first report', '2025-01-10');
    const second = await addSource('claims-agree: second report', '2025-02-01');
    const round = await recordRound(company, {
      ...billions(40),
      citation: cite(first, 'raised $40 billion'),
    });
    const agreed = await updatedRound(round.id, {
      ...billions(40),
      citation: cite(second, 'a $40 billion round'),
    });
    expect(agreed.amountClaims).toHaveLength(1);
    expect(agreed).toMatchObject({ amount: { amount: '40000000000' }, disputed: [] });
  });

  it('the latest-published source wins, whatever the order the claims were recorded in', async () => {
    const company = await addStartup('claims-order');
    const february = await addSource('claims-order: February', '2025-02-01');
    const january = await addSource('claims-order: January', '2025-01-10');
    const round = await recordRound(company, {
      ...billions(30),
      citation: cite(february, 'raised $30 billion'),
    });
    const older = await updatedRound(round.id, {
      ...billions(40),
      citation: cite(january, 'raised $40 billion'),
    });
    expect(older.amountClaims.map((claim) => claim.value?.amount)).toEqual(['40000000000', '30000000000']);
    expect(older).toMatchObject({ amount: { amount: '30000000000' }, disputed: ['AMOUNT'] });
  });

  it('a source without a publication date counts as the oldest', async () => {
    const company = await addStartup('claims-undated');
    const january = await addSource('claims-undated: January', '2025-01-10');
    const undated = await addSource('claims-undated: undated', null);
    const round = await recordRound(company, {
      ...billions(40),
      citation: cite(january, 'raised $40 billion'),
    });
    const later = await updatedRound(round.id, {
      ...billions(50),
      citation: cite(undated, 'raised $50 billion'),
    });
    expect(later).toMatchObject({ amount: { amount: '40000000000' }, disputed: ['AMOUNT'] });
  });

  it('a PREFERRED claim wins and settles the dispute; totals follow', async () => {
    const { round, forty } = await disputedRound('claims-preferred');
    expect(await ranked(forty, 'PREFERRED')).toMatchObject({ id: forty, rank: 'PREFERRED' });
    const settled = await readRound(round.id);
    expect(settled).toMatchObject({
      amount: { amount: '40000000000' },
      disputed: [],
      company: { totalRaised: { amount: '40000000000' } },
    });
    // PREFERRED first.
    expect(settled.amountClaims.map((claim) => [claim.value?.amount, claim.rank])).toEqual([
      ['40000000000', 'PREFERRED'],
      ['30000000000', 'NORMAL'],
    ]);
  });

  it('a second PREFERRED claim demotes the first to NORMAL', async () => {
    const { round, thirty, forty } = await disputedRound('claims-preferred-twice');
    await ranked(forty, 'PREFERRED');
    await ranked(thirty, 'PREFERRED');
    const again = await readRound(round.id);
    expect(again.amountClaims.map((claim) => [claim.id, claim.rank])).toEqual([
      [thirty, 'PREFERRED'],
      [forty, 'NORMAL'],
    ]);
    expect(again).toMatchObject({ amount: { amount: '30000000000' }, disputed: [] });
  });

  it('a DEPRECATED claim never wins and stays readable with its reason', async () => {
    const { round, thirty } = await disputedRound('claims-deprecated');
    const reason = 'The February report counted only the first tranche.';
    expect(await ranked(thirty, 'DEPRECATED', reason)).toMatchObject({
      rank: 'DEPRECATED',
      deprecationReason: reason,
    });
    const corrected = await readRound(round.id);
    expect(corrected).toMatchObject({
      amount: { amount: '40000000000' },
      disputed: [],
      company: { totalRaised: { amount: '40000000000' } },
    });
    // By rank: the claims that count before the deprecated one.
    expect(
      corrected.amountClaims.map((claim) => [claim.value?.amount, claim.rank, claim.deprecationReason]),
    ).toEqual([
      ['40000000000', 'NORMAL', null],
      ['30000000000', 'DEPRECATED', reason],
    ]);
  });

  it('deprecating every claim of an optional property makes it null; totals follow', async () => {
    const company = await addStartup('claims-withdrawn');
    const report = await addSource('claims-withdrawn: report', '2025-01-10');
    const round = await recordRound(company, {
      ...billions(40),
      postMoneyValuation: '100000000000',
      postMoneyValuationUsd: '100000000000',
      citation: cite(report, 'raised $40 billion at $100 billion'),
    });
    expect(round.company.latestValuation).toEqual({ amount: '100000000000' });
    for (const claim of [...round.amountClaims, ...round.postMoneyValuationClaims])
      await ranked(claim.id, 'DEPRECATED', 'The report was withdrawn.');
    const withdrawn = await readRound(round.id);
    expect(withdrawn).toMatchObject({ amount: null, postMoneyValuation: null, disputed: [] });
    expect(withdrawn.company).toEqual({ slug: company, totalRaised: null, latestValuation: null });
  });

  it('the latest valuation follows the resolved post-money valuation', async () => {
    const company = await addStartup('claims-valuation');
    const january = await addSource('claims-valuation: January', '2025-01-10');
    const february = await addSource('claims-valuation: February', '2025-02-01');
    const round = await recordRound(company, {
      postMoneyValuation: '100000000000',
      postMoneyValuationUsd: '100000000000',
      citation: cite(january, 'valued at $100 billion'),
    });
    const revalued = await updatedRound(round.id, {
      postMoneyValuation: '120000000000',
      postMoneyValuationUsd: '120000000000',
      citation: cite(february, 'valued at $120 billion'),
    });
    expect(revalued.company.latestValuation).toEqual({ amount: '120000000000' });
    const hundred = revalued.postMoneyValuationClaims.find((claim) => claim.value?.amount === '100000000000');
    await ranked(String(hundred?.id), 'PREFERRED');
    expect((await readRound(round.id)).company.latestValuation).toEqual({ amount: '100000000000' });
  });
});

describe('claims on companies, people, roles and quotes', () => {
  it('updateCompany adds description and kind claims beside those of its creation', async () => {
    const january = await addSource('claims-company: January', '2025-01-10');
    const february = await addSource('claims-company: February', '2025-02-01');
    const created = await server.send(
      CreateClaimedCompany,
      {
        slug: 'claims-company',
        name: 'Claims Company',
        kind: 'STARTUP',
        description: 'A startup building models.',
        citation: cite(january, 'a startup building models'),
      },
      analyst.key,
    );
    ofType(created, 'CreateCompanyPayload');
    const updated = await server.send(
      UpdateClaimedCompany,
      {
        slug: 'claims-company',
        kind: 'RESEARCH_LAB',
        description: 'A research lab.',
        citation: cite(february, 'now a research lab'),
      },
      analyst.key,
    );
    const company = ofType(updated, 'UpdateCompanyPayload').company;
    expect(company).toMatchObject({ kind: 'RESEARCH_LAB', description: 'A research lab.' });
    expect([...company.disputed].sort()).toEqual(['DESCRIPTION', 'KIND']);
    const claim = (value: string, excerpt: string, title: string, property: string) => ({
      id: expect.any(String),
      property,
      rank: 'NORMAL',
      deprecationReason: null,
      recordedBy: 'analyst',
      citations: [{ excerpt, source: { title } }],
      value,
    });
    expect(company.descriptionClaims).toEqual([
      claim('A research lab.', 'now a research lab', 'claims-company: February', 'DESCRIPTION'),
      claim(
        'A startup building models.',
        'a startup building models',
        'claims-company: January',
        'DESCRIPTION',
      ),
    ]);
    expect(company.kindClaims).toEqual([
      claim('RESEARCH_LAB', 'now a research lab', 'claims-company: February', 'KIND'),
      claim('STARTUP', 'a startup building models', 'claims-company: January', 'KIND'),
    ]);
  });

  it('updatePerson adds a bio claim beside the one of their creation', async () => {
    const january = await addSource('claims-person: January', '2025-01-10');
    const february = await addSource('claims-person: February', '2025-02-01');
    const created = await server.send(
      CreateClaimedPerson,
      {
        slug: 'claims-person',
        name: 'Claims Person',
        bio: 'A researcher.',
        citation: cite(january, 'a researcher'),
      },
      analyst.key,
    );
    expect(ofType(created, 'CreatePersonPayload').person.bioClaims).toHaveLength(1);
    const updated = await server.send(
      UpdateClaimedPerson,
      { slug: 'claims-person', bio: 'A founder.', citation: cite(february, 'now a founder') },
      analyst.key,
    );
    const person = ofType(updated, 'UpdatePersonPayload').person;
    expect(person).toMatchObject({ bio: 'A founder.', disputed: ['BIO'] });
    expect(person.bioClaims.map((claim) => [claim.value, claim.citations, claim.recordedBy])).toEqual([
      ['A founder.', [{ excerpt: 'now a founder', source: { title: 'claims-person: February' } }], 'analyst'],
      [
        'A researcher.',
        [{ excerpt: 'a researcher', source: { title: 'claims-person: January' } }],
        'analyst',
      ],
    ]);
  });

  it('ending a role on two dates makes two until claims, and until is disputed', async () => {
    const january = await addSource('claims-role: January', '2025-01-10');
    const february = await addSource('claims-role: February', '2025-02-01');
    const added = await server.send(
      AddClaimedRole,
      {
        person: 'sam-altman',
        company: 'hugging-face',
        title: 'Adviser',
        citation: cite(january, 'an adviser'),
      },
      analyst.key,
    );
    const role = ofType(added, 'AddRolePayload').role;
    expect(role.titleClaims.map((claim) => claim.value)).toEqual(['Adviser']);
    await server.send(
      EndClaimedRole,
      {
        role: role.id,
        until: { date: '2024-12-01', precision: 'MONTH' },
        citation: cite(january, 'left in December'),
      },
      analyst.key,
    );
    const ended = await server.send(
      EndClaimedRole,
      { role: role.id, until: { date: '2025-01-15' }, citation: cite(february, 'left on January 15') },
      analyst.key,
    );
    const twice = ofType(ended, 'EndRolePayload').role;
    expect(twice).toMatchObject({ until: { label: '2025-01-15' }, disputed: ['UNTIL'] });
    expect(twice.untilClaims.map((claim) => [claim.value?.label, claim.property, claim.citations])).toEqual([
      [
        '2025-01-15',
        'UNTIL',
        [{ excerpt: 'left on January 15', source: { title: 'claims-role: February' } }],
      ],
      [
        'December 2024',
        'UNTIL',
        [{ excerpt: 'left in December', source: { title: 'claims-role: January' } }],
      ],
    ]);
  });

  it('recordQuote makes a claim of its text, form and date, each with the quote’s citation', async () => {
    const interview = await addSource('claims-quote: interview', '2025-01-10');
    const recorded = await server.send(
      RecordClaimedQuote,
      {
        speaker: 'sam-altman',
        text: 'Claims keep every source.',
        form: 'VERBATIM',
        saidOn: '2025-01-09',
        citation: cite(interview, 'Claims keep every source.'),
      },
      analyst.key,
    );
    const quote = ofType(recorded, 'RecordQuotePayload').quote;
    expect(quote.disputed).toEqual([]);
    const citations = [
      { excerpt: 'Claims keep every source.', source: { title: 'claims-quote: interview' } },
    ];
    const claim = (property: string, value: unknown) => ({
      id: expect.any(String),
      property,
      rank: 'NORMAL',
      deprecationReason: null,
      recordedBy: 'analyst',
      citations,
      value,
    });
    expect(quote.textClaims).toEqual([claim('TEXT', 'Claims keep every source.')]);
    expect(quote.formClaims).toEqual([claim('FORM', 'VERBATIM')]);
    expect(quote.saidOnClaims).toEqual([claim('SAID_ON', { label: '2025-01-09' })]);
  });
});
