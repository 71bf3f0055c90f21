import { describe, expect, it } from 'vitest';
import { parseDeliveryReportCsv } from './delivery-report-csv';

const NOW = new Date('2026-03-02T12:00:00Z');
const parse = (text: string) => parseDeliveryReportCsv(text, NOW);

describe('parseDeliveryReportCsv', () => {
  it('reads every good row as an event, in UTC, status in any case', () => {
    const file = parse(
      'external_id,status,at\n' +
        'crm-1,sent,2026-03-01T09:30:00Z\n' +
        'crm-1,DELIVERED,2026-03-01T10:30:00+01:00\n' +
        'crm-1,Read,2026-03-01 09:45:10.250Z\n' +
        'crm-1,sent,2026-03-01T09:30:00Z\n',
    );
    expect(file.ok && file.problems).toEqual([]);
    expect(file.ok && file.rows).toEqual([
      { line: 2, externalId: 'crm-1', status: 'SENT', at: '2026-03-01T09:30:00.000Z' },
      { line: 3, externalId: 'crm-1', status: 'DELIVERED', at: '2026-03-01T09:30:00.000Z' },
      { line: 4, externalId: 'crm-1', status: 'READ', at: '2026-03-01T09:45:10.250Z' },
      { line: 5, externalId: 'crm-1', status: 'SENT', at: '2026-03-01T09:30:00.000Z' },
    ]);
  });

  it('names bad rows by line, as the server would refuse them', () => {
    const file = parse(
      'External ID;Status;At\n' +
        ';SENT;2026-03-01T09:30:00Z\n' +
        'a;PENDING;2026-03-01T09:30:00Z\n' +
        'b;bounced;2026-03-01T09:30:00Z\n' +
        'c;SENT;2026-03-01 09:30\n' +
        'd;SENT;yesterday\n' +
        'e;READ;2026-03-02T12:06:00Z\n' +
        'f;READ;2026-03-02T12:04:00Z\n',
    );
    if (!file.ok) throw new Error(file.error);
    expect(file.problems.map((p) => `${p.line} ${p.message}`)).toEqual([
      '2 has an empty external_id',
      '3 has status PENDING: a report says SENT, DELIVERED, READ or FAILED',
      '4 has the status "bounced"; use SENT, DELIVERED, READ or FAILED',
      '5 has a time (at) without a time zone: add Z for UTC or an offset such as +02:00',
      '6 has a time (at) that is not ISO-8601, such as 2026-03-01T09:30:00Z',
      '7 has a time (at) in the future',
    ]);
    expect(file.rows.map((r) => r.externalId)).toEqual(['f']);
  });

  it('needs the three columns', () => {
    expect(parse('external_id,status\na,SENT\n')).toEqual({
      ok: false,
      error: 'The header row (line 1) has no at column. It has: external_id, status.',
    });
  });
});
