// A codegen plugin: maps each operation in src/operations to the client method named after it
// (query FundingRounds → moat.fundingRounds), so adding an operation file adds a method.

/** @type {import('@graphql-codegen/plugin-helpers').CodegenPlugin['plugin']} */
export function plugin(_schema, documents) {
  const operations = documents
    .flatMap((file) => file.document?.definitions ?? [])
    .filter((definition) => definition.kind === 'OperationDefinition')
    .map((operation) => {
      if (!operation.name) throw new Error('Every operation in src/operations needs a name.');
      return operation.name.value;
    })
    .sort();
  const method = (name) => name.charAt(0).toLowerCase() + name.slice(1);
  return [
    `import { ${operations.map((name) => `${name}Document`).join(', ')} } from './graphql.js';`,
    '',
    '/** The document each client method sends, by method name. */',
    'export const operations = {',
    ...operations.map((name) => `  ${method(name)}: ${name}Document,`),
    '} as const;',
    '',
  ].join('\n');
}
