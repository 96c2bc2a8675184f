// A codegen plugin: maps each operation in src/operations to the client method named after it
// (query FundingRounds → moat.fundingRounds, subscription LiveChanges → moat.liveChanges), so
// adding an operation file adds a method. Subscriptions are kept apart: they stream.

/** @type {import('@graphql-codegen/plugin-helpers').CodegenPlugin['plugin']} */
export function plugin(_schema, documents) {
  const operations = documents
    .flatMap((file) => file.document?.definitions ?? [])
    .filter((definition) => definition.kind === 'OperationDefinition')
    .map((operation) => {
      if (!operation.name) throw new Error('Every operation in src/operations needs a name.');
      return { name: operation.name.value, streams: operation.operation === 'subscription' };
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const method = (name) => name.charAt(0).toLowerCase() + name.slice(1);
  const map = (streams) =>
    operations
      .filter((operation) => operation.streams === streams)
      .map(({ name }) => `  ${method(name)}: ${name}Document,`);
  return [
    `import { ${operations.map(({ name }) => `${name}Document`).join(', ')} } from './graphql.js';`,
    '',
    '/** The query or mutation each client method sends, by method name. */',
    'export const operations = {',
    ...map(false),
    '} as const;',
    '',
    '/** The subscription each client method streams, by method name. */',
    'export const subscriptions = {',
    ...map(true),
    '} as const;',
    '',
  ].join('\n');
}
