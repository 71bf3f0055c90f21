import { useState } from 'react';
import { errorInfos, hasCode } from '../lib/errors';

/**
 * The deed behind a delete confirmation: runs `remove`, then `done`. NOT_FOUND counts as done: the item
 * is already gone (another tab), which is the outcome the user asked for. Other errors are shown.
 */
export function useConfirmedDelete(remove: () => Promise<unknown>, done: () => void, fallback: string) {
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    try {
      await remove();
      done();
    } catch (e) {
      if (hasCode(e, 'NOT_FOUND')) {
        done();
        return;
      }
      setError(errorInfos(e)[0]?.message ?? fallback);
    }
  };
  return { error, confirm: () => void confirm() };
}
