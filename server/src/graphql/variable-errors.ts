import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  coerceInputValue,
  getNullableType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLNullableType,
  type GraphQLSchema,
  type VariableDefinitionNode,
} from 'graphql';

/** The type at `path` inside `type` (list indices and field names), or undefined. */
function typeAt(type: GraphQLInputType, path: readonly (string | number)[]): GraphQLInputType | undefined {
  let current: GraphQLInputType | undefined = type;
  for (const key of path) {
    const nullable: GraphQLNullableType | undefined = current && getNullableType(current);
    if (typeof key === 'number')
      current = isListType(nullable) ? (nullable.ofType as GraphQLInputType) : undefined;
    else current = isInputObjectType(nullable) ? nullable.getFields()[key]?.type : undefined;
  }
  return current;
}

/**
 * The input field each coercion error of one variable is about, in the order graphql-js reports them:
 * the last field name on the error's path; for an object missing required fields (empty path), each
 * missing field in turn. Found by coercing the value again with graphql-js's own structured callback, so
 * no error message is read.
 */
function coercionFields(type: GraphQLInputType, value: unknown): (string | null)[] {
  const fields: (string | null)[] = [];
  coerceInputValue(value, type, (path, invalid) => {
    const named = path.filter((key): key is string => typeof key === 'string');
    if (named.length > 0) {
      fields.push(named[named.length - 1]!);
      return;
    }
    const objectType = getNullableType(typeAt(type, path) ?? type);
    if (isInputObjectType(objectType) && invalid && typeof invalid === 'object') {
      const missing = Object.values(objectType.getFields()).filter(
        (field) =>
          isNonNullType(field.type) &&
          field.defaultValue === undefined &&
          (invalid as Record<string, unknown>)[field.name] === undefined,
      );
      // One call per missing field, then one per unknown field (which names no field of ours).
      const seen = fields.filter((f) => f !== null && missing.some((m) => m.name === f)).length;
      fields.push(missing[seen]?.name ?? null);
      return;
    }
    fields.push(null);
  });
  return fields;
}

/**
 * Names the input field of a variable-coercion error (`extensions.field`), as the services name theirs,
 * so a client can put the message beside the right input whichever layer refused it.
 */
export function variableErrorFieldsPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, request, schema }) {
          const pending = new Map<string, (string | null)[]>();
          for (const error of errors) {
            const node = error.nodes?.[0];
            if (node?.kind !== Kind.VARIABLE_DEFINITION || error.extensions.field !== undefined) continue;
            const field = nextField(pending, node, schema, request.variables ?? {});
            if (field) (error.extensions as Record<string, unknown>).field = field;
          }
        },
      };
    },
  };
}

function nextField(
  pending: Map<string, (string | null)[]>,
  node: VariableDefinitionNode,
  schema: GraphQLSchema,
  variables: Record<string, unknown>,
): string | null {
  const name = node.variable.name.value;
  let fields = pending.get(name);
  if (!fields) {
    const type = typeFromAST(schema, node.type) as GraphQLInputType | undefined;
    const value = variables[name];
    fields = type && value !== undefined && value !== null ? coercionFields(type, value) : [];
    pending.set(name, fields);
  }
  const field = fields.shift() ?? null;
  return field && /^\w+$/.test(field) ? field : null;
}
