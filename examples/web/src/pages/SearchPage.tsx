import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorState, Loading } from '../components/States';
import { graphql } from '../generated';
import { useMoatQuery } from '../moat';

const SearchPageQuery = graphql(`
  query SearchPage($query: String!) {
    search(query: $query, first: 20) {
      totalCount
      edges {
        score
        node {
          __typename
          ... on Company {
            id
            slug
            name
            kind
            description
          }
          ... on Person {
            id
            slug
            name
            bio
          }
          ... on Quote {
            id
            text
            attribution
            speaker {
              slug
              name
            }
            about {
              slug
              name
            }
          }
        }
      }
    }
  }
`);

/** The value, once it has stopped changing for `ms`: results follow typing without a request a key. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function SearchPage() {
  const [params, setParams] = useSearchParams();
  // The field keeps its own state, so fast typing never waits on navigation; the URL follows
  // the settled text, so a search can be shared and comes back with the Back button.
  const [text, setText] = useState(() => params.get('q') ?? '');
  const query = useDebounced(text.trim(), 250);
  useEffect(() => {
    if ((params.get('q') ?? '') !== query) setParams(query ? { q: query } : {}, { replace: true });
  }, [query, params, setParams]);
  const result = useMoatQuery(SearchPageQuery, { query }, { enabled: query.length > 0 });

  return (
    <>
      <h1>Search Moat</h1>
      <search>
        <form onSubmit={(event) => event.preventDefault()}>
          <label htmlFor="search">Companies, people and quotes</label>
          <input
            id="search"
            type="search"
            value={text}
            placeholder="deepseek, Sam Altman, R1…"
            autoComplete="off"
            onChange={(event) => setText(event.target.value)}
          />
        </form>
      </search>
      <section aria-live="polite" aria-busy={result.isFetching}>
        {query.length === 0 ? (
          <p className="hint">Type a name; typos are fine.</p>
        ) : result.isPending ? (
          <Loading what="results" />
        ) : result.isError ? (
          <ErrorState error={result.error} retry={() => result.refetch()} />
        ) : result.data.search.edges.length === 0 ? (
          <p className="empty">Nothing matches “{query}”.</p>
        ) : (
          <>
            <h2>
              {result.data.search.totalCount} {result.data.search.totalCount === 1 ? 'result' : 'results'}
            </h2>
            <ol className="results">
              {result.data.search.edges.map(({ node }) => (
                <li key={node.id}>
                  {node.__typename === 'Company' ? (
                    <>
                      <Link to={`/companies/${node.slug}`}>{node.name}</Link>{' '}
                      <span className="kind">company</span>
                      {node.description && <p>{node.description}</p>}
                    </>
                  ) : node.__typename === 'Person' ? (
                    <>
                      <Link to={`/people/${node.slug}`}>{node.name}</Link>{' '}
                      <span className="kind">person</span>
                      {node.bio && <p>{node.bio}</p>}
                    </>
                  ) : (
                    <>
                      <span className="kind">quote</span> {node.text}{' '}
                      <span className="quote-meta">
                        —{' '}
                        {node.speaker ? (
                          <Link to={`/people/${node.speaker.slug}`}>{node.speaker.name}</Link>
                        ) : (
                          node.attribution
                        )}
                        {node.about.length > 0 && ' · about '}
                        {node.about.map((company, index) => (
                          <span key={company.slug}>
                            {index > 0 && ', '}
                            <Link to={`/companies/${company.slug}`}>{company.name}</Link>
                          </span>
                        ))}
                      </span>
                    </>
                  )}
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
    </>
  );
}
