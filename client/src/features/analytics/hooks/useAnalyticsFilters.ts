import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useFragment } from '../../../gql';
import { MeDocument, SignedInViewer, UpdatePreferencesDocument } from '../../auth/graphql/auth';
import { filtersToParams, parseFilters, type AnalyticsFilters } from '../filters';

/**
 * Filters read from and written to the URL: each change is a history entry, so Back undoes it. Exclude
 * bots is also remembered for the signed-in person: arriving without it in the URL applies the
 * remembered choice (replacing the entry, so Back still leaves the page), and flipping it remembers it.
 */
export function useAnalyticsFilters(): [AnalyticsFilters, (next: AnalyticsFilters) => void] {
  const [params, setParams] = useSearchParams();
  const me = useFragment(SignedInViewer, useQuery(MeDocument, { fetchPolicy: 'cache-first' }).data?.me);
  const [savePreferences] = useMutation(UpdatePreferencesDocument);
  const [arrived, setArrived] = useState(false);
  const remembered = me?.preferences.excludeBots ?? false;
  const fill = !arrived && remembered && !params.has('excludeBots');
  const filters = useMemo(() => {
    const parsed = parseFilters(params);
    // Until the URL says so, ask with the remembered choice already: one query, no flash of bots.
    return fill ? { ...parsed, excludeBots: true } : parsed;
  }, [params, fill]);

  useEffect(() => {
    if (arrived || !me) return;
    setArrived(true);
    if (fill) setParams(filtersToParams(filters), { replace: true });
  }, [arrived, me, fill, filters, setParams]);

  const setFilters = useCallback(
    (next: AnalyticsFilters) => {
      setParams(filtersToParams(next));
      // A person's choice, not an integration's: API keys have no preferences.
      if (me?.email && next.excludeBots !== remembered) {
        void savePreferences({ variables: { input: { excludeBots: next.excludeBots } } }).catch(() => {
          // Not remembered this time; the view itself changed all the same.
        });
      }
    },
    [setParams, me?.email, remembered, savePreferences],
  );
  return [filters, setFilters];
}
