import type { Classification } from './click';

/** A click as the writer stored it. */
export interface RecordedClick {
  id: string;
  linkId: string;
  classification: Classification;
}

/**
 * Fired once per written batch (clicks of links deleted meanwhile are not in it). In the transaction, a
 * hook can read the batch's full rows with `SELECT … FROM clicks WHERE id = ANY($1)`.
 */
export interface ClickEvents {
  'clicks.recorded': { clicks: RecordedClick[] };
}
