import { formatMoney } from '@moat/sdk';
import type { ReactNode } from 'react';
import { type FragmentType, getFragmentData, graphql } from '../generated';
import type { CompanyDisputesQuery, DisputedClaimFragment, FactProperty } from '../generated/graphql';
import { useMoatQuery } from '../moat';
import { Citations } from './Citations';

export const ClaimFragment = graphql(`
  fragment DisputedClaim on Claim {
    __typename
    id
    rank
    citations {
      ...CitationItem
    }
    ... on TextClaim {
      textValue: value
    }
    ... on CompanyKindClaim {
      kindValue: value
    }
    ... on FundingStageClaim {
      stageValue: value
    }
    ... on QuoteFormClaim {
      formValue: value
    }
    ... on MoneyClaim {
      moneyValue: value {
        amount
        currency
      }
    }
    ... on DateClaim {
      dateValue: value {
        label
      }
    }
    ... on InvestorsClaim {
      investorsValue: value {
        investor {
          ... on Company {
            name
          }
          ... on Person {
            name
          }
        }
      }
    }
  }
`);

// A company's page reads its disputes at once: those of the company and of its rounds.
const CompanyDisputesDocument = graphql(`
  query CompanyDisputes($slug: String!) {
    disputes(filter: { company: $slug }, first: 100) {
      nodes {
        property
        record {
          ... on Node {
            id
          }
        }
        claims {
          ...DisputedClaim
        }
      }
    }
  }
`);

type Dispute = CompanyDisputesQuery['disputes']['nodes'][number];

/** The dispute over one property of one record, if any. */
export type FindDispute = (recordId: string, property: FactProperty) => Dispute | undefined;

/** The disputes about a company and its rounds, fetched only when one of them is disputed. */
export function useCompanyDisputes(slug: string, anyDisputed: boolean): FindDispute {
  const result = useMoatQuery(CompanyDisputesDocument, { slug }, { enabled: anyDisputed });
  const disputes = result.data?.disputes.nodes ?? [];
  return (recordId, property) =>
    disputes.find((dispute) => dispute.record.id === recordId && dispute.property === property);
}

const plain = (value: string) => value.toLowerCase().replaceAll('_', ' ');

/** What a claim says, whatever its type. */
function claimValue(claim: DisputedClaimFragment): string {
  switch (claim.__typename) {
    case 'TextClaim':
      return claim.textValue ?? 'none';
    case 'CompanyKindClaim':
      return plain(claim.kindValue);
    case 'FundingStageClaim':
      return plain(claim.stageValue);
    case 'QuoteFormClaim':
      return plain(claim.formValue);
    case 'MoneyClaim':
      return formatMoney(claim.moneyValue);
    case 'DateClaim':
      return claim.dateValue?.label ?? 'none';
    case 'InvestorsClaim':
      return claim.investorsValue.map(({ investor }) => investor?.name ?? 'a deleted investor').join(', ');
  }
}

/** The claims of a disputed fact: each value with its rank and the excerpts behind it. */
function Claims(props: { claims: readonly FragmentType<typeof ClaimFragment>[] }) {
  const claims = props.claims.map((claim) => getFragmentData(ClaimFragment, claim));
  return (
    <details className="claims">
      <summary>{claims.length} sources disagree</summary>
      <ul aria-label="Claims">
        {claims.map((claim) => (
          <li key={claim.id}>
            <span className="claim-value">{claimValue(claim)}</span>{' '}
            <span className="claim-rank">{plain(claim.rank)}</span>
            <Citations citations={claim.citations} />
          </li>
        ))}
      </ul>
    </details>
  );
}

/** A fact's value; when its sources disagree, marked disputed, with what each of them says. */
export function FactValue(props: { children: ReactNode; dispute: Dispute | undefined }) {
  if (!props.dispute) return <>{props.children}</>;
  return (
    <>
      {props.children} <span className="disputed">disputed</span>
      <Claims claims={props.dispute.claims} />
    </>
  );
}
