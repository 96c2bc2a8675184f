// Writes to funding rounds: recordFundingRound (idempotent, with its investors, citation and the
// first status of its history), updateFundingRound (optimistic concurrency) and deleteFundingRound.

import { dateColumns } from '../../db/date-columns.js';
import { insertCitation } from '../../db/queries/citations.js';
import {
  addInvestors,
  addStatusChange,
  auditedRound,
  currentInvestors,
  type InvestorPart,
  sameRound,
} from '../../db/queries/funding-rounds.js';
import { findRecord, insertOne } from '../../db/queries/rows.js';
import { fundingRounds } from '../../db/schema.js';
import { updateAtVersion } from '../../db/versioned-writes.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import type { PartialDate } from '../../rules/dates.js';
import { citeForClaims, claimedValues, writeClaims } from '../shared/claim-writes.js';
import { deleteMutation } from '../shared/deletes.js';
import { writeMutation } from '../shared/mutations.js';
import { References } from '../shared/references.js';
import { citedSource } from '../sources/citation.js';
import { FundingRound } from './funding-round.js';
import {
  type InvestorRef,
  investorKey,
  RecordFundingRoundInput,
  recordRoundSchema,
  UpdateFundingRoundInput,
  updateRoundSchema,
} from './inputs.js';

/** A round's investments from slugs; an unknown slug is an issue at its input path. */
async function investorParts(
  references: References,
  investors: InvestorRef[],
  leads: InvestorRef[],
): Promise<InvestorPart[]> {
  const ids = {
    company: await references.ids(
      'company',
      investors.flatMap((investor) => investor.company ?? []),
    ),
    person: await references.ids(
      'person',
      investors.flatMap((investor) => investor.person ?? []),
    ),
  };
  const leadKeys = new Set(leads.map(investorKey));
  return investors.flatMap((investor, index) => {
    const kind = investor.company ? 'company' : 'person';
    const slug = investor.company ?? investor.person ?? '';
    const id = ids[kind].get(slug);
    if (!id) {
      references.add(['investors', String(index), kind], `no ${kind} has the slug "${slug}"`);
      return [];
    }
    return [
      {
        companyId: kind === 'company' ? id : null,
        personId: kind === 'person' ? id : null,
        isLead: leadKeys.has(investorKey(investor)),
      },
    ];
  });
}

/** A round's facts as its columns: as given, with dates split into date and precision. */
function roundColumns<Facts extends { announcedOn?: PartialDate | null; closedOn?: PartialDate | null }>(
  facts: Facts,
) {
  const { announcedOn, closedOn, ...rest } = facts;
  return {
    ...rest,
    ...(announcedOn !== undefined && dateColumns('announcedOn', announcedOn)),
    ...(closedOn !== undefined && dateColumns('closedOn', closedOn)),
  };
}

type Amounts = Partial<Record<'amount' | 'preMoneyValuation' | 'postMoneyValuation', string | null>> &
  Partial<Record<'amountUsd' | 'preMoneyValuationUsd' | 'postMoneyValuationUsd', string | null>>;

/**
 * The claims a round's input makes: its stage, dates and investors as given, and each amount in
 * the round's currency with its US dollars. A US-dollar figure given alone goes with the amount
 * the round has.
 */
function roundClaims(
  facts: Amounts & { stage?: string; announcedOn?: PartialDate | null; closedOn?: PartialDate | null },
  currency: string,
  current: Amounts,
  investors: InvestorPart[] | undefined,
): Record<string, unknown> {
  const amounts = (['amount', 'preMoneyValuation', 'postMoneyValuation'] as const).flatMap((property) => {
    const usd = facts[`${property}Usd`];
    if (facts[property] === undefined && usd === undefined) return [];
    const amount = facts[property] === undefined ? (current[property] ?? null) : facts[property];
    return [[property, amount === null ? null : { amount, currency, usd: usd ?? null }]];
  });
  return claimedValues('FundingRound', {
    stage: facts.stage,
    announcedOn: facts.announcedOn,
    closedOn: facts.closedOn,
    investors,
    ...Object.fromEntries(amounts),
  });
}

