import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createMoatClient } from '@moat/sdk';
import { useQuery } from '@tanstack/react-query';

/** The app's one client: `/graphql` on the app's own origin, which the dev server proxies to Moat. */
export const moat = createMoatClient({ url: '/graphql', retry: 2 });

/** Runs a page's query; a new page or new variables abort the request still in flight. */
export function useMoatQuery<Result, Variables extends Record<string, unknown>>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  options: { enabled?: boolean } = {},
) {
  const name = document.definitions.find((definition) => definition.kind === 'OperationDefinition')?.name
    ?.value;
  return useQuery({
    queryKey: [name, variables],
    queryFn: ({ signal }) =>
      moat.request(document as TypedDocumentNode<Result, Record<string, unknown>>, variables, { signal }),
    enabled: options.enabled ?? true,
    retry: false,
  });
}
