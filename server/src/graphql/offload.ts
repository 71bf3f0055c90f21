import { resolve } from 'node:path';
import { HeaderMap, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import {
  getVariableValues,
  Kind,
  print,
  type FormattedExecutionResult,
  type GraphQLFormattedError,
  type OperationDefinitionNode,
} from 'graphql';
import { Piscina } from 'piscina';
import { RETRY_AFTER_SECONDS } from './unavailable';

/** A query handed to a worker thread: the caller is settled (and charged) on the main thread. */
export interface OffloadTask {
  query: string;
  operationName: string | null;
  variables: Record<string, unknown>;
  viewer: unknown;
}

/** A worker's answer: the data already as JSON text, the errors already formatted. */
export interface OffloadAnswer {
  data: string | null;
  errors?: GraphQLFormattedError[];
  /** The database could not be reached: answered with a 503 like any other request (unavailablePlugin). */
  unavailable: boolean;
}

/** Data serialised on a worker thread, spliced into the answer as it is (see stringifyResult). */
export class SerializedData {
  constructor(readonly json: string) {}
  /** For anything that serialises the answer some other way. */
  toJSON(): unknown {
    return JSON.parse(this.json);
  }
}

/** Apollo's answer text; a worker's data goes in as the text it sent, not parsed and serialised again. */
export function stringifyResult(value: FormattedExecutionResult): string {
  if (!(value.data instanceof SerializedData)) return `${JSON.stringify(value)}\n`;
  const parts: string[] = [];
  if (value.errors) parts.push(`"errors":${JSON.stringify(value.errors)}`);
  parts.push(`"data":${value.data.json}`);
  if (value.extensions) parts.push(`"extensions":${JSON.stringify(value.extensions)}`);
  return `{${parts.join(',')}}\n`;
}

/**
 * Worker threads that run whole read-only operations and hand back the answer's text. Large analytics
 * answers (a year of days, nine times over) take tens of milliseconds to assemble, complete and
 * serialise: done on the thread that answers redirects, each one would hold up every redirect behind
 * it. The threads run at a lower CPU priority than the main thread, so a redirect never waits for them.
 */
export class OffloadPool {
  private readonly pool: Piscina;
  /** Operations answered by a worker (metrics, tests). */
  completed = 0;

  constructor(opts: { filename: string; threads: number; workerData: unknown }) {
    this.pool = new Piscina({
      filename: resolve(opts.filename),
      // Started by the first operation that needs one (building the schema there takes a second).
      minThreads: 0,
      maxThreads: opts.threads,
      idleTimeout: Infinity,
      workerData: opts.workerData,
    });
  }

  /** Starts the threads and lets them load and connect, so that the first query does not wait for it. */
  warm(): void {
    for (let i = 0; i < this.pool.options.maxThreads; i++) this.pool.run(null).catch(() => undefined);
  }

  async run(task: OffloadTask): Promise<OffloadAnswer> {
    const answer = (await this.pool.run(task)) as OffloadAnswer;
    this.completed++;
    return answer;
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}

/** Whether every root field of the operation is one the workers answer (`__typename` too). */
function onlyFields(operation: OperationDefinitionNode, fields: ReadonlySet<string>): boolean {
  return operation.selectionSet.selections.every(
    (selection) =>
      selection.kind === Kind.FIELD &&
      (fields.has(selection.name.value) || selection.name.value === '__typename'),
  );
}

/**
 * Answers queries made only of `fields` on the offload pool, after Apollo has parsed, validated,
 * checked access and charged the budget here. Anything else, variables that do not coerce (Apollo's
 * own error path answers those) and a failing pool run here as usual.
 */
export function offloadPlugin<C extends BaseContext>(opts: {
  pool: OffloadPool;
  fields: ReadonlySet<string>;
  viewer: (context: C) => unknown;
}): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ operation, document, request, schema, contextValue }) {
          if (operation.operation !== 'query' || !onlyFields(operation, opts.fields)) return null;
          const variables = request.variables ?? {};
          if (getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors) return null;
          let answer: OffloadAnswer;
          try {
            answer = await opts.pool.run({
              query: request.query ?? print(document),
              operationName: request.operationName ?? null,
              variables,
              viewer: opts.viewer(contextValue),
            });
          } catch (error) {
            console.error(`Worker thread failed, answering on the main thread: ${(error as Error).message}`);
            return null;
          }
          const headers = new HeaderMap();
          if (answer.unavailable) headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          return {
            http: { status: answer.unavailable ? 503 : undefined, headers },
            body: {
              kind: 'single',
              singleResult: {
                data: answer.data === null ? null : (new SerializedData(answer.data) as never),
                ...(answer.errors ? { errors: answer.errors } : {}),
              },
            },
          };
        },
      };
    },
  };
}
