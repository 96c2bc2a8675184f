import { formatMoney } from '@moat/sdk';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../generated';
import { Citations } from './Citations';
import { FactValue, type FindDispute } from './Disputed';
import { StatusBadge } from './StatusBadge';

export const InvestorLinkFragment = graphql(`
  fragment InvestorLink on Investor {
    __typename
    ... on Company {
      id
      slug
      name
    }
    ... on Person {
      id
      slug
      name
    }
  }
`);

export const FundingRoundFragment = graphql(`
  fragment FundingRoundItem on FundingRound {
    id
    status
    stage
    announcedOn {
      label
    }
    amount {
      amount
      currency
    }
    postMoneyValuation {
      amount
      currency
    }
    leadInvestors {
      ...InvestorLink
    }
    investors {
      ...InvestorLink
    }
    citations {
      ...CitationItem
    }
    disputed
  }
`);

type InvestorRefs = readonly FragmentType<typeof InvestorLinkFragment>[];

/** Investors as links to their pages, or a dash when there are none. */
function InvestorLinks(props: { investors: InvestorRefs }) {
  const investors = props.investors.map((investor) => getFragmentData(InvestorLinkFragment, investor));
  if (investors.length === 0) return <>—</>;
  return investors.map((investor, index) => (
    <span key={investor.id}>
      {index > 0 && ', '}
      <Link to={`/${investor.__typename === 'Company' ? 'companies' : 'people'}/${investor.slug}`}>
        {investor.name}
      </Link>
    </span>
  ));
}

/** A company's rounds: amount, valuation, status, lead and other investors, and their sources. */
export function FundingRounds(props: {
  rounds: readonly FragmentType<typeof FundingRoundFragment>[];
  findDispute: FindDispute;
}) {
  const { findDispute } = props;
  const rounds = props.rounds.map((round) => getFragmentData(FundingRoundFragment, round));
  if (rounds.length === 0) return <p className="empty">No funding rounds recorded.</p>;
  return (
    <ul className="rounds">
      {rounds.map((round) => {
        const leads = new Set(
          round.leadInvestors.map((lead) => getFragmentData(InvestorLinkFragment, lead).id),
        );
        return (
          <li key={round.id} className="round">
            <table>
              <caption className="visually-hidden">Funding round</caption>
              <tbody>
                <tr>
                  <th scope="row">Amount</th>
                  <td className="amount">
                    <FactValue dispute={findDispute(round.id, 'AMOUNT')}>
                      {formatMoney(round.amount)}
                    </FactValue>
                  </td>
                </tr>
                <tr>
                  <th scope="row">Valuation (post-money)</th>
                  <td>
                    <FactValue dispute={findDispute(round.id, 'POST_MONEY_VALUATION')}>
                      {formatMoney(round.postMoneyValuation)}
                    </FactValue>
                  </td>
                </tr>
                <tr>
                  <th scope="row">Status</th>
                  <td>
                    <StatusBadge status={round.status} />
                  </td>
                </tr>
                <tr>
                  <th scope="row">Announced</th>
                  <td>
                    <FactValue dispute={findDispute(round.id, 'ANNOUNCED_ON')}>
                      {round.announcedOn?.label ?? 'Date not reported'}
                    </FactValue>
                  </td>
                </tr>
                <tr>
                  <th scope="row">Lead investors</th>
                  <td>
                    <FactValue dispute={findDispute(round.id, 'INVESTORS')}>
                      <InvestorLinks investors={round.leadInvestors} />
                    </FactValue>
                  </td>
                </tr>
                <tr>
                  <th scope="row">Other investors</th>
                  <td>
                    <InvestorLinks
                      investors={round.investors.filter(
                        (investor) => !leads.has(getFragmentData(InvestorLinkFragment, investor).id),
                      )}
                    />
                  </td>
                </tr>
              </tbody>
            </table>
            <Citations citations={round.citations} />
          </li>
        );
      })}
    </ul>
  );
}
