import {
  type DocumentNode,
  GraphQLError,
  getOperationAST,
  Kind,
  type StringValueNode,
  type ValueNode,
  visit,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { hasNul, NUL_MESSAGE, nulPaths } from './rules/text.js';

interface Operation {
  document: DocumentNode;
  variableValues?: Record<string, unknown> | null | undefined;
  operationName?: string | null | undefined;
}

/**
 * The errors of a query's or subscription's arguments that hold a NUL character, in a variable or
 * written in the document; none for a mutation, whose input is refused as a ValidationError.
 */
function nulArguments({ document, variableValues, operationName }: Operation): GraphQLError[] {
  if (getOperationAST(document, operationName)?.operation === 'mutation') return [];
  // HTTP 400, as for any other bad variable: nothing runs.
  const refused = (what: string, nodes?: ValueNode) =>
    new GraphQLError(`Invalid ${what}: ${NUL_MESSAGE}`, {
      nodes,
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  const errors = nulPaths(variableValues ?? {}).map((path) => refused(`variable $${path.join('.')}`));
  for (const node of nulLiterals(document)) errors.push(refused('argument', node));
  return errors;
}

/** The text written in each document that holds a NUL: yoga hands back one parsed document a text. */
const literalsByDocument = new WeakMap<DocumentNode, StringValueNode[]>();

/** The text written in `document` that holds a NUL character, looked for once a document. */
function nulLiterals(document: DocumentNode): StringValueNode[] {
  const known = literalsByDocument.get(document);
  if (known) return known;
  const found: StringValueNode[] = [];
  visit(document, {
    [Kind.STRING]: (node) => {
      if (hasNul(node.value)) found.push(node);
    },
  });
  literalsByDocument.set(document, found);
  return found;
}

/**
 * Reads refuse text with a NUL character, as writes do: PostgreSQL keeps none in text, and a
 * statement given one as a parameter fails.
 */
export const refuseNulArguments: Plugin = {
  onExecute({ args, setResultAndStopExecution }) {
    const errors = nulArguments(args);
    if (errors.length > 0) setResultAndStopExecution({ errors });
  },
  onSubscribe({ args, setResultAndStopExecution }) {
    const errors = nulArguments(args);
    if (errors.length > 0) setResultAndStopExecution({ errors });
  },
};
