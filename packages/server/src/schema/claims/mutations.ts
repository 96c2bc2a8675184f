// rankClaim: a curator says which claim on a property holds (PREFERRED), which count (NORMAL) and
// which are kept only on record (DEPRECATED, with a reason).
import { z } from 'zod';
import { claimSubject, findClaim, lockSubject, otherLiveClaims, setRank } from '../../db/queries/claims.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import { CLAIM_RANKS, REQUIRED_PROPERTIES } from '../../rules/claims.js';
import { text } from '../../rules/text.js';
import { builder } from '../builder.js';
import { globalIdOf } from '../shared/global-ids.js';
import { writeMutation } from '../shared/mutations.js';
import { Claim, ClaimRank } from './claim.js';

const RankClaimInput = builder.inputType('RankClaimInput', {
  description: 'The rank to give a claim.',
  fields: (t) => ({
    claim: t.globalID({ required: true, description: 'The claim (its global ID).' }),
    rank: t.field({ type: ClaimRank, required: true, description: 'Its new rank.' }),
    reason: t.string({ description: 'Why it is DEPRECATED: required then, and only then.' }),
  }),
});

/** How messages name each type of record. */
const RECORD_LABELS = {
  Company: 'company',
  Person: 'person',
  Role: 'role',
  Quote: 'quote',
  FundingRound: 'funding round',
} as const;

const rankClaimSchema = z
  .object({
    claim: globalIdOf('Claim', 'a claim'),
    rank: z.enum(CLAIM_RANKS),
    reason: text(500).nullish(),
  })
  .superRefine(({ rank, reason }, ctx) => {
    if (rank === 'DEPRECATED' && !reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'must say why the claim is DEPRECATED' });
    if (rank !== 'DEPRECATED' && reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'is given only for a DEPRECATED claim' });
  });

writeMutation('rankClaim', {
  type: Claim,
  description:
    'Ranks a claim. PREFERRED makes its property take the claim’s value and settles a dispute (a claim preferred before becomes NORMAL); DEPRECATED keeps it on record, never counted. The property is resolved again in the same transaction.',
  input: RankClaimInput,
  inputDescription: 'The claim and its rank.',
  schema: rankClaimSchema,
  errors: [NotFoundError],
  result: 'The ranked claim, or why it was not ranked.',
  payload: { description: 'The claim as ranked.', field: 'claim', fieldDescription: 'The claim.' },
  write: async ({ claim: ref, rank, reason }, { tx, audit }) => {
    const found = await findClaim(tx, ref.id);
    if (!found) throw new NotFoundError('No claim has this ID.');
    const subject = claimSubject(found);
    await lockSubject(tx, subject);
    // Read again under the lock: a writer before us may have ranked it.
    const before = await findClaim(tx, ref.id);
    if (!before) throw new NotFoundError('No claim has this ID.');
    const required = REQUIRED_PROPERTIES[subject.type]?.includes(before.property);
    if (
      rank === 'DEPRECATED' &&
      required &&
      before.rank !== 'DEPRECATED' &&
      (await otherLiveClaims(tx, before)) === 0
    )
      throw new ValidationError([
        {
          path: ['input', 'rank'],
          message: `is the last claim that counts for the ${before.property} of this ${RECORD_LABELS[subject.type]}, which must have one: add another claim before deprecating this one`,
        },
      ]);
    const after = await setRank(tx, before, rank, reason ?? null);
    await audit('Claim', before, after);
    return after;
  },
});
