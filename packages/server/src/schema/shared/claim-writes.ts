// How a mutation writes claims: the excerpt cited once on the record, then each value a claim it
// supports (or a citation more for a claim of the same value), each new claim audited.
import type { CitedExcerpt } from '../../db/queries/citations.js';
import { findCitation, insertCitation } from '../../db/queries/citations.js';
import { addClaims, type ClaimSubject } from '../../db/queries/claims.js';
import { type CitationOwner, type CitationRow, CLAIM_SUBJECTS } from '../../db/schema.js';
import { lockNaturalKey } from '../../db/versioned-writes.js';
import { hasProperty } from '../../rules/claims.js';
import type { Write } from './mutations.js';

/** The values among an input's facts that take claims on this type; those left out are skipped. */
export function claimedValues(subject: ClaimSubject['type'], facts: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(facts).filter(
      ([property, value]) => value !== undefined && hasProperty(subject, property),
    ),
  );
}

/** A fact's citation of this excerpt: the one it has, or a new one (audited). */
export async function citeOnce(
  { tx, audit }: Write,
  owner: CitationOwner,
  factId: string,
  cited: CitedExcerpt,
): Promise<CitationRow> {
  // One fact's citations are added one at a time: no duplicate, and each its own position.
  await lockNaturalKey(tx, 'Citation', factId);
  const existing = await findCitation(tx, owner, factId, cited.sourceId, cited.excerpt);
  if (existing) return existing;
  const citation = await insertCitation(tx, owner, factId, cited);
  await audit('Citation', null, citation);
  return citation;
}

/** A record's citation of this excerpt, as `citeOnce` finds or adds it. */
export const citeForClaims = (write: Write, subject: ClaimSubject, cited: CitedExcerpt) =>
  citeOnce(write, CLAIM_SUBJECTS[subject.type], subject.id, cited);

/** Adds the values as claims on the record, supported by the citation, and resolves them. */
export async function writeClaims(
  write: Write,
  subject: ClaimSubject,
  values: Record<string, unknown>,
  citation: CitationRow,
): Promise<void> {
  if (Object.keys(values).length === 0) return;
  const { auth } = write.ctx;
  const created = await addClaims(write.tx, subject, values, [citation.id], {
    apiKeyId: auth.kind === 'valid' ? auth.key.id : null,
  });
  for (const claim of created) await write.audit('Claim', null, claim);
}

/**
 * A zod refinement of an update: one that gives facts (or `alsoFacts`, input fields that make
 * part of a claim's value) must cite the excerpt that reports them.
 */
export function citesItsFacts(type: ClaimSubject['type'], alsoFacts: string[] = []) {
  const check = (input: Record<string, unknown>) =>
    !!input.citation ||
    (Object.keys(claimedValues(type, input)).length === 0 &&
      alsoFacts.every((field) => input[field] === undefined));
  const where = {
    path: ['citation'],
    message:
      'must be given with new facts: each becomes a claim, and a claim needs the excerpt that reports it',
  };
  return [check, where] as const;
}

/** How an update input describes its citation. */
export const UPDATE_CITATION_DESCRIPTION =
  'The excerpt that reports the facts given: required with any of them. Each fact becomes a claim it supports (or it is added to the claim of the same value); the field reads as the value its claims resolve to.';
