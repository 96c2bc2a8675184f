// Plain-text formatting for people reading a terminal.
import {
  type AnyClaimFragment,
  type CitationFieldsFragment,
  type ClaimFieldsFragment,
  type DisputesQuery,
  type FactProperty,
  formatMoney,
  type InvestorRefFragment,
} from '@moat/sdk';

export type Dispute = DisputesQuery['disputes']['nodes'][number];

export const NONE = '—';

/** IN_NEGOTIATION → "in negotiation". */
export function plain(value: string): string {
  return value.toLowerCase().replaceAll('_', ' ');
}

/** At most `length` characters, cut at a word with "…". */
export function shorten(text: string, length = 80): string {
  return text.length <= length ? text : `${text.slice(0, text.lastIndexOf(' ', length - 1))}…`;
}

export function names(investors: readonly InvestorRefFragment[]): string {
  return investors.map((investor) => investor.name).join(', ') || NONE;
}

/** An excerpt and where it comes from, indented under the fact it supports. */
export function citations(
  list: readonly Pick<CitationFieldsFragment, 'excerpt' | 'source'>[] | ClaimFieldsFragment['citations'],
  indent = '    ',
): string[] {
  return list.map((citation) => `${indent}“${citation.excerpt}” — ${citation.source.title}`);
}

/** Columns padded to their widest cell, under an upper-case header. */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  indent = '  ',
): string[] {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    indent +
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header.map((title) => title.toUpperCase())), ...rows.map(line)];
}

/** A fact's value with " (disputed)" when its claims disagree. */
export function marked(value: string, disputed: readonly FactProperty[], property: FactProperty): string {
  return disputed.includes(property) ? `${value} (disputed)` : value;
}

/** What a claim says, whatever its type. */
export function claimValue(claim: AnyClaimFragment): string {
  switch (claim.__typename) {
    case 'TextClaim':
      return claim.textValue ?? NONE;
    case 'CompanyKindClaim':
      return plain(claim.kindValue);
    case 'FundingStageClaim':
      return plain(claim.stageValue);
    case 'QuoteFormClaim':
      return plain(claim.formValue);
    case 'MoneyClaim':
      return formatMoney(claim.moneyValue);
    case 'DateClaim':
      return claim.dateValue?.label ?? NONE;
    case 'InvestorsClaim':
      return (
        claim.investorsValue
          .map(
            ({ investor, isLead }) => `${investor?.name ?? 'a deleted investor'}${isLead ? ' (lead)' : ''}`,
          )
          .join(', ') || NONE
      );
  }
}

/** Each competing claim of a dispute, its value and rank, then the excerpts that support it. */
export function disputeLines(dispute: Dispute, indent = '  '): string[] {
  return [
    `${indent}${plain(dispute.property)} (disputed):`,
    ...dispute.claims.flatMap((claim) => [
      `${indent}  ${claimValue(claim)} (${plain(claim.rank)})`,
      ...citations(claim.citations, `${indent}    `),
    ]),
  ];
}
