import { describe, expect, it } from 'vitest';
import { readCsv } from './csv';
import { parseRecipientsCsv } from './recipients-csv';

const withDefault = { campaignDestination: 'https://example.com/offer' };
const withoutDefault = { campaignDestination: null };

describe('readCsv', () => {
  it('counts lines from where each record starts, across quoted line breaks and blank lines', () => {
    const text = 'external_id,note\r\na1,x\r\n\r\nb2,"two\r\nlines"\r\nc3,y\r\n';
    const table = readCsv(text, ['external_id']);
    expect(table.ok && table.records.map((r) => [r.line, r.values.external_id])).toEqual([
      [2, 'a1'],
      [4, 'b2'],
      [6, 'c3'],
    ]);
  });

  it('normalises header names, drops a byte-order mark and detects semicolons', () => {
    const table = readCsv('\uFEFFExternal ID;Destination-URL\nabc;https://example.com/a\n', ['external_id']);
    expect(table).toMatchObject({ ok: true, columns: ['external_id', 'destination_url'] });
    expect(table.ok && table.records[0]!.values).toEqual({
      external_id: 'abc',
      destination_url: 'https://example.com/a',
    });
  });

  it('refuses a file without the required column, naming what it found', () => {
    const table = readCsv('phone,name\n123,Ann\n', ['external_id']);
    expect(table).toEqual({
      ok: false,
      error: 'The header row (line 1) has no external_id column. It has: phone, name.',
    });
  });

  it('refuses an empty file, a header alone and a repeated column', () => {
    expect(readCsv('', ['external_id']).ok).toBe(false);
    expect(readCsv('external_id\n', ['external_id'])).toMatchObject({ error: /no rows/ });
    expect(readCsv('external_id,External ID\na,b\n', ['external_id'])).toMatchObject({ error: /twice/ });
  });

  it('reports an unclosed quote and surplus fields on their lines', () => {
    const table = readCsv('external_id\nok1\nbad,extra\n"open\n', ['external_id']);
    expect(table.ok && table.problems.map((p) => p.line)).toEqual([3, 4]);
  });
});

describe('parseRecipientsCsv', () => {
  it('keeps valid rows with their lines and takes a repeated external id once (its first line)', () => {
    const file = parseRecipientsCsv(
      'external_id,destination_url\n crm-1 ,\ncrm-2,https://example.com/b\ncrm-1,https://example.com/x\n',
      withDefault,
    );
    expect(file).toEqual({
      ok: true,
      rows: [
        { line: 2, externalId: 'crm-1', destinationUrl: null },
        { line: 3, externalId: 'crm-2', destinationUrl: 'https://example.com/b' },
      ],
      repeated: 1,
      problems: [],
    });
  });

  it('lists every bad row by its line in the file (header = line 1)', () => {
    const text = [
      'external_id,destination_url',
      'good-1,',
      ',https://example.com/empty-id',
      `${'x'.repeat(201)},`,
      'good-2,javascript:alert(1)',
      'good-3,example.com/no-scheme',
      'good-4,https://user:pw@example.com/',
      '"tab\tinside",',
      'good-5,https://example.com/fine',
    ].join('\n');
    const file = parseRecipientsCsv(text, withDefault);
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    expect(file.problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(file.problems[0]!.message).toMatch(/empty external_id/);
    expect(file.problems[1]!.message).toMatch(/longer than 200/);
    expect(file.problems[2]!.message).toMatch(/not http or https/);
    expect(file.problems[3]!.message).toMatch(/not a full URL/);
    expect(file.problems[4]!.message).toMatch(/user name or password/);
    expect(file.problems[5]!.message).toMatch(/control character/);
    expect(file.rows.map((r) => r.externalId)).toEqual(['good-1', 'good-5']);
  });

  it('counts 200 characters as code points, as the server does', () => {
    const file = parseRecipientsCsv(`external_id\n${'😀'.repeat(200)}\n`, withDefault);
    expect(file.ok && file.problems).toEqual([]);
  });

  it('needs a destination on every row when the campaign has no default', () => {
    const file = parseRecipientsCsv(
      'external_id,destination_url\na,\nb,https://example.com/b\n',
      withoutDefault,
    );
    expect(file.ok && file.problems).toEqual([
      { line: 2, message: 'has no destination_url and the campaign has no default destination URL' },
    ]);
  });

  it('ignores columns it does not use', () => {
    const file = parseRecipientsCsv('name,external_id,phone\nAnn,crm-9,+4915100000\n', withDefault);
    expect(file.ok && file.rows).toEqual([{ line: 2, externalId: 'crm-9', destinationUrl: null }]);
  });
});
