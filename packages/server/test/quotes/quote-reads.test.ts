import { describe, expect, it } from 'vitest';
import { graphql } from '../graphql/gql.js';
import { useReadOnlyServer } from '../helpers.js';

const server = useReadOnlyServer({ fixtures: true });

describe('quotes', () => {
  it('filters quotes by speaker, attribution, subject and form', async () => {
    const { data } = await server.query(
      graphql(`
        query QuoteFilters {
          marcus: quotes(filter: { speaker: "gary-marcus" }) { totalCount }
          altman: quotes(filter: { speaker: "sam-altman" }) { totalCount }
          hf: quotes(filter: { attributedTo: "hugging-face" }) { totalCount nodes { speaker { slug } } }
          aboutDeepseek: quotes(filter: { about: "deepseek" }) { totalCount }
          verbatim: quotes(filter: { form: VERBATIM }) { nodes { attribution } }
          marcusAboutOpenai: quotes(filter: { speaker: "gary-marcus", about: "openai" }) { totalCount }
          dated: quotes(filter: { saidFrom: "2020-01-01" }) { totalCount }
        }
      `),
    );
    expect(data.marcus.totalCount).toBe(2);
    expect(data.dated.totalCount).toBe(2);
    expect(data.altman.totalCount).toBe(3);
    expect(data.hf).toEqual({ totalCount: 2, nodes: [{ speaker: null }, { speaker: null }] });
    expect(data.aboutDeepseek.totalCount).toBe(3);
    expect(data.verbatim.nodes).toEqual([{ attribution: 'Pat Investor' }, { attribution: 'Gary Marcus' }]);
    expect(data.marcusAboutOpenai.totalCount).toBe(1);
  });

  it('filters quotes by date and orders them by date either way, undated ones last', async () => {
    const texts = (c: { nodes: { text: string }[] }) => c.nodes.map((n) => n.text);
    const { data } = await server.query(
      graphql(`
        query QuotesByDate {
          in2024: quotes(filter: { saidFrom: "2024-01-01", saidTo: "2024-12-31" }) { nodes { text saidOn { label } } }
          newest: quotes(first: 3) { nodes { text } }
          oldest: quotes(first: 3, orderBy: SAID_ON_ASC) { nodes { text } }
          all: quotes(first: 100, orderBy: SAID_ON_ASC) { nodes { saidOn { date } } }
          pat: person(slug: "pat-investor") { quotes { nodes { text } } }
        }
      `),
    );
    expect(data.in2024.nodes).toEqual([{ text: 'Acme is growing.', saidOn: { label: 'February 2024' } }]);
    expect(texts(data.newest).slice(0, 2)).toEqual(['Acme is growing.', 'Acme ships fast.']);
    expect(texts(data.oldest).slice(0, 2)).toEqual(['Acme ships fast.', 'Acme is growing.']);
    expect(data.all.nodes.at(-1)?.saidOn).toBeNull();
    expect(data.pat && texts(data.pat.quotes)).toEqual(['Acme is growing.', 'Acme ships fast.']);
  });
});
