// Disputes, for curators: the properties whose claims disagree with none preferred, newest first.
import type { Context } from '../../context.js';
import {
  type ClaimSubject,
  claimSubject,
  claimsOf,
  countDisputes,
  type DisputeFilter,
  type DisputeRow,
  listDisputes,
  subjectRows,
} from '../../db/queries/claims.js';
import type { ClaimRow } from '../../db/schema.js';
import type { ClaimProperty, ClaimSubjectType } from '../../rules/claims.js';
import { builder } from '../builder.js';
import { offsetPageArgs, resolveOffsetPage } from '../shared/cursors.js';
import { Claim, ClaimedRecord, FactProperty } from './claim.js';

export const RecordType = builder.enumType('RecordType', {
  description: 'A type of record whose properties sources make claims about.',
  values: {
    COMPANY: { value: 'Company', description: 'A company.' },
    PERSON: { value: 'Person', description: 'A person.' },
    ROLE: { value: 'Role', description: 'A role.' },
    QUOTE: { value: 'Quote', description: 'A quote.' },
    FUNDING_ROUND: { value: 'FundingRound', description: 'A funding round.' },
  } satisfies Record<string, { value: ClaimSubjectType; description: string }>,
});

interface Dispute extends DisputeRow {
  record: object;
  claims: ClaimRow[];
}

const DisputeRef = builder.objectRef<Dispute>('Dispute').implement({
  description:
    'A property whose claims disagree, with none preferred: it reads as the claim whose source was published last until a curator ranks one PREFERRED (rankClaim).',
  fields: (t) => ({
    record: t.field({
      type: ClaimedRecord,
      description: 'The record whose property is disputed.',
      resolve: (dispute) => dispute.record as never,
    }),
    property: t.field({
      type: FactProperty,
      description: 'The disputed property: the record’s field of that name.',
      resolve: (dispute) => dispute.property as ClaimProperty,
    }),
    latestClaimAt: t.expose('since', {
      type: 'DateTime',
      description: 'When its latest claim was recorded; disputes are listed by it, newest first.',
    }),
    claims: t.field({
      type: [Claim],
      description: 'Every claim on the property, PREFERRED first, then the latest recorded.',
      resolve: (dispute) => dispute.claims as never,
    }),
  }),
});

const DisputeFilterInput = builder.inputType('DisputeFilter', {
  description: 'Narrows the disputes; all given conditions must hold.',
  fields: (t) => ({
    type: t.field({ type: RecordType, description: 'Only disputes on records of this type.' }),
    company: t.string({
      description:
        'Only disputes about this company (its slug): its own, and those of its rounds, its roles and the quotes attributed to it or about it.',
    }),
  }),
});

/** The disputes of a page, with their records and claims: a statement per record type, one for claims. */
async function withRecordsAndClaims(db: Parameters<typeof subjectRows>[0], disputes: DisputeRow[]) {
  const [records, claims] = await Promise.all([
    subjectRows(
      db,
      disputes.map((dispute) => dispute.subject),
    ),
    claimsOf(db, disputes),
  ]);
  const key = (subject: ClaimSubject) => `${subject.type}:${subject.id}`;
  return disputes.flatMap((dispute): Dispute[] => {
    const record = records.get(key(dispute.subject));
    if (!record) return [];
    return [
      {
        ...dispute,
        record,
        claims: claims.filter(
          (claim) => claim.property === dispute.property && key(claimSubject(claim)) === key(dispute.subject),
        ),
      },
    ];
  });
}

/** The filter as the query takes it; undefined when it names a company Moat does not have (no disputes). */
async function disputeFilter(
  ctx: Context,
  given: { type?: string | null; company?: string | null } | null | undefined,
): Promise<DisputeFilter | undefined> {
  const type = given?.type as ClaimSubjectType | null | undefined;
  if (!given?.company) return { type };
  const company = await ctx.db.query.companies.findFirst({
    columns: { id: true },
    where: { slug: given.company },
  });
  return company && { type, companyId: company.id };
}

builder.queryFields((t) => ({
  disputes: t.connection(
    {
      type: DisputeRef,
      description:
        'Properties whose claims disagree with none preferred, the one with the latest claim first: the curators’ list of work.',
      args: {
        filter: t.arg({ type: DisputeFilterInput, description: 'Conditions the disputes must meet.' }),
      },
      validate: offsetPageArgs,
      resolve: async (_root, args, ctx) => {
        const filter = await disputeFilter(ctx, args.filter);
        const totalCount = filter ? await countDisputes(ctx.db, filter) : 0;
        const connection = await resolveOffsetPage(args, totalCount, async (page) =>
          filter ? withRecordsAndClaims(ctx.db, await listDisputes(ctx.db, filter, page)) : [],
        );
        return { ...connection, totalCount };
      },
    },
    {
      name: 'DisputeConnection',
      description: 'A page of disputes, the one with the latest claim first.',
      fields: (c) => ({
        totalCount: c.int({
          description: 'How many disputes match, across all pages.',
          resolve: (connection) => (connection as unknown as { totalCount: number }).totalCount,
        }),
      }),
    },
    { name: 'DisputeEdge', description: 'A dispute with its cursor.' },
  ),
}));
