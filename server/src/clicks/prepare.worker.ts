import { workerData } from 'node:worker_threads';
import { enrichClick, type RawClick } from './click-capture';
import type { CapturedClick } from './click';
import { VisitorKeys } from './visitor';

const keys = new VisitorKeys((workerData as { secret: string }).secret);

/** Prepares a slice of raw clicks on a worker thread; a click that cannot be prepared is null. */
export default function prepare(raws: RawClick[]): (CapturedClick | null)[] {
  return raws.map((raw) => {
    try {
      return enrichClick(raw, keys);
    } catch {
      return null;
    }
  });
}