writeMutation('recordFundingRound', {
  type: FundingRound,
  description:
    'Records a funding round with its investors and citation; its status history starts with `status`. The same company, stage, currency, amount and announcement date twice give the same round.',
  input: RecordFundingRoundInput,
  inputDescription: 'The round.',
  schema: recordRoundSchema,
  result: 'The round, or why it was not recorded.',
  payload: {
    description: 'The round recorded (or already recorded).',
    field: 'fundingRound',
    fieldDescription: 'The round.',
  },
  write: async (input, write) => {
    const { tx, audit } = write;
    const { investors, leadInvestors, company: slug, citation, ...facts } = input;
    const references = new References(tx);
    const company = await references.one('company', slug, 'company');
    const parts = await investorParts(references, investors ?? [], leadInvestors ?? []);
    if (!company) throw references.error();
    references.check();
    const cited = await citedSource(tx, citation);

    const existing = await sameRound(tx, { companyId: company.id, ...facts });
    if (existing) return existing;
    const round = await insertOne(tx, fundingRounds, { companyId: company.id, ...roundColumns(facts) });
    await addInvestors(tx, round.id, parts);
    const change = await addStatusChange(tx, round.id, input.status, input.announcedOn);
    const roundCitation = await insertCitation(tx, 'fundingRoundId', round.id, cited);
    await insertCitation(tx, 'statusChangeId', change.id, cited);
    await audit('FundingRound', null, await auditedRound(tx, round));
    // Investors left out are not claimed: the source named none, it did not say there are none.
    const claims = roundClaims(facts, facts.currency, {}, investors ? parts : undefined);
    await writeClaims(write, { type: 'FundingRound', id: round.id }, claims, roundCitation);
    return round;
  },
});

writeMutation('updateFundingRound', {
  type: FundingRound,
  description:
    'Corrects a round’s facts and investors, if it has not changed since you read its `version`. Given investors replace the list.',
  input: UpdateFundingRoundInput,
  inputDescription: 'The changes.',
  schema: updateRoundSchema,
  errors: [NotFoundError, ConflictError],
  result: 'The changed round, or why it was not changed.',
  payload: { description: 'The round as changed.', field: 'fundingRound', fieldDescription: 'The round.' },
  write: async ({ round: ref, expectedVersion, investors, leadInvestors, citation, ...changes }, write) => {
    const { tx, audit } = write;
    const row = await findRecord(tx, fundingRounds, ref, { forUpdate: true });
    if (!row) throw new NotFoundError('No funding round has this ID.');
    const subject = { type: 'FundingRound', id: row.id } as const;
    const before = await auditedRound(tx, row);

    const references = new References(tx);
    // Left out, the investors stay, and so do the leads that remain among the investors.
    const current = investors && leadInvestors ? [] : await currentInvestors(tx, row.id);
    if (leadInvestors && !investors) {
      const known = new Set(current.map(investorKey));
      leadInvestors.forEach((lead, index) => {
        if (!known.has(investorKey(lead)))
          references.add(['leadInvestors', String(index)], 'must also be among the round’s investors');
      });
    }
    const parts =
      investors || leadInvestors
        ? await investorParts(
            references,
            investors ?? current,
            leadInvestors ?? current.filter((i) => i.isLead),
          )
        : undefined;
    const columns = roundColumns(changes);
    const announced = 'announcedOn' in columns ? columns.announcedOn : row.announcedOn;
    const closed = 'closedOn' in columns ? columns.closedOn : row.closedOn;
    // Named at the date the input gives: the closing, or else the announcement.
    if (announced && closed && closed < announced) {
      if ('closedOn' in columns)
        references.add(['closedOn', 'date'], `must not be before the announcement (${announced})`);
      else references.add(['announcedOn', 'date'], `must not be after the closing (${closed})`);
    }
    references.check();
    const cited = citation && (await citedSource(tx, citation));

    const currency = changes.currency ?? row.currency;
    const updated = await updateAtVersion(
      tx,
      fundingRounds,
      row.id,
      expectedVersion,
      changes.currency ? { currency } : {},
      'The round',
    );
    if (cited)
      await writeClaims(
        write,
        subject,
        roundClaims(changes, currency, row, parts),
        await citeForClaims(write, subject, cited),
      );
    const after = (await findRecord(tx, fundingRounds, ref)) ?? updated;
    await audit('FundingRound', before, await auditedRound(tx, after));
    return after;
  },
});

deleteMutation({
  type: 'FundingRound',
  table: fundingRounds,
  by: 'id',
  description: 'Deletes a funding round with its investments, its status history and their citations.',
});
