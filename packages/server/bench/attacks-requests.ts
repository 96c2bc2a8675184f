// The requests of bench/attacks.ts: the attacks, the normal query, and how each is sent.

const fields = (count: number, field: string) => Array.from({ length: count }, () => field).join(' ');
const aliases = (count: number) => Array.from({ length: count }, (_, i) => `a${i}: __typename`).join(' ');

/** Each attack: a name and the request body (JSON) it sends. */
export const ATTACKS: [string, string][] = [
  ['11 MB: 1,000,000 × __typename', JSON.stringify({ query: `{ ${fields(1_000_000, '__typename')} }` })],
  ['1,000,000 tokens (2 MB)', JSON.stringify({ query: `{ ${fields(1_000_000, 'a')} }` })],
  ['950,000 tokens (1.9 MB, read to its end)', JSON.stringify({ query: `{ ${fields(950_000, 'a')} }` })],
  ['200,000 aliases (3.6 MB)', JSON.stringify({ query: `{ ${aliases(200_000)} }` })],
  ['under 1 MB: 90,000 × __typename', JSON.stringify({ query: `{ ${fields(90_000, '__typename')} }` })],
  ['under 1 MB: 45,000 aliases', JSON.stringify({ query: `{ ${aliases(45_000)} }` })],
  ['under 1 MB: 2,000 aliases', JSON.stringify({ query: `{ ${aliases(2_000)} }` })],
  [
    'under 1 MB: 50,000 directives',
    JSON.stringify({ query: `{ __typename ${fields(50_000, '@include(if: true)')} }` }),
  ],
  [
    'introspection 10 levels deep',
    JSON.stringify({
      query: `{ __schema { types { ${'fields { type { '.repeat(10)} name ${'} } '.repeat(10)} } } }`,
    }),
  ],
];
export const NORMAL = JSON.stringify({
  query: '{ company(slug: "openai") { name fundingRounds(first: 5) { totalCount } } }',
});
/** The attacks sent in a loop while a normal query is timed: cut off, read to its end, parsed. */
export const FLOODS = [0, 2, 4];

/** Sends `body`; the status and the milliseconds to the whole answer. */
export async function send(url: string, body: string) {
  const began = performance.now();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    await response.arrayBuffer();
    return { status: String(response.status), ms: performance.now() - began };
  } catch {
    // A server may close the connection on a body it refuses before reading it all.
    return { status: 'closed', ms: performance.now() - began };
  }
}
