// Writes to funding rounds: recordFundingRound, updateFundingRound (optimistic concurrency) and
// changeDealStatus: a round moves on (RUMORED → IN_NEGOTIATION → ANNOUNCED → CLOSED, or is
// CANCELLED); each change is kept in its history with its date and citation.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { recordWrite, type Transaction } from '../db/audit.js';
import { dateColumns } from '../db/date-columns.js';
import {
  citations,
  companies,
  dealStatus,
  dealStatusChanges,
  fundingRounds,
  fundingStage,
  investments,
  people,
} from '../db/schema.js';
import { updateAtVersion } from '../db/versioned-writes.js';
import {
  ConflictError,
  NotFoundError,
  parseInput,
  ValidationError,
  type ValidationIssue,
} from '../errors.js';
import { builder } from './builder.js';
import { CitationInput, citationSchema, citedSourceId } from './citation-input.js';
import { WRITE_ERRORS } from './errors.js';
import { DealStatus, DealStatusChange, FundingRound, FundingStage } from './funding-round.js';
import { expectedVersion, partialDateSchema, pastDate, slug } from './input-rules.js';
import { DatePrecision, PartialDateInput } from './partial-date.js';

type Status = (typeof dealStatus.enumValues)[number];

/** How far each status is along the way; a round only moves forward, or is cancelled. */
const PROGRESS: Record<Status, number> = {
  RUMORED: 0,
  IN_NEGOTIATION: 1,
  ANNOUNCED: 2,
  CLOSED: 3,
  CANCELLED: 4,
};

/** Why a round may not go from one status to another; undefined when it may. */
function refusedTransition(from: Status, to: Status): string | undefined {
  if (from === to) return `the round is already ${to}`;
  if (from === 'CLOSED' || from === 'CANCELLED') return `a ${from} round does not change status`;
  if (to !== 'CANCELLED' && PROGRESS[to] < PROGRESS[from])
    return `a round does not go back from ${from} to ${to}`;
  return undefined;
}

const ChangeDealStatusInput = builder.inputType('ChangeDealStatusInput', {
  description: 'A new status for a round, when it happened and the excerpt that reports it.',
  fields: (t) => ({
    round: t.globalID({ required: true, description: 'The round (its global ID).' }),
    status: t.field({ type: DealStatus, required: true, description: 'The status it took.' }),
    on: t.field({
      type: 'Date',
      description: 'When, if the source says: the first day of the period it gives.',
    }),
    precision: t.field({
      type: DatePrecision,
      defaultValue: 'DAY',
      description: 'How precise `on` is: DAY, MONTH, QUARTER or YEAR.',
    }),
    citation: t.field({ type: CitationInput, required: true, description: 'The excerpt that reports it.' }),
  }),
});

const inputSchema = z.object({
  round: z.object({ typename: z.literal('FundingRound', 'must be the ID of a funding round'), id: z.uuid() }),
  status: z.enum(dealStatus.enumValues),
  on: pastDate,
  precision: z.enum(['DAY', 'MONTH', 'QUARTER', 'YEAR']).nullish(),
  citation: citationSchema,
});

const ChangeDealStatusPayload = builder
  .objectRef<{
    round: typeof fundingRounds.$inferSelect;
    change: typeof dealStatusChanges.$inferSelect;
  }>('ChangeDealStatusPayload')
  .implement({
    description: 'The round with its new status, and the change as its history keeps it.',
    fields: (t) => ({
      round: t.field({
        type: FundingRound,
        description: 'The round, with its new status.',
        resolve: (p) => p.round,
      }),
      change: t.field({
        type: DealStatusChange,
        description: 'The change, now last in its history.',
        resolve: (p) => p.change,
      }),
    }),
  });

