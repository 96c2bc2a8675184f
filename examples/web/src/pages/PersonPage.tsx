import { Link, useParams } from 'react-router';
import { QuoteCard } from '../components/QuoteCard';
import { ErrorState, Loading } from '../components/States';
import { graphql } from '../generated';
import { useMoatQuery } from '../moat';
import { NotFound } from './NotFound';

const PersonPageQuery = graphql(`
  query PersonPage($slug: String!) {
    person(slug: $slug) {
      id
      name
      bio
      roles {
        id
        title
        since {
          label
        }
        until {
          label
        }
        company {
          slug
          name
        }
      }
      quotes(first: 50) {
        totalCount
        nodes {
          id
          ...QuoteCard
        }
      }
    }
  }
`);

export function PersonPage() {
  const { slug = '' } = useParams();
  const result = useMoatQuery(PersonPageQuery, { slug });
  if (result.isPending) return <Loading what="the person" />;
  if (result.isError) return <ErrorState error={result.error} retry={() => result.refetch()} />;
  const person = result.data.person;
  if (!person) return <NotFound what={`No person has the slug “${slug}”.`} />;
  return (
    <article>
      <h1>{person.name}</h1>
      {person.bio && <p className="lead">{person.bio}</p>}
      <section aria-labelledby="roles">
        <h2 id="roles">Roles</h2>
        {person.roles.length === 0 ? (
          <p className="empty">No roles recorded.</p>
        ) : (
          <ul>
            {person.roles.map((role) => (
              <li key={role.id}>
                {role.title}, <Link to={`/companies/${role.company.slug}`}>{role.company.name}</Link>
                {role.since && ` since ${role.since.label}`}
                {role.until && ` until ${role.until.label}`}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="quotes">
        <h2 id="quotes">Quotes</h2>
        {person.quotes.nodes.length === 0 ? (
          <p className="empty">No quotes recorded.</p>
        ) : (
          person.quotes.nodes.map((quote) => <QuoteCard key={quote.id} quote={quote} />)
        )}
      </section>
    </article>
  );
}
