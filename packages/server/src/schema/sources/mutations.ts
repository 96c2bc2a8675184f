// Writes to sources and citations: addSource (the same document twice is one source), addCitation
// (another excerpt for a fact), and their deletes, each refused while facts depend on it.
import { z } from 'zod';
import type { Transaction } from '../../db/audit.js';
import { citationsOfSource, citedQuote, otherExcerptsOfFact } from '../../db/queries/citations.js';
import { claimsOnlySupportedBy } from '../../db/queries/claims.js';
import { findRecord, insertOne } from '../../db/queries/rows.js';
import { sameSource } from '../../db/queries/sources.js';
import {
  type CitationRow,
  citations,
  companies,
  fundingRounds,
  people,
  quotes,
  roles,
  sourceKind,
  sources,
} from '../../db/schema.js';
import { holdsFacts, lockNaturalKey } from '../../db/versioned-writes.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import { pastMoment } from '../../rules/dates.js';
import { documentText, sha256, sha256Hex } from '../../rules/excerpts.js';
import { text } from '../../rules/text.js';
import { holdsWords } from '../../rules/words.js';
import { builder } from '../builder.js';
import { citeOnce } from '../shared/claim-writes.js';
import { deleteMutation } from '../shared/deletes.js';
import { webAddress } from '../shared/inputs.js';
import { writeMutation } from '../shared/mutations.js';
import { Citation, CitationInput, citationSchema, citedSource } from './citation.js';
import { Source, SourceKind } from './source.js';

const AddSourceInput = builder.inputType('AddSourceInput', {
  description:
    'A document that reports facts. The same URL (or, without one, the same title) is the same source.',
  fields: (t) => ({
    title: t.string({ required: true, description: 'Its title.' }),
    kind: t.field({ type: SourceKind, required: true, description: 'What kind of document it is.' }),
    publisher: t.string({ description: 'Who published it.' }),
    url: t.field({ type: 'URL', description: 'Where it can be read.' }),
    publishedAt: t.field({ type: 'DateTime', description: 'When it was published.' }),
    text: t.string({
      description:
        'Its full text, to keep: then every excerpt cited from it must occur in it verbatim, and its place is kept.',
    }),
    contentSha256: t.string({
      description:
        'The sha256 of its text (lowercase hex): computed from `text` when given (and then it must match), or given alone.',
    }),
    retrievedAt: t.field({ type: 'DateTime', description: 'When its text was retrieved.' }),
    archiveUrl: t.field({ type: 'URL', description: 'An archived copy, for example in a web archive.' }),
  }),
});

const addSourceSchema = z
  .object({
    title: text(500),
    kind: z.enum(sourceKind.enumValues),
    publisher: text(200)
      .nullish()
      .transform((publisher) => publisher ?? null),
    url: webAddress.transform((url) => url ?? null),
    publishedAt: pastMoment,
    text: documentText.nullish().transform((text) => text ?? null),
    contentSha256: sha256Hex.nullish(),
    retrievedAt: pastMoment,
    archiveUrl: webAddress.transform((url) => url ?? null),
  })
  .refine((source) => !source.text || !source.contentSha256 || source.contentSha256 === sha256(source.text), {
    path: ['contentSha256'],
    message: 'is not the sha256 of the text given',
  })
  .transform((source) => ({
    ...source,
    contentSha256: source.contentSha256 ?? (source.text ? sha256(source.text) : null),
  }));

writeMutation('addSource', {
  type: Source,
  description:
    'Records a source to cite. The same URL (or title, without a URL) twice gives the same source.',
  input: AddSourceInput,
  inputDescription: 'The source.',
  schema: addSourceSchema,
  errors: [ConflictError],
  result: 'The source, or why it was not recorded.',
  payload: {
    description: 'The source recorded (or already recorded).',
    field: 'source',
    fieldDescription: 'The source.',
  },
  write: async (facts, { tx, audit }) => {
    await lockNaturalKey(tx, 'Source', facts.url ?? null, facts.url ? null : facts.title);
    const existing = await sameSource(tx, facts);
    if (existing) {
      if (holdsFacts(existing, facts)) return existing;
      throw new ConflictError(
        `A source with this ${facts.url ? 'URL' : 'title'} is already recorded with other facts.`,
      );
    }
    const source = await insertOne(tx, sources, facts);
    await audit('Source', null, source);
    return source;
  },
});