builder.mutationField('changeDealStatus', (t) =>
  t.field({
    type: ChangeDealStatusPayload,
    description:
      'Records a round’s new status with its date and citation. Totals count only ANNOUNCED and CLOSED rounds.',
    authScopes: { write: true },
    args: { input: t.arg({ type: ChangeDealStatusInput, required: true, description: 'The change.' }) },
    errors: {
      types: [...WRITE_ERRORS, NotFoundError, ConflictError],
      directResult: true,
      union: { name: 'ChangeDealStatusResult', description: 'The change, or why it was not recorded.' },
    },
    resolve: (_root, args, ctx) => {
      const input = parseInput(inputSchema, args.input);
      return ctx.db.transaction(async (tx) => {
        const [before] = await tx.select().from(fundingRounds).where(eq(fundingRounds.id, input.round.id));
        if (!before) throw new NotFoundError('No funding round has this ID.');
        const sourceId = await citedSourceId(tx, input.citation);
        const refused = refusedTransition(before.status, input.status);
        if (refused) throw new ValidationError([{ path: ['input', 'status'], message: refused }]);
        if (input.status === 'CLOSED' && input.on && before.announcedOn && input.on < before.announcedOn)
          throw new ValidationError([
            { path: ['input', 'on'], message: `must not be before the announcement (${before.announcedOn})` },
          ]);

        const on = input.on ?? null;
        const precision = on ? (input.precision ?? 'DAY') : null;
        const after = await updateAtVersion(
          tx,
          fundingRounds,
          before.id,
          before.version,
          {
            status: input.status,
            // The first announcement or closing date the history gives becomes the round's own.
            ...(input.status === 'ANNOUNCED' &&
              !before.announcedOn &&
              on && { announcedOn: on, announcedOnPrecision: precision }),
            ...(input.status === 'CLOSED' &&
              !before.closedOn &&
              on && { closedOn: on, closedOnPrecision: precision }),
          },
          'The round',
        );
        const [change] = await tx
          .insert(dealStatusChanges)
          .values({ roundId: before.id, status: input.status, changedOn: on, changedOnPrecision: precision })
          .returning();
        if (!change) throw new Error('the change was not stored');
        await tx
          .insert(citations)
          .values({ sourceId, excerpt: input.citation.excerpt, statusChangeId: change.id });
        await recordWrite(tx, ctx.auth, {
          mutation: 'changeDealStatus',
          recordType: 'FundingRound',
          recordId: after.id,
          before,
          after,
        });
        return { round: after, change };
      });
    },
  }),
);

const InvestorInput = builder.inputType('InvestorInput', {
  description: 'An investor in a round: a company or a person, by slug (give exactly one).',
  fields: (t) => ({
    company: t.string({ description: 'A company’s slug.' }),
    person: t.string({ description: 'A person’s slug.' }),
  }),
});

/** The amounts a round may report, each in the round's currency and, where known, in USD. */
const MONEY_DESCRIPTIONS = {
  amount: 'Money raised, in `currency`.',
  amountUsd: 'Money raised, in US dollars, when the source gives it or the currency is USD.',
  preMoneyValuation: 'Valuation before the round, in `currency`.',
  preMoneyValuationUsd: 'Valuation before the round, in US dollars.',
  postMoneyValuation: 'Valuation after the round, in `currency`.',
  postMoneyValuationUsd: 'Valuation after the round, in US dollars.',
} as const;

/** The builder of an input type's fields. */
type InputFields = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];

/** The facts of a round that recordFundingRound and updateFundingRound both take. */
const roundFields = (t: InputFields) => {
  const money = (field: keyof typeof MONEY_DESCRIPTIONS) =>
    t.field({ type: 'Decimal', description: MONEY_DESCRIPTIONS[field] });
  return {
    amount: money('amount'),
    amountUsd: money('amountUsd'),
    preMoneyValuation: money('preMoneyValuation'),
    preMoneyValuationUsd: money('preMoneyValuationUsd'),
    postMoneyValuation: money('postMoneyValuation'),
    postMoneyValuationUsd: money('postMoneyValuationUsd'),
    announcedOn: t.field({ type: PartialDateInput, description: 'When it was announced or first reported.' }),
    closedOn: t.field({ type: PartialDateInput, description: 'When it closed.' }),
    investors: t.field({ type: [InvestorInput], description: 'Everyone investing in the round.' }),
    leadInvestors: t.field({
      type: [InvestorInput],
      description: 'The investors leading it; each must also be among `investors`.',
    }),
  };
};

const RecordFundingRoundInput = builder.inputType('RecordFundingRoundInput', {
  description: 'A funding round as a source reports it, with the excerpt that reports it.',
  fields: (t) => ({
    company: t.string({ required: true, description: 'The company raising the money: its slug.' }),
    stage: t.field({ type: FundingStage, required: true, description: 'The stage of the round.' }),
    status: t.field({ type: DealStatus, required: true, description: 'How far the deal has come.' }),
    currency: t.field({ type: 'Currency', required: true, description: 'The currency of its amounts.' }),
    ...roundFields(t),
    citation: t.field({ type: CitationInput, required: true, description: 'The excerpt that reports it.' }),
  }),
});

