import { MoatHttpError, MoatNetworkError } from '@moat/sdk';

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
  // Behind the dev server's proxy, a Moat that is down answers 5xx rather than failing to connect.
  const unreachable =
    error instanceof MoatNetworkError || (error instanceof MoatHttpError && error.status >= 500);
  const message = unreachable ? 'Moat cannot be reached right now. Is the server running?' : error.message;
  return (
    <div className="error" role="alert">
      <p>Something went wrong: {message}</p>
      <button type="button" onClick={retry}>
        Try again
      </button>
    </div>
  );
}
