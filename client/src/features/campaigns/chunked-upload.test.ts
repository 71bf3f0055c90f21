import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { chunk, sendInChunks, type UploadProgress } from './chunked-upload';

const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ line: i + 2, id: `r${i}` }));

function refused(index: number, field = 'externalId') {
  return new CombinedGraphQLErrors({
    errors: [{ message: 'externalId is invalid', extensions: { code: 'BAD_USER_INPUT', field, index } }],
  });
}

describe('chunk', () => {
  it('slices in order with a short last slice', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 3)).toEqual([]);
    expect(() => chunk([1], 0)).toThrow(RangeError);
  });
});

describe('sendInChunks', () => {
  it('sends 25,001 rows as 10,000 + 10,000 + 5,001 and reports progress after each', async () => {
    const sizes: number[] = [];
    const progress: UploadProgress[] = [];
    const result = await sendInChunks(
      rows(25_001),
      async (part) => {
        sizes.push(part.length);
      },
      { onProgress: (p) => progress.push(p) },
    );
    expect(result).toEqual({ ok: true, done: 25_001 });
    expect(sizes).toEqual([10_000, 10_000, 5_001]);
    expect(progress.map((p) => p.done)).toEqual([0, 10_000, 20_000, 25_001]);
  });

  it('names the refused row by its line: extensions.index plus the chunk offset', async () => {
    let calls = 0;
    const result = await sendInChunks(
      rows(25),
      async (part) => {
        calls++;
        if (part[0]!.id === 'r10') throw refused(3);
      },
      { chunkSize: 10 },
    );
    expect(calls).toBe(2);
    // Row r13 (index 3 of the second chunk) sits on line 15.
    expect(result).toEqual({
      ok: false,
      failure: {
        done: 10,
        firstLine: 12,
        lastLine: 21,
        line: 15,
        field: 'externalId',
        message: 'externalId is invalid',
      },
    });
  });

  it('resumes at the first row not yet accepted', async () => {
    const firstIds: string[] = [];
    const result = await sendInChunks(
      rows(25),
      async (part) => {
        firstIds.push(part[0]!.id);
      },
      { chunkSize: 10, startAt: 10 },
    );
    expect(firstIds).toEqual(['r10', 'r20']);
    expect(result).toEqual({ ok: true, done: 25 });
  });

  it('reports a network failure without a line', async () => {
    const result = await sendInChunks(rows(3), () => Promise.reject(new TypeError('Failed to fetch')));
    expect(result).toMatchObject({ ok: false, failure: { done: 0, line: null, firstLine: 2, lastLine: 4 } });
  });

  it('never sends more than the server takes in one call', async () => {
    await expect(sendInChunks(rows(1), async () => {}, { chunkSize: 10_001 })).rejects.toThrow(RangeError);
  });
});