/** The facts that carry citations: their table and the citation column that points at them. */
const CITED_FACTS = {
  Company: { table: companies, owner: 'companyId' },
  Person: { table: people, owner: 'personId' },
  Role: { table: roles, owner: 'roleId' },
  Quote: { table: quotes, owner: 'quoteId' },
  FundingRound: { table: fundingRounds, owner: 'fundingRoundId' },
} as const;

type CitedType = keyof typeof CITED_FACTS;

const AddCitationInput = builder.inputType('AddCitationInput', {
  description: 'Another excerpt that reports a fact already in Moat.',
  fields: (t) => ({
    fact: t.globalID({
      required: true,
      description: 'The fact it reports: the global ID of a company, person, role, quote or funding round.',
    }),
    citation: t.field({ type: CitationInput, required: true, description: 'The source and its excerpt.' }),
  }),
});

const addCitationSchema = z.object({
  fact: z.object({
    typename: z.enum(Object.keys(CITED_FACTS) as [CitedType, ...CitedType[]], {
      message: 'must be the ID of a company, person, role, quote or funding round',
    }),
    id: z.uuid(),
  }),
  citation: citationSchema,
});

writeMutation('addCitation', {
  type: Citation,
  description: 'Cites another excerpt for a fact. The same excerpt of the same source twice is one citation.',
  input: AddCitationInput,
  inputDescription: 'The fact and the excerpt.',
  schema: addCitationSchema,
  errors: [NotFoundError],
  result: 'The citation, or why it was not recorded.',
  payload: {
    description: 'The citation recorded (or already recorded).',
    field: 'citation',
    fieldDescription: 'The citation.',
  },
  write: async (input, write) => {
    const { table, owner } = CITED_FACTS[input.fact.typename];
    const fact = await findRecord(write.tx, table, input.fact);
    if (!fact) throw new NotFoundError(`No ${input.fact.typename} has this ID.`);
    return citeOnce(write, owner, fact.id, await citedSource(write.tx, input.citation));
  },
});

deleteMutation({
  type: 'Source',
  table: sources,
  by: 'id',
  description: 'Deletes a source no citation cites; while one does, the delete is refused (ConflictError).',
  refuse: async (tx, source) => {
    const used = await citationsOfSource(tx, source.id);
    return used > 0 ? `${used} citation(s) still cite this source; delete or move them first.` : undefined;
  },
});

/**
 * Why a citation may not go: it is the last one of its fact (every fact keeps a source), the
 * last support of a claim, or the last one that holds a VERBATIM quote's words.
 */
async function lastCitation(tx: Transaction, citation: CitationRow): Promise<string | undefined> {
  const others = await otherExcerptsOfFact(tx, citation);
  if (others.length === 0)
    return 'This is the only citation of its fact; add another before deleting it, or delete the fact.';
  const quote = await citedQuote(tx, citation);
  if (quote?.form === 'VERBATIM' && !others.some((excerpt) => holdsWords(excerpt, quote.text)))
    return 'This is the only citation that holds the VERBATIM quote’s words; add another that does first.';
  const supported = await claimsOnlySupportedBy(tx, citation.id);
  if (supported.length > 0)
    return `This is the only citation of the claim(s) on ${[...new Set(supported.map((claim) => claim.property))].join(', ')}: cite another excerpt for the same value first (an update with that value and its citation), or delete the record.`;
  return undefined;
}

deleteMutation({
  type: 'Citation',
  table: citations,
  by: 'id',
  description:
    'Deletes a citation, unless it is the only one of its fact or the only support of a claim (ConflictError, saying what to do): every fact and every claim keeps a source.',
  refuse: lastCitation,
});
