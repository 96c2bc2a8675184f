import { type FragmentType, getFragmentData, graphql } from '../generated';

export const CitationFragment = graphql(`
  fragment CitationItem on Citation {
    id
    excerpt
    source {
      title
      url
      publisher
    }
  }
`);

/** The excerpts that report a fact, each with its source. */
export function Citations(props: { citations: readonly FragmentType<typeof CitationFragment>[] }) {
  const citations = props.citations.map((citation) => getFragmentData(CitationFragment, citation));
  if (citations.length === 0) return null;
  return (
    <ul className="citations" aria-label="Sources">
      {citations.map((citation) => (
        <li key={citation.id}>
          <blockquote>{citation.excerpt}</blockquote>
          <cite>
            {citation.source.url ? (
              <a href={citation.source.url}>{citation.source.title}</a>
            ) : (
              citation.source.title
            )}
            {citation.source.publisher && `, ${citation.source.publisher}`}
          </cite>
        </li>
      ))}
    </ul>
  );
}
