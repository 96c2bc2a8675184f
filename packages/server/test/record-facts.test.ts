import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, quotes } from '../src/db/schema.js';
import { startWriteTestServer, type TestServer } from './helpers.js';

let server: TestServer;
let key = '';
let sourceId = '';

beforeAll(async () => {
  ({ server, key, sourceId } = await startWriteTestServer());
});
afterAll(() => server.close());

const RECORD = `mutation ($input: RecordQuoteInput!) {
  recordQuote(input: $input) {
    __typename
    ... on RecordQuotePayload {
      quote { id text form attribution speaker { slug } attributedTo { slug } about { slug } saidOn { label } citations { excerpt } }
    }
    ... on UserError { message }
    ... on ValidationError { issues { path message } }
  }
}`;

async function record(input: Record<string, unknown>) {
  return (await server.query(RECORD, { input }, key)).data.recordQuote;
}

async function counts() {
  const [quoteCount] = await server.connection.db.select({ n: count() }).from(quotes);
  const [auditCount] = await server.connection.db.select({ n: count() }).from(auditLog);
  return { quotes: quoteCount?.n, audit: auditCount?.n };
}

const excerpt = 'Altman later said that "compute is the currency of the future" at a conference.';
const verbatim = () => ({
  text: 'compute is the currency of the future',
  form: 'VERBATIM',
  speaker: 'sam-altman',
  about: ['openai'],
  saidOn: '2025-02-01',
  precision: 'MONTH',
  citation: { source: sourceId, excerpt },
});

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
    const before = await counts();
    expect((await record(verbatim())).quote.id).toBe(first.quote.id);
    expect(await counts()).toEqual(before);
  });

  it('records a view attributed to a company’s people, with no speaker', async () => {
    const result = await record({
      text: 'Open models will catch up within a year.',
      form: 'PARAPHRASE',
      attributedTo: 'hugging-face',
      attribution: 'Hugging Face executives',
      citation: { source: sourceId, excerpt: 'executives at Hugging Face expect open models to catch up' },
    });
    expect(result.quote).toMatchObject({
      speaker: null,
      attributedTo: { slug: 'hugging-face' },
      attribution: 'Hugging Face executives',
    });
  });

  it('refuses a quote with no one to say it, words not in the excerpt, unknown slugs, a future date: nothing written', async () => {
    const before = await counts();
    const nobody = await record({ ...verbatim(), speaker: null, text: 'compute' });
    expect(nobody.issues).toEqual([
      {
        path: ['input', 'speaker'],
        message: 'a quote needs a speaker, or an attribution such as "Hugging Face executives"',
      },
    ]);
    const misquoted = await record({ ...verbatim(), text: 'compute is the new oil' });
    expect(misquoted.issues).toEqual([
      { path: ['input', 'text'], message: 'a VERBATIM quote must stand word for word in its excerpt' },
    ]);
    const unknown = await record({ ...verbatim(), speaker: 'nobody', about: ['openai', 'nowhere'] });
    expect(unknown.issues).toEqual([
      { path: ['input', 'speaker'], message: 'no person has the slug "nobody"' },
      { path: ['input', 'about', '1'], message: 'no company has the slug "nowhere"' },
    ]);
    const future = await record({ ...verbatim(), saidOn: '2999-01-01' });
    expect(future.issues).toEqual([{ path: ['input', 'saidOn'], message: 'must not be in the future' }]);
    expect(await counts()).toEqual(before);
  });
});

describe('addSource', () => {
  const ADD = `mutation ($input: AddSourceInput!) {
    addSource(input: $input) {
      __typename
      ... on AddSourcePayload { source { id title kind publisher url publishedAt } }
      ... on UserError { message }
      ... on ValidationError { issues { path message } }
    }
  }`;
  const add = async (input: Record<string, unknown>) =>
    (await server.query(ADD, { input }, key)).data.addSource;
  const article = {
    title: 'Mistral raises again',
    kind: 'ARTICLE',
    publisher: 'Example Times',
    url: 'https://example.com/mistral',
    publishedAt: '2025-06-01T08:00:00Z',
  };

  it('records a source once, however often it is added, and a quote can cite it', async () => {
    const first = await add(article);
    expect(first).toEqual({
      __typename: 'AddSourcePayload',
      source: { id: expect.any(String), ...article, publishedAt: '2025-06-01T08:00:00.000Z' },
    });
    expect((await add(article)).source.id).toBe(first.source.id);
    const quote = await record({
      text: 'We will stay independent.',
      form: 'PARAPHRASE',
      attributedTo: 'hugging-face',
      attribution: 'Hugging Face executives',
      citation: { source: first.source.id, excerpt: 'they said they would stay independent' },
    });
    expect(quote.__typename).toBe('RecordQuotePayload');
  });

  it('refuses the same URL with other facts, a blank title and a future date', async () => {
    expect(await add({ ...article, title: 'Another title' })).toEqual({
      __typename: 'ConflictError',
      message: 'A source with this URL is already recorded with other facts.',
    });
    const bad = await add({
      ...article,
      url: 'https://example.com/other',
      title: ' ',
      publishedAt: '2999-01-01T00:00:00Z',
    });
    expect(bad.issues).toEqual([
      { path: ['input', 'title'], message: 'must not be blank' },
      { path: ['input', 'publishedAt'], message: 'must not be in the future' },
    ]);
  });
});

describe('addCitation', () => {
  const ADD = `mutation ($input: AddCitationInput!) {
    addCitation(input: $input) {
      __typename
      ... on AddCitationPayload { citation { id excerpt source { title } } }
      ... on UserError { message }
      ... on ValidationError { issues { path message } }
    }
  }`;
  const add = async (input: Record<string, unknown>) =>
    (await server.query(ADD, { input }, key)).data.addCitation;

  it('cites another excerpt for a company, last in its list; the same excerpt twice is one citation', async () => {
    const { data } = await server.query('{ company(slug: "deepseek") { id citations { excerpt } } }');
    const input = {
      fact: data.company.id,
      citation: { source: sourceId, excerpt: 'DeepSeek, a Chinese startup' },
    };
    const first = await add(input);
    expect(first).toMatchObject({
      __typename: 'AddCitationPayload',
      citation: { excerpt: 'DeepSeek, a Chinese startup', source: { title: 'The rise of DeepSeek' } },
    });
    expect((await add(input)).citation.id).toBe(first.citation.id);
    const after = await server.query('{ company(slug: "deepseek") { citations { excerpt } } }');
    expect(after.data.company.citations.map((c: any) => c.excerpt)).toEqual([
      ...data.company.citations.map((c: any) => c.excerpt),
      'DeepSeek, a Chinese startup',
    ]);
  });

  it('refuses a fact that does not exist, and an ID that is not a fact', async () => {
    const missing = Buffer.from('Quote:00000000-0000-4000-8000-000000000000').toString('base64');
    expect(await add({ fact: missing, citation: { source: sourceId, excerpt: 'x' } })).toEqual({
      __typename: 'NotFoundError',
      message: 'No Quote has this ID.',
    });
    const notAFact = await add({ fact: sourceId, citation: { source: sourceId, excerpt: 'x' } });
    expect(notAFact.issues).toEqual([
      {
        path: ['input', 'fact', 'typename'],
        message: 'must be the ID of a company, person, role, quote or funding round',
      },
    ]);
  });
});
