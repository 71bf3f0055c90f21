import type { DataSource } from 'typeorm';
import type { DeliveryEventInput, RecordDeliveriesResult } from './delivery.inputs';

export const MAX_DELIVERY_EVENTS_PER_CALL = 10_000;

/** Delivery reports: recipients' status and send/deliver/read/fail times, and the funnel's counts. */
export class DeliveryService {
  constructor(private readonly db: DataSource) {}

  // eslint-disable-next-line @typescript-eslint/require-await
  async record(
    _accountId: string,
    _campaignId: string,
    _events: DeliveryEventInput[],
  ): Promise<RecordDeliveriesResult> {
    void this.db;
    throw new Error('Not implemented yet');
  }
}
