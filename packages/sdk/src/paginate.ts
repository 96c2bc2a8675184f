import type { RequestOptions } from './client.js';
import { MoatError } from './errors.js';

/** What `paginate` reads from a page: the items (nodes, or edges) and where the next page starts. */
export interface ConnectionPage {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes?: readonly unknown[];
  edges?: readonly unknown[];
}

/** The items of a connection: its nodes, or its edges when it selects no nodes (search). */
export type ItemOf<Page> = Page extends { nodes: ReadonlyArray<infer Node> }
  ? Node
  : Page extends { edges: ReadonlyArray<infer Edge> }
    ? Edge
    : never;

/** A list method: one whose result is a single connection, such as `moat.companies`. */
export type ListMethod = (
  variables: never,
  options?: RequestOptions,
) => Promise<Record<string, ConnectionPage>>;

/** The connection a list method returns. */
type PageOf<Method extends ListMethod> = Awaited<ReturnType<Method>>[keyof Awaited<ReturnType<Method>>];

/**
 * Every item of a connection, page by page: pass a list method (`moat.companies`,
 * `moat.fundingRounds`, `moat.search`, …) and its variables; `first` sets the page size.
 */
export async function* paginate<Method extends ListMethod>(
  method: Method,
  ...[variables, options]: Parameters<Method>
): AsyncGenerator<ItemOf<PageOf<Method>>, void, undefined> {
  const given = variables as { after?: string | null } | undefined;
  let after = given?.after;
  const seen = new Set<string>();
  for (;;) {
    const data = await method({ ...given, after } as never, options);
    const [page] = Object.values(data);
    if (!page) return;
    yield* (page.nodes ?? page.edges ?? []) as ItemOf<PageOf<Method>>[];
    const { hasNextPage, endCursor } = page.pageInfo;
    if (!hasNextPage || !endCursor) return;
    // A cursor seen before would loop forever: the server broke its paging contract.
    if (seen.has(endCursor)) throw new MoatError(`Paging returned the cursor "${endCursor}" twice.`);
    seen.add(endCursor);
    after = endCursor;
  }
}
