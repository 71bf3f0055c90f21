import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  getNamedType,
  type DocumentNode,
  isLeafType,
  type GraphQLError,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { requestRefused } from '../shared/errors';
import { MAX_PAGE_SIZE } from '../shared/validation';

/**
 * Bounds on what one GraphQL request may ask for. The schema's deepest honest query (links → nodes →
 * field) has depth 3, the dashboard's heaviest page one clickStats: these leave room for integrations
 * while refusing documents built to exhaust the server.
 */
export const GRAPHQL_LIMITS = {
  /** Nesting of selections (fragments flattened). */
  maxDepth: 8,
  /** Aliases in a document: each alias can repeat a root field, so this bounds fan-out too. */
  maxAliases: 10,
  /** Lexical tokens: parsing itself is bounded before any rule runs. */
  maxTokens: 2_000,
  /** Estimated cost, see `estimateCost`. */
  maxCost: 1_000,
};

/** What a field is expected to cost the database: analytics are heavy, pages multiply their items. */
const FIELD_COST: Record<string, number> = {
  'Query.clickStats': 100,
};

const estimateCost: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const own = FIELD_COST[`${type.name}.${field.name}`] ?? (isLeafType(getNamedType(field.type)) ? 0 : 1);
  // A page's items each cost their selection: links(first: 100) { nodes { … } } is 100 times the node.
  const first = typeof args.first === 'number' ? Math.min(Math.max(args.first, 1), MAX_PAGE_SIZE) : 1;
  return own + first * childComplexity;
};

/**
 * A field's share of its caller's budget of expensive work, declared on the field with
 * `@Extensions({ budgetCost })` from its coerced arguments (e.g. clickStats: its range's buckets).
 */
export type BudgetCost = (args: Record<string, unknown>) => number;

const estimateBudget: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const cost = field.extensions?.budgetCost as BudgetCost | undefined;
  return (cost ? cost(args) : 0) + childComplexity;
};

/** Spends a request's budgeted cost for its caller, or throws (RATE_LIMITED) to refuse the request. */
export type ChargeBudget<C> = (context: C, cost: number) => Promise<void>;

/** Validation rules: they depend on the document alone, so Apollo may cache their verdict. */
export function limitRules(): ValidationRule[] {
  // Reported as validation errors (GRAPHQL_VALIDATION_FAILED, HTTP 400) rather than thrown.
  const onReject = [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error)];
  return [
    maxDepthRule({
      n: GRAPHQL_LIMITS.maxDepth,
      flattenFragments: true,
      // Introspection is its own gate (see access.ts), and its standard query is deep.
      ignoreIntrospection: true,
      propagateOnRejection: false,
      onReject,
    }) as ValidationRule,
    maxAliasesRule({
      n: GRAPHQL_LIMITS.maxAliases,
      propagateOnRejection: false,
      onReject,
    }) as ValidationRule,
  ];
}

/** How long a document's measured cost is reused for the same variables (relative ranges move with time). */
const COST_MEMO_MS = 10_000;
/** Variable sets remembered per document: an integration repeats a few; anything else is measured again. */
const COST_MEMO_VARIANTS = 16;
/** Larger variables (an upload of recipients) are measured each time rather than kept. */
const COST_MEMO_MAX_KEY = 2_048;

interface Measured {
  cost: number;
  budgeted: number;
  at: number;
}

/**
 * Cost depends on variables (`first: $n`), so it is checked per request, after the operation is known.
 * Measuring walks the whole document twice (and a clickStats' budget lists its buckets), milliseconds for
 * the heaviest request: a client repeating it, even one refused for its budget each time, would spend
 * them on every try on the thread that answers redirects. Apollo hands back the same parsed document
 * for the same query text, so the measure is remembered per document and variables for a few seconds.
 */
export function costLimitPlugin<C extends BaseContext>(
  schema: GraphQLSchema,
  chargeBudget?: ChargeBudget<C>,
): ApolloServerPlugin<C> {
  const memo = new WeakMap<DocumentNode, Map<string, Measured>>();
  const measureOnce = (
    document: DocumentNode,
    variables: Record<string, unknown>,
    operationName?: string,
  ) => {
    const measure = (estimator: ComplexityEstimator) =>
      getComplexity({ schema, query: document, variables, operationName, estimators: [estimator] });
    const now = Date.now();
    const fresh = () => ({
      cost: measure(estimateCost),
      budgeted: chargeBudget ? measure(estimateBudget) : 0,
      at: now,
    });
    const key = JSON.stringify([operationName ?? null, variables]);
    if (key.length > COST_MEMO_MAX_KEY) return fresh();
    let byVariables = memo.get(document);
    const known = byVariables?.get(key);
    if (known && now - known.at < COST_MEMO_MS) return known;
    const measured = fresh();
    if (!byVariables) memo.set(document, (byVariables = new Map()));
    if (byVariables.size >= COST_MEMO_VARIANTS) byVariables.clear();
    byVariables.set(key, measured);
    return measured;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, contextValue }) {
          let cost: number;
          let budgeted: number;
          try {
            ({ cost, budgeted } = measureOnce(
              document,
              request.variables ?? {},
              request.operationName ?? undefined,
            ));
          } catch {
            // Variables that do not coerce: execution refuses them with BAD_USER_INPUT before any
            // resolver runs, so there is no cost to bound.
            return;
          }
          if (cost > GRAPHQL_LIMITS.maxCost) {
            throw requestRefused(
              'GRAPHQL_VALIDATION_FAILED',
              `Query too expensive: estimated cost ${cost}, at most ${GRAPHQL_LIMITS.maxCost}. Ask for fewer items or split the query.`,
              400,
            );
          }
          // Charged for the whole request before any of it runs: all of it is answered, or none.
          if (budgeted > 0) await chargeBudget!(contextValue, budgeted);
        },
      };
    },
  };
}
