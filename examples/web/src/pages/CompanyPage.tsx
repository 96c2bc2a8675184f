import { formatMoney } from '@moat/sdk';
import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { FactValue, useCompanyDisputes } from '../components/Disputed';
import { FundingRounds } from '../components/FundingRounds';
import { QuoteCard } from '../components/QuoteCard';
import { ErrorState, Loading } from '../components/States';
import { graphql } from '../generated';
import type { FactProperty } from '../generated/graphql';
import { queryKey, useLiveRefresh, useMoatQuery } from '../moat';
import { NotFound } from './NotFound';

// The chart library is most of the app's weight: it loads with the first company page.
const RoundsTimeline = lazy(() =>
  import('../components/RoundsTimeline').then((module) => ({ default: module.RoundsTimeline })),
);

const CompanyPageQuery = graphql(`
  query CompanyPage($slug: String!) {
    company(slug: $slug) {
      id
      disputed
      name
      kind
      description
      aliases
      country
      headquarters
      website
      foundedOn {
        label
      }
      totalRaised {
        amount
        currency
      }
      latestValuation {
        amount
        currency
      }
      people(first: 50) {
        nodes {
          id
          title
          since {
            label
          }
          person {
            slug
            name
          }
        }
      }
      fundingRounds(first: 50) {
        nodes {
          id
          disputed
          ...FundingRoundItem
          ...RoundsTimeline
        }
      }
      quotesAbout(first: 50) {
        nodes {
          id
          ...QuoteCard
        }
      }
    }
  }
`);

export function CompanyPage() {
  const { slug = '' } = useParams();
  const result = useMoatQuery(CompanyPageQuery, { slug });
  const company = result.data?.company;
  // A round (or any fact of the company) written elsewhere shows without a reload.
  useLiveRefresh({ company: slug }, queryKey(CompanyPageQuery, { slug }), Boolean(company));
  const anyDisputed = [company, ...(company?.fundingRounds.nodes ?? [])].some(
    (record) => (record?.disputed.length ?? 0) > 0,
  );
  const findDispute = useCompanyDisputes(slug, anyDisputed);
  if (result.isPending) return <Loading what="the company" />;
  if (result.isError) return <ErrorState error={result.error} retry={() => result.refetch()} />;
  if (!company) return <NotFound what={`No company has the slug “${slug}”.`} />;

  const facts: [string, string | null | undefined, FactProperty?][] = [
    ['Kind', company.kind.toLowerCase().replaceAll('_', ' '), 'KIND'],
    ['Also known as', company.aliases.join(', ')],
    ['Country', company.country, 'COUNTRY'],
    ['Headquarters', company.headquarters, 'HEADQUARTERS'],
    ['Founded', company.foundedOn?.label, 'FOUNDED_ON'],
    ['Total raised', company.totalRaised && formatMoney(company.totalRaised)],
    ['Latest valuation', company.latestValuation && formatMoney(company.latestValuation)],
  ];
  return (
    <article>
      <h1>{company.name}</h1>
      {company.description && <p className="lead">{company.description}</p>}
      <dl className="facts">
        {facts
          .filter(([, value]) => value)
          .map(([term, value, property]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>
                <FactValue dispute={property && findDispute(company.id, property)}>{value}</FactValue>
              </dd>
            </div>
          ))}
        {company.website && (
          <div>
            <dt>Website</dt>
            <dd>
              <a href={company.website}>{company.website}</a>
            </dd>
          </div>
        )}
      </dl>
      <p className="note">Totals count announced and closed rounds only.</p>

      <section aria-labelledby="people">
        <h2 id="people">People</h2>
        {company.people.nodes.length === 0 ? (
          <p className="empty">No people recorded.</p>
        ) : (
          <ul>
            {company.people.nodes.map((role) => (
              <li key={role.id}>
                <Link to={`/people/${role.person.slug}`}>{role.person.name}</Link>, {role.title}
                {role.since && ` since ${role.since.label}`}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="rounds">
        <h2 id="rounds">Funding rounds</h2>
        <Suspense fallback={<Loading what="the chart" />}>
          <RoundsTimeline rounds={company.fundingRounds.nodes} />
        </Suspense>
        <FundingRounds rounds={company.fundingRounds.nodes} findDispute={findDispute} />
      </section>

      <section aria-labelledby="quotes">
        <h2 id="quotes">Quotes about {company.name}</h2>
        {company.quotesAbout.nodes.length === 0 ? (
          <p className="empty">No quotes about {company.name} recorded.</p>
        ) : (
          company.quotesAbout.nodes.map((quote) => <QuoteCard key={quote.id} quote={quote} />)
        )}
      </section>
    </article>
  );
}
