import { MoatNetworkError } from '@moat/sdk';

/** Shown while a page's data loads; announced to screen readers. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}

/** A request that failed, said plainly, with a way to try again. */
export function ErrorState({ error, retry }: { error: Error; retry: () => void }) {
  const message =
    error instanceof MoatNetworkError ? 'Moat cannot be reached. Is the server running?' : error.message;
  return (
    <div className="error" role="alert">
      <p>Something went wrong: {message}</p>
      <button type="button" onClick={retry}>
        Try again
      </button>
    </div>
  );
}