const UpdateFundingRoundInput = builder.inputType('UpdateFundingRoundInput', {
  description:
    'Corrections to a round. Fields left out stay as they are; null clears an optional fact. Its status changes through changeDealStatus.',
  fields: (t) => ({
    round: t.globalID({ required: true, description: 'The round (its global ID).' }),
    expectedVersion: t.int({
      required: true,
      description: 'The `version` you read; if the round changed since, you get a ConflictError.',
    }),
    stage: t.field({ type: FundingStage, description: 'The stage of the round.' }),
    currency: t.field({ type: 'Currency', description: 'The currency of its amounts.' }),
    ...roundFields(t),
  }),
});

const nonNegative = z
  .string()
  .refine((value) => !value.startsWith('-'), 'must not be negative')
  .nullish();
const investorSchema = z
  .object({ company: slug.nullish(), person: slug.nullish() })
  .refine((investor) => !investor.company !== !investor.person, 'give a company or a person, not both');
type InvestorRef = z.infer<typeof investorSchema>;
const investorKey = (investor: InvestorRef) =>
  investor.company ? `company:${investor.company}` : `person:${investor.person}`;

const roundFactsSchema = z.object({
  amount: nonNegative,
  amountUsd: nonNegative,
  preMoneyValuation: nonNegative,
  preMoneyValuationUsd: nonNegative,
  postMoneyValuation: nonNegative,
  postMoneyValuationUsd: nonNegative,
  announcedOn: partialDateSchema,
  closedOn: partialDateSchema,
  investors: z
    .array(investorSchema)
    .max(100, 'must name at most 100 investors')
    .refine((list) => new Set(list.map(investorKey)).size === list.length, 'must not name an investor twice')
    .nullish(),
  leadInvestors: z.array(investorSchema).max(100, 'must name at most 100 investors').nullish(),
});

/**
 * Checks that hold across a round's facts: closing after announcing, each lead named once and
 * among the investors given. A new round without investors has none; an update that gives
 * leads alone has them checked against the round's own investors, later.
 */
function checkRoundFacts(
  facts: z.infer<typeof roundFactsSchema>,
  isNewRound: boolean,
  issue: (path: string[], message: string) => void,
) {
  if (facts.announcedOn && facts.closedOn && facts.closedOn.date < facts.announcedOn.date)
    issue(['closedOn', 'date'], 'must not be before `announcedOn`');
  const checkMembership = isNewRound || facts.investors != null;
  const investors = new Set((facts.investors ?? []).map(investorKey));
  const leads = new Set<string>();
  (facts.leadInvestors ?? []).forEach((lead, index) => {
    const key = investorKey(lead);
    if (checkMembership && !investors.has(key))
      issue(['leadInvestors', String(index)], 'must also be among `investors`');
    else if (leads.has(key)) issue(['leadInvestors', String(index)], 'must not name an investor twice');
    leads.add(key);
  });
}

const recordSchema = roundFactsSchema
  .extend({
    company: slug,
    stage: z.enum(fundingStage.enumValues),
    status: z.enum(dealStatus.enumValues),
    currency: z.string(),
    citation: citationSchema,
  })
  .superRefine((input, ctx) =>
    checkRoundFacts(input, true, (path, message) => ctx.addIssue({ code: 'custom', path, message })),
  );

const updateSchema = roundFactsSchema
  .extend({
    round: z.object({
      typename: z.literal('FundingRound', 'must be the ID of a funding round'),
      id: z.uuid(),
    }),
    expectedVersion,
    stage: z.enum(fundingStage.enumValues).optional(),
    currency: z.string().optional(),
  })
  .superRefine((input, ctx) =>
    checkRoundFacts(input, false, (path, message) => ctx.addIssue({ code: 'custom', path, message })),
  );

