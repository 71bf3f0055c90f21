import { useEffect, useRef } from 'react';

/** Coming back to the tab (e.g. after opening a short link) shows the clicks that happened meanwhile. */
export function useRefetchOnVisible(...refetches: (() => Promise<unknown>)[]): void {
  const latest = useRef(refetches);
  latest.current = refetches;
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState !== 'visible') return;
      for (const refetch of latest.current) void refetch().catch(() => {});
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);
}
