// Expected failures of mutations, returned as typed members of each mutation's result union
// (@pothos/plugin-errors; every union has ValidationError and NotAuthorizedError), so that clients
// can narrow on `__typename`.
import type { GraphQLError } from 'graphql';
import {
  ConflictError,
  NotAuthorizedError,
  NotFoundError,
  ValidationError,
  type ValidationIssue,
} from '../../errors.js';
import { builder } from '../builder.js';

export const UserError = builder.interfaceRef<GraphQLError>('UserError').implement({
  description: 'An expected failure of a mutation. Nothing was written.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What went wrong, in a sentence.' }),
  }),
});

const ValidationIssueRef = builder.objectRef<ValidationIssue>('ValidationIssue').implement({
  description: 'One problem with a mutation’s input.',
  fields: (t) => ({
    path: t.exposeStringList('path', { description: 'Where in the input: ["input", "slug"].' }),
    message: t.exposeString('message', { description: 'What is wrong there.' }),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'The input breaks one or more rules; each issue names its input path.',
  interfaces: [UserError],
  fields: (t) => ({
    issues: t.field({
      type: [ValidationIssueRef],
      description: 'Every problem found, each with its path.',
      resolve: (error) => error.issues,
    }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'The record to change does not exist.',
  interfaces: [UserError],
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  description:
    'The record changed since it was read (its version is not `expectedVersion`), or exists with other values.',
  interfaces: [UserError],
  fields: (t) => ({
    currentVersion: t.exposeInt('currentVersion', {
      nullable: true,
      description: 'The record’s version now, to read it again and retry.',
    }),
  }),
});

builder.objectType(NotAuthorizedError, {
  name: 'NotAuthorizedError',
  description: 'The API key is missing, unknown, revoked or lacks the scope this mutation needs.',
  interfaces: [UserError],
});