/** A round's investments from slugs; an unknown slug is an issue at its input path. */
async function investmentRows(
  tx: Transaction,
  investors: InvestorRef[],
  leads: InvestorRef[],
  issues: ValidationIssue[],
): Promise<{ companyId: string | null; personId: string | null; isLead: boolean }[]> {
  const companySlugs = investors.flatMap((investor) => investor.company ?? []);
  const personSlugs = investors.flatMap((investor) => investor.person ?? []);
  const found = new Map<string, { companyId: string | null; personId: string | null }>();
  if (companySlugs.length > 0)
    for (const row of await tx
      .select({ id: companies.id, slug: companies.slug })
      .from(companies)
      .where(inArray(companies.slug, companySlugs)))
      found.set(`company:${row.slug}`, { companyId: row.id, personId: null });
  if (personSlugs.length > 0)
    for (const row of await tx
      .select({ id: people.id, slug: people.slug })
      .from(people)
      .where(inArray(people.slug, personSlugs)))
      found.set(`person:${row.slug}`, { companyId: null, personId: row.id });
  const leadKeys = new Set(leads.map(investorKey));
  return investors.flatMap((investor, index) => {
    const ids = found.get(investorKey(investor));
    if (!ids) {
      const kind = investor.company ? 'company' : 'person';
      issues.push({
        path: ['input', 'investors', String(index), kind],
        message: `no ${kind} has the slug "${investor.company ?? investor.person}"`,
      });
      return [];
    }
    return [{ ...ids, isLead: leadKeys.has(investorKey(investor)) }];
  });
}

type PartialDateFact = z.infer<typeof partialDateSchema>;

/** A round's facts as its columns: as given, with dates split into date and precision. */
function roundColumns<Facts extends { announcedOn?: PartialDateFact; closedOn?: PartialDateFact }>(
  facts: Facts,
) {
  const { announcedOn, closedOn, ...rest } = facts;
  return {
    ...rest,
    ...(announcedOn !== undefined && dateColumns('announcedOn', announcedOn)),
    ...(closedOn !== undefined && dateColumns('closedOn', closedOn)),
  };
}

/** A round's investors by slug, and which of them lead it. */
async function currentInvestors(tx: Transaction, roundId: string) {
  const rows = await tx
    .select({ company: companies.slug, person: people.slug, isLead: investments.isLead })
    .from(investments)
    .leftJoin(companies, eq(companies.id, investments.companyId))
    .leftJoin(people, eq(people.id, investments.personId))
    .where(eq(investments.roundId, roundId));
  return rows;
}

/** A round as its audit entry keeps it: its row and its investors. */
async function auditedRound(tx: Transaction, round: typeof fundingRounds.$inferSelect) {
  const rows = await tx
    .select({ companyId: investments.companyId, personId: investments.personId, isLead: investments.isLead })
    .from(investments)
    .where(eq(investments.roundId, round.id))
    .orderBy(investments.companyId, investments.personId);
  return { ...round, investors: rows };
}

