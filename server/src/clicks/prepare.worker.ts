import { workerData } from 'node:worker_threads';
import { enrichClick, type RawClick } from './click-capture';
import type { PreparedSlice } from './prepare-pool';
import { VisitorKeys } from './visitor';

const keys = new VisitorKeys((workerData as { secret: string }).secret);

/**
 * Prepares a slice of raw clicks on a worker thread; a click that cannot be prepared is null. Each
 * click's spool JSON is made here too, so the redirect's thread does not serialise it again.
 */
export default function prepare(raws: RawClick[]): PreparedSlice {
  const clicks = raws.map((raw) => {
    try {
      return enrichClick(raw, keys);
    } catch {
      return null;
    }
  });
  return { clicks, json: clicks.map((click) => (click ? JSON.stringify(click) : null)) };
}
