import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type ChangeFilter, createMoatClient, followChanges } from '@moat/sdk';
import { type QueryKey, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

/** The app's one client: `/graphql` on the app's own origin, which the dev server proxies to Moat. */
export const moat = createMoatClient({ url: '/graphql', retry: 2 });

/** A query's key in the cache: its operation's name and its variables. */
export function queryKey(document: TypedDocumentNode<unknown, never>, variables: Record<string, unknown>) {
  const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition');
  return [operation?.name?.value, variables];
}

/** Runs a page's query; a new page or new variables abort the request still in flight. */
export function useMoatQuery<Result, Variables extends Record<string, unknown>>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  options: { enabled?: boolean } = {},
) {
  return useQuery({
    queryKey: queryKey(document, variables),
    queryFn: ({ signal }) =>
      moat.request(document as TypedDocumentNode<Result, Record<string, unknown>>, variables, { signal }),
    enabled: options.enabled ?? true,
    retry: false,
  });
}

/**
 * Keeps a page's query fresh while it is shown: each change the filter selects, as Moat pushes
 * it, makes the query read again. Leaving the page (or a new filter) ends the subscription; none
 * is made until `enabled` (a record that exists).
 */
export function useLiveRefresh(filter: ChangeFilter, queryKey: QueryKey, enabled = true) {
  const queryClient = useQueryClient();
  const filterKey = JSON.stringify(filter);
  const refreshKey = JSON.stringify(queryKey);
  useEffect(() => {
    if (!enabled) return;
    const subscription = new AbortController();
    (async () => {
      const changes = followChanges(moat, { filter: JSON.parse(filterKey) }, { signal: subscription.signal });
      for await (const _change of changes) {
        await queryClient.invalidateQueries({ queryKey: JSON.parse(refreshKey) });
      }
    })().catch((error) => {
      if (!subscription.signal.aborted) console.warn('Live updates stopped:', error);
    });
    return () => subscription.abort();
  }, [queryClient, filterKey, refreshKey, enabled]);
}