builder.mutationFields((t) => ({
  recordFundingRound: t.field({
    type: FundingRound,
    description:
      'Records a funding round with its investors and citation; its status history starts with `status`. The same company, stage, currency, amount and announcement date twice give the same round.',
    authScopes: { write: true },
    args: { input: t.arg({ type: RecordFundingRoundInput, required: true, description: 'The round.' }) },
    errors: {
      types: WRITE_ERRORS,
      union: { name: 'RecordFundingRoundResult', description: 'The round, or why it was not recorded.' },
      result: { name: 'RecordFundingRoundPayload', description: 'The round recorded (or already recorded).' },
      dataField: { name: 'fundingRound', description: 'The round.' },
    },
    resolve: (_root, args, ctx) => {
      const input = parseInput(recordSchema, args.input);
      return ctx.db.transaction(async (tx) => {
        const issues: ValidationIssue[] = [];
        const [company] = await tx
          .select({ id: companies.id })
          .from(companies)
          .where(eq(companies.slug, input.company));
        if (!company)
          issues.push({ path: ['input', 'company'], message: `no company has the slug "${input.company}"` });
        const rows = await investmentRows(tx, input.investors ?? [], input.leadInvestors ?? [], issues);
        if (!company || issues.length > 0) throw new ValidationError(issues);
        const sourceId = await citedSourceId(tx, input.citation);

        const { investors: _, leadInvestors: __, company: ___, citation: ____, ...facts } = input;
        const columns = roundColumns(facts);
        const [existing] = await tx
          .select()
          .from(fundingRounds)
          .where(
            and(
              eq(fundingRounds.companyId, company.id),
              eq(fundingRounds.stage, input.stage),
              eq(fundingRounds.currency, input.currency),
              input.amount ? eq(fundingRounds.amount, input.amount) : isNull(fundingRounds.amount),
              input.announcedOn
                ? eq(fundingRounds.announcedOn, input.announcedOn.date)
                : isNull(fundingRounds.announcedOn),
            ),
          );
        if (existing) return existing;

        const [round] = await tx
          .insert(fundingRounds)
          .values({
            companyId: company.id,
            ...columns,
          })
          .returning();
        if (!round) throw new Error('the round was not stored');
        if (rows.length > 0)
          await tx.insert(investments).values(rows.map((row) => ({ ...row, roundId: round.id })));
        const [change] = await tx
          .insert(dealStatusChanges)
          .values({
            roundId: round.id,
            status: input.status,
            ...dateColumns('changedOn', input.announcedOn),
          })
          .returning({ id: dealStatusChanges.id });
        const excerpt = input.citation.excerpt;
        await tx.insert(citations).values([
          { sourceId, excerpt, fundingRoundId: round.id },
          { sourceId, excerpt, statusChangeId: change?.id },
        ]);
        await recordWrite(tx, ctx.auth, {
          mutation: 'recordFundingRound',
          recordType: 'FundingRound',
          recordId: round.id,
          before: null,
          after: await auditedRound(tx, round),
        });
        return round;
      });
    },
  }),
  updateFundingRound: t.field({
    type: FundingRound,
    description:
      'Corrects a round’s facts and investors, if it has not changed since you read its `version`. Given investors replace the list.',
    authScopes: { write: true },
    args: { input: t.arg({ type: UpdateFundingRoundInput, required: true, description: 'The changes.' }) },
    errors: {
      types: [...WRITE_ERRORS, NotFoundError, ConflictError],
      union: {
        name: 'UpdateFundingRoundResult',
        description: 'The changed round, or why it was not changed.',
      },
      result: { name: 'UpdateFundingRoundPayload', description: 'The round as changed.' },
      dataField: { name: 'fundingRound', description: 'The round.' },
    },
    resolve: (_root, args, ctx) => {
      const {
        round: ref,
        expectedVersion,
        investors,
        leadInvestors,
        ...changes
      } = parseInput(updateSchema, args.input);
      return ctx.db.transaction(async (tx) => {
        const [row] = await tx.select().from(fundingRounds).where(eq(fundingRounds.id, ref.id));
        if (!row) throw new NotFoundError('No funding round has this ID.');
        const before = await auditedRound(tx, row);

        const issues: ValidationIssue[] = [];
        // Left out, the investors stay, and so do the leads that remain among the investors.
        const current = investors && leadInvestors ? [] : await currentInvestors(tx, row.id);
        const newInvestors = investors ?? current;
        const leads = leadInvestors ?? current.filter((investor) => investor.isLead);
        if (leadInvestors && !investors) {
          const known = new Set(current.map(investorKey));
          leadInvestors.forEach((lead, index) => {
            if (!known.has(investorKey(lead)))
              issues.push({
                path: ['input', 'leadInvestors', String(index)],
                message: 'must also be among the round’s investors',
              });
          });
        }
        const rows =
          investors || leadInvestors ? await investmentRows(tx, newInvestors, leads, issues) : undefined;
        const columns = roundColumns(changes);
        const announced = 'announcedOn' in columns ? columns.announcedOn : row.announcedOn;
        const closed = 'closedOn' in columns ? columns.closedOn : row.closedOn;
        // Named at the date the input gives: the closing, or else the announcement.
        if (announced && closed && closed < announced)
          issues.push(
            'closedOn' in columns
              ? {
                  path: ['input', 'closedOn', 'date'],
                  message: `must not be before the announcement (${announced})`,
                }
              : {
                  path: ['input', 'announcedOn', 'date'],
                  message: `must not be after the closing (${closed})`,
                },
          );
        if (issues.length > 0) throw new ValidationError(issues);

        const after = await updateAtVersion(tx, fundingRounds, row.id, expectedVersion, columns, 'The round');
        if (rows) {
          await tx.delete(investments).where(eq(investments.roundId, row.id));
          if (rows.length > 0)
            await tx.insert(investments).values(rows.map((r) => ({ ...r, roundId: row.id })));
        }
        await recordWrite(tx, ctx.auth, {
          mutation: 'updateFundingRound',
          recordType: 'FundingRound',
          recordId: after.id,
          before,
          after: await auditedRound(tx, after),
        });
        return after;
      });
    },
  }),
}));
