// Claims: what sources say a fact's value is. Each factual property of a record holds claims,
// each with its citations and a rank; the property reads as the value the rule below resolves.

/** The ranks a claim may have, in the order a property's claims are listed. */
export const CLAIM_RANKS = ['PREFERRED', 'NORMAL', 'DEPRECATED'] as const;
export type ClaimRank = (typeof CLAIM_RANKS)[number];

/** What a property's value is; it decides how values are compared and stored. */
export type ValueKind = 'text' | 'choice' | 'date' | 'money' | 'investors';

/** The factual properties of each record type, with the kind of each one's value. */
export const CLAIMED_PROPERTIES = {
  Company: {
    kind: 'choice',
    description: 'text',
    country: 'text',
    headquarters: 'text',
    foundedOn: 'date',
    website: 'text',
  },
  Person: { bio: 'text' },
  Role: { title: 'text', since: 'date', until: 'date' },
  Quote: { text: 'text', form: 'choice', saidOn: 'date' },
  FundingRound: {
    stage: 'choice',
    amount: 'money',
    preMoneyValuation: 'money',
    postMoneyValuation: 'money',
    announcedOn: 'date',
    closedOn: 'date',
    investors: 'investors',
  },
} as const satisfies Record<string, Record<string, ValueKind>>;

export type ClaimSubjectType = keyof typeof CLAIMED_PROPERTIES;
export type PropertyOf<Type extends ClaimSubjectType> = keyof (typeof CLAIMED_PROPERTIES)[Type] & string;
export type ClaimProperty = { [Type in ClaimSubjectType]: PropertyOf<Type> }[ClaimSubjectType];
export const CLAIM_SUBJECT_TYPES = Object.keys(CLAIMED_PROPERTIES) as ClaimSubjectType[];

/** Every claimed property of every type, once, in a fixed order. */
export const CLAIM_PROPERTIES = [
  ...new Set(CLAIM_SUBJECT_TYPES.flatMap((type) => Object.keys(CLAIMED_PROPERTIES[type]))),
] as ClaimProperty[];

/** Properties a record cannot be without: a claim's value for them is never null. */
export const REQUIRED_PROPERTIES: Partial<Record<ClaimSubjectType, readonly string[]>> = {
  Company: ['kind'],
  Role: ['title'],
  Quote: ['text', 'form'],
  FundingRound: ['stage'],
};

/** Whether a record type has a property that takes claims. */
export function hasProperty(type: ClaimSubjectType, property: string): boolean {
  return Object.hasOwn(CLAIMED_PROPERTIES[type], property);
}

/** The kind of a property's value. */
export function valueKind(type: ClaimSubjectType, property: string): ValueKind {
  return (CLAIMED_PROPERTIES[type] as Record<string, ValueKind>)[property] as ValueKind;
}

/** A round's amount as a claim gives it: in the round's currency, and in US dollars where known. */
export interface MoneyValue {
  amount: string;
  currency: string;
  usd: string | null;
}

/** One investor of a round as a claim names them: a company's or a person's ID, and whether they lead. */
export interface InvestorValue {
  companyId: string | null;
  personId: string | null;
  isLead: boolean;
}

/** A decimal without trailing zeros after its point: "1.50" and "1.5" are one amount. */
export const trimScale = (decimal: string) =>
  decimal.includes('.') ? decimal.replace(/\.?0+$/, '') : decimal;

/**
 * The part of a value that says whether two claims agree, as plain text the database can also
 * compute: the same amount in the same currency agrees whatever the US-dollar figure, and the
 * same investors agree in any order. No value at all is the empty text.
 */
export function valueKey(kind: ValueKind, value: unknown): string {
  if (value === null || value === undefined) return '';
  switch (kind) {
    case 'money': {
      const money = value as MoneyValue;
      return `${trimScale(money.amount)} ${money.currency}`;
    }
    case 'date': {
      const { date, precision } = value as { date: string; precision: string };
      return `${date}/${precision}`;
    }
    case 'investors':
      return (value as InvestorValue[])
        .map((investor) =>
          [
            investor.companyId ? `c:${investor.companyId}` : `p:${investor.personId}`,
            investor.isLead ? '*' : '',
          ].join(''),
        )
        .sort()
        .join(',');
    default:
      return String(value);
  }
}

/** A claim as the resolution rule sees it. */
export interface ClaimToResolve {
  id: string;
  valueKey: string;
  rank: ClaimRank;
  /** When the latest of its sources was published; null when none of them says. */
  publishedAt: Date | null;
  recordedAt: Date;
}

/** Which claim a property reads as, and whether its claims are disputed. */
export interface Resolution<Claim> {
  /** The claim whose value the property takes; undefined when every claim is deprecated. */
  winner: Claim | undefined;
  disputed: boolean;
}

const time = (moment: Date | null) => moment?.getTime() ?? Number.NEGATIVE_INFINITY;

/** Whether a claim was published (then recorded) after another: sources without a date count as oldest. */
function isLater(claim: ClaimToResolve, other: ClaimToResolve): boolean {
  return (
    (time(claim.publishedAt) - time(other.publishedAt) ||
      claim.recordedAt.getTime() - other.recordedAt.getTime() ||
      claim.id.localeCompare(other.id)) > 0
  );
}

/**
 * The rule a property's value follows: its PREFERRED claim wins; with none, the value the NORMAL
 * claims agree on; when they disagree, the claim whose source was published last, and the
 * property is disputed. DEPRECATED claims stay on record but never win.
 */
export function resolveClaims<Claim extends ClaimToResolve>(claims: Claim[]): Resolution<Claim> {
  const preferred = claims.find((claim) => claim.rank === 'PREFERRED');
  if (preferred) return { winner: preferred, disputed: false };
  const normal = claims.filter((claim) => claim.rank === 'NORMAL');
  const winner = normal.reduce<Claim | undefined>(
    (latest, claim) => (!latest || isLater(claim, latest) ? claim : latest),
    undefined,
  );
  return { winner, disputed: new Set(normal.map((claim) => claim.valueKey)).size > 1 };
}
