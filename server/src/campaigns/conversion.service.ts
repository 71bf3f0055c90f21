import type { DataSource } from 'typeorm';
import type { Conversion, RecordConversionInput } from './conversion.types';

/** Conversions: attribution by click id or recipient, idempotency keys, recipients' and funnel counters. */
export class ConversionService {
  constructor(private readonly db: DataSource) {}

  // eslint-disable-next-line @typescript-eslint/require-await
  async record(_accountId: string, _input: RecordConversionInput): Promise<Conversion> {
    void this.db;
    throw new Error('Not implemented yet');
  }
}
