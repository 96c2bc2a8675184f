import { readFileSync } from 'node:fs';
import {
  type GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { paths, printSchemaSdl, schema } from '../moat.js';

describe('the schema', () => {
  it('is printed in the committed schema.graphql (run `pnpm schema:print` after a change)', () => {
    expect(readFileSync(paths.printedSchema, 'utf8')).toBe(printSchemaSdl());
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    const check = (what: string, description: string | null | undefined) => {
      if (!description?.trim()) missing.push(what);
    };
    const ownTypes = Object.values(schema.getTypeMap()).filter(
      (type: GraphQLNamedType) => !type.name.startsWith('__'),
    );
    for (const type of ownTypes) {
      if (['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      check(type.name, type.description);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          check(`${type.name}.${field.name}`, field.description);
          for (const arg of 'args' in field ? field.args : []) {
            check(`${type.name}.${field.name}(${arg.name})`, arg.description);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
      }
      if (isUnionType(type)) expect(type.getTypes().length).toBeGreaterThan(1);
    }
    expect(missing).toEqual([]);
  });
});
