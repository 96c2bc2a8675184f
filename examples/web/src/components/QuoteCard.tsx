import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../generated';
import { Citations } from './Citations';

export const QuoteCardFragment = graphql(`
  fragment QuoteCard on Quote {
    id
    text
    form
    attribution
    saidOn {
      label
    }
    speaker {
      slug
      name
    }
    attributedTo {
      slug
      name
    }
    about {
      slug
      name
    }
    citations {
      ...CitationItem
    }
  }
`);

/** What was said, by whom (a person, or a company's people), and the excerpt that reports it. */
export function QuoteCard(props: { quote: FragmentType<typeof QuoteCardFragment> }) {
  const quote = getFragmentData(QuoteCardFragment, props.quote);
  const who = quote.speaker ? (
    <Link to={`/people/${quote.speaker.slug}`}>{quote.speaker.name}</Link>
  ) : quote.attributedTo ? (
    <>
      {quote.attribution} (<Link to={`/companies/${quote.attributedTo.slug}`}>{quote.attributedTo.name}</Link>
      )
    </>
  ) : (
    quote.attribution
  );
  return (
    <article className="quote">
      <p className={`quote-text quote-${quote.form.toLowerCase()}`}>
        {quote.form === 'VERBATIM' ? `“${quote.text}”` : quote.text}
      </p>
      <p className="quote-meta">
        {who}
        {quote.form === 'PARAPHRASE' ? ', paraphrased' : ', verbatim'}
        {quote.saidOn && `, ${quote.saidOn.label}`}
        {quote.about.length > 0 && (
          <>
            {' · about '}
            {quote.about.map((company, index) => (
              <span key={company.slug}>
                {index > 0 && ', '}
                <Link to={`/companies/${company.slug}`}>{company.name}</Link>
              </span>
            ))}
          </>
        )}
      </p>
      <Citations citations={quote.citations} />
    </article>
  );
}
