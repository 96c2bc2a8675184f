// PostgreSQL's LISTEN/NOTIFY carries "a write committed" between Moat processes: each transaction
// that writes audit entries notifies the channel on commit (the audit_log_notify trigger), and
// every process listening reads the change feed again.
import pg from 'pg';

const CHANNEL = 'moat_changes';

/** What a listener is told: a transaction committed, or its connection was lost (and it stopped). */
export interface CommitHandlers {
  onCommit(): void;
  onLost(error: Error): void;
}

/** Starts listening for commits; resolves to a function that stops. */
export type ListenForCommits = (handlers: CommitHandlers) => Promise<() => Promise<void>>;

/** Listening on a connection of its own, outside the pool (a pooled one would be handed out). */
export function commitListener(connectionString: string): ListenForCommits {
  return async ({ onCommit, onLost }) => {
    const client = new pg.Client({ connectionString, application_name: 'moat-changes' });
    let stopped = false;
    const lost = (error: Error) => {
      if (stopped) return;
      stopped = true;
      onLost(error);
    };
    client.on('notification', onCommit);
    client.on('error', lost);
    client.on('end', () => lost(new Error('the connection ended')));
    await client.connect();
    await client.query(`listen ${CHANNEL}`);
    return async () => {
      stopped = true;
      await client.end();
    };
  };
}
