import { describe, expect, it } from 'vitest';
import { ofType } from '../assertions.js';
import { changesSince, databaseDigest } from '../database.js';
import { graphql } from '../graphql/gql.js';
import type { RecordQuoteInput } from '../graphql/graphql.js';
import { useWriteTestServer } from '../helpers.js';

const { server, analyst, source } = useWriteTestServer();

const RecordQuote = graphql(`
  mutation RecordQuote($input: RecordQuoteInput!) {
    recordQuote(input: $input) {
      __typename
      ... on RecordQuotePayload {
        quote { id text form attribution speaker { slug } attributedTo { slug } about { slug } saidOn { label } citations { excerpt } }
      }
      ... on UserError { message }
      ... on ValidationError { issues { path message } }
    }
  }
`);

const record = (input: RecordQuoteInput) => server.send(RecordQuote, input, analyst.key);
const issues = async (input: RecordQuoteInput) => ofType(await record(input), 'ValidationError').issues;

const excerpt = 'Altman later said that "compute is the currency of the future" at a conference.';
const verbatim = () =>
  ({
    text: 'compute is the currency of the future',
    form: 'VERBATIM',
    speaker: 'sam-altman',
    about: ['openai'],
    saidOn: '2025-02-01',
    precision: 'MONTH',
    citation: { source: source.id, excerpt },
  }) satisfies RecordQuoteInput;

describe('recordQuote', () => {
  it('records a verbatim quote with its speaker, subjects, date and citation; the same quote twice is one', async () => {
    const first = await record(verbatim());
    expect(first).toEqual({
      __typename: 'RecordQuotePayload',
      quote: {
        id: expect.any(String),
        text: 'compute is the currency of the future',
        form: 'VERBATIM',
        attribution: 'Sam Altman',
        speaker: { slug: 'sam-altman' },
        attributedTo: null,
        about: [{ slug: 'openai' }],
        saidOn: { label: 'February 2025' },
        citations: [{ excerpt }],
      },
    });
    const before = await databaseDigest(server);
    const again = await record(verbatim());
    expect(ofType(again, 'RecordQuotePayload').quote.id).toBe(ofType(first, 'RecordQuotePayload').quote.id);
    expect(await changesSince(server, before)).toEqual({});
  });

  it('records a view attributed to a company’s people, with no speaker', async () => {
    const result = await record({
      text: 'Open models will catch up within a year.',
      form: 'PARAPHRASE',
      attributedTo: 'hugging-face',
      attribution: 'Hugging Face executives',
      citation: { source: source.id, excerpt: 'executives at Hugging Face expect open models to catch up' },
    });
    expect(ofType(result, 'RecordQuotePayload').quote).toMatchObject({
      speaker: null,
      attributedTo: { slug: 'hugging-face' },
      attribution: 'Hugging Face executives',
    });
  });

  it('refuses a quote with no one to say it, words not in the excerpt, unknown slugs, a future date: nothing written', async () => {
    const before = await databaseDigest(server);
    expect(await issues({ ...verbatim(), speaker: null, text: 'compute' })).toEqual([
      {
        path: ['input', 'speaker'],
        message: 'a quote needs a speaker, or an attribution such as "Hugging Face executives"',
      },
    ]);
    expect(await issues({ ...verbatim(), text: 'compute is the new oil' })).toEqual([
      { path: ['input', 'text'], message: 'a VERBATIM quote must stand word for word in its excerpt' },
    ]);
    expect(await issues({ ...verbatim(), speaker: 'nobody', about: ['openai', 'nowhere'] })).toEqual([
      { path: ['input', 'speaker'], message: 'no person has the slug "nobody"' },
      { path: ['input', 'about', '1'], message: 'no company has the slug "nowhere"' },
    ]);
    expect(await issues({ ...verbatim(), saidOn: '2999-01-01' })).toEqual([
      { path: ['input', 'saidOn'], message: 'must not be in the future' },
    ]);
    expect(await changesSince(server, before)).toEqual({});
  });
});
