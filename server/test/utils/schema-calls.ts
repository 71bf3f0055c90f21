import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';

/** A JSON value of `type` that passes GraphQL's own coercion: required input fields filled, others left out. */
export function dummyValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return dummyValue(type.ofType);
  if (isListType(type)) return [dummyValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined)
        value[field.name] = dummyValue(field.type);
    }
    return value;
  }
  switch (type.name) {
    case 'ID':
      return randomUUID();
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return false;
    case 'DateTime':
      return '2099-01-01T00:00:00.000Z';
    default:
      return 'x';
  }
}

/** Every field reachable from `type` without arguments, `depth` levels down: as much as a caller could read. */
export function selectionFor(type: GraphQLOutputType, depth = 3): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named) || depth === 0) return '{ __typename }';
  const fields = Object.values(named.getFields())
    .filter((f) => f.args.every((a) => !isNonNullType(a.type)))
    .map((f) => `${f.name} ${selectionFor(f.type, depth - 1)}`);
  return `{ __typename ${fields.join(' ')} }`;
}

/** Whether an argument is an ID (or a list of IDs), the kind a tenant could swap for another's. */
export const takesId = (arg: GraphQLArgument) => getNamedType(arg.type).name === 'ID';

/** `query($a: T!, …) { field(a: $a, …) { …every readable field… } }` with the given variable values. */
export function operationFor(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  values: Record<string, unknown> = {},
): { query: string; variables: Record<string, unknown> } {
  const variables: Record<string, unknown> = {};
  const declared: string[] = [];
  const passed: string[] = [];
  for (const arg of field.args) {
    const value =
      arg.name in values ? values[arg.name] : isNonNullType(arg.type) ? dummyValue(arg.type) : undefined;
    if (value === undefined) continue;
    variables[arg.name] = value;
    declared.push(`$${arg.name}: ${arg.type.toString()}`);
    passed.push(`${arg.name}: $${arg.name}`);
  }
  const vars = declared.length ? `(${declared.join(', ')})` : '';
  const args = passed.length ? `(${passed.join(', ')})` : '';
  return { query: `${kind}${vars} { ${field.name}${args} ${selectionFor(field.type)} }`, variables };
}
