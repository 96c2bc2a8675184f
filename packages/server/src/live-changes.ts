// Live changes: the change feed pushed to subscriptions as writes commit. One reader per process
// follows the feed and hands each change to the subscriptions that select it, so a commit costs
// one read however many subscribe. A commit wakes the reader: on PostgreSQL by LISTEN/NOTIFY, so
// writes through any process are heard; on the embedded database (one process) in memory.
import { FixedBuffer, Repeater } from 'graphql-yoga';
import { onCommitted } from './db/audit.js';
import type { Database } from './db/connection.js';
import type { ListenForCommits } from './db/notifications.js';
import { type ChangeRow, changesHeldBack, changesPage, newestChange } from './db/queries/changes.js';
import { ChangesInterruptedError } from './errors.js';
import {
  type ChangeCursor,
  type ChangeSelection,
  changeCursor,
  encodeChangeCursor,
  isAfter,
  isSelected,
} from './rules/changes.js';

/** What a subscription is sent: a change, or the error that ends it (its last event). */
export type LiveEvent = ChangeRow | ChangesInterruptedError;

/** Changes a subscriber may leave unsent; past this it has fallen behind and is ended. */
const BACKLOG = 1000;
/** Changes one read of the feed takes. */
const PAGE = 500;
/** How soon the feed is read again while an older transaction holds committed changes back. */
const HELD_BACK_RETRY_MS = 100;

interface Subscriber {
  selection: ChangeSelection;
  /** The last change sent (or where it started); only later ones are sent. */
  last: ChangeCursor | undefined;
  /** Live changes that come while it catches up, sent once it has. */
  held: ChangeRow[] | undefined;
  send(change: ChangeRow): void;
  end(reason: string): void;
}

/** One stretch of following the feed, from the first subscriber to the last one leaving. */
interface Following {
  ready: Promise<void>;
  /** The last change handed out. */
  cursor: ChangeCursor | undefined;
  stopListening: (() => Promise<void>) | undefined;
  reading: boolean;
  readAgain: boolean;
}

export class LiveChanges {
  readonly #subscribers = new Set<Subscriber>();
  #following: Following | undefined;

  constructor(
    private readonly db: Database,
    private readonly listen: ListenForCommits | undefined,
    /** Where a failure's cause is logged (the client is told only that the feed stopped). */
    private readonly logError: (error: unknown) => void,
  ) {
    if (!listen) onCommitted(db, () => this.#wake());
  }

  /** How many subscriptions are open (for the metrics). */
  get open(): number {
    return this.#subscribers.size;
  }

  /**
   * The changes `selection` asks for: from `after` when given (what was missed, read from the
   * feed, then live), otherwise from the newest change now. Ends with a ChangesInterruptedError
   * when the server can no longer follow the feed.
   */
  async follow(selection: ChangeSelection, after?: ChangeCursor): Promise<AsyncIterableIterator<LiveEvent>> {
    // Where it starts is fixed now, before the client hears that it has subscribed; it joins
    // when the client first reads, and catches up from there.
    const start = after ?? (await newestChange(this.db));
    const buffer = new FixedBuffer(BACKLOG);
    return new Repeater<LiveEvent>(async (push, stop) => {
      let stopped = false;
      const subscriber: Subscriber = {
        selection,
        last: start,
        held: [],
        send(change) {
          if (subscriber.held) return void subscriber.held.push(change);
          if (subscriber.last && !isAfter(change, subscriber.last)) return;
          if (buffer.full) return subscriber.end('this subscription fell too far behind the changes');
          subscriber.last = changeCursor(change);
          push(change);
        },
        end(reason) {
          stopped = true;
          push(new ChangesInterruptedError(reason, subscriber.last && encodeChangeCursor(subscriber.last)));
          stop();
        },
      };
      this.#subscribers.add(subscriber);
      stop.then(() => {
        stopped = true;
        this.#leave(subscriber);
      });
      try {
        await this.#follow().ready;
        // Catching up, the subscription takes its changes as fast as its client reads them.
        while (subscriber.held && !stopped) {
          const page = await changesPage(this.db, { ...selection, after: subscriber.last, limit: PAGE });
          for (const change of page) {
            subscriber.last = changeCursor(change);
            await push(change);
          }
          if (page.length < PAGE) {
            const held = subscriber.held;
            subscriber.held = undefined;
            for (const change of held) subscriber.send(change);
          }
        }
      } catch (error) {
        if (!stopped) subscriber.end(this.#reasonOf(error));
      }
      await stop;
    }, buffer);
  }

  /** Ends every subscription (the server is stopping) and stops listening. */
  async close(): Promise<void> {
    await this.#lose('the server is shutting down');
  }

  /** Follows the feed from its newest change, once for all subscribers. */
  #follow(): Following {
    if (this.#following) return this.#following;
    const following: Following = {
      ready: Promise.resolve(),
      cursor: undefined,
      stopListening: undefined,
      reading: false,
      readAgain: false,
    };
    following.ready = (async () => {
      following.stopListening = await this.listen?.({
        onCommit: () => this.#wake(),
        onLost: (error) => void this.#lose(`the database connection was lost (${error.message})`),
      });
      following.cursor = await newestChange(this.db);
      // Changes may have come between the newest and the start of listening.
      this.#wake();
    })();
    following.ready.catch((error) => this.#lose(this.#reasonOf(error)));
    this.#following = following;
    return following;
  }

  /** Reads what the feed shows past the last change handed out, and hands it out. */
  #wake(): void {
    const following = this.#following;
    if (!following || this.#subscribers.size === 0) return;
    if (following.reading) {
      following.readAgain = true;
      return;
    }
    following.reading = true;
    this.#readNew(following)
      .catch((error) => {
        if (this.#following === following) return this.#lose(this.#reasonOf(error));
      })
      .finally(() => {
        following.reading = false;
      });
  }

  async #readNew(following: Following): Promise<void> {
    await following.ready;
    do {
      following.readAgain = false;
      let page: ChangeRow[];
      do {
        page = await changesPage(this.db, { after: following.cursor, limit: PAGE });
        // Those who follow from now on start after this read.
        if (this.#following !== following) return;
        for (const change of page) {
          following.cursor = changeCursor(change);
          for (const subscriber of this.#subscribers)
            if (isSelected(change, subscriber.selection)) subscriber.send(change);
        }
      } while (page.length === PAGE);
      // An older transaction that ends without writing (a rollback) notifies no one.
      if (await changesHeldBack(this.db)) setTimeout(() => this.#wake(), HELD_BACK_RETRY_MS).unref();
    } while (following.readAgain);
  }

  /** The last subscriber gone, nothing is followed until the next one comes. */
  #leave(subscriber: Subscriber): void {
    this.#subscribers.delete(subscriber);
    if (this.#subscribers.size === 0) void this.#stop();
  }

  /** Ends every subscription, telling it why, and stops following. */
  async #lose(reason: string): Promise<void> {
    const subscribers = [...this.#subscribers];
    this.#subscribers.clear();
    for (const subscriber of subscribers) subscriber.end(reason);
    await this.#stop();
  }

  async #stop(): Promise<void> {
    const following = this.#following;
    this.#following = undefined;
    if (!following) return;
    // Listening may still be starting: stop once it has.
    await following.ready.catch(() => {});
    await following.stopListening?.().catch(() => {});
  }

  /** A failure's reason for the client, without SQL or a stack: those go to the server's log. */
  #reasonOf(error: unknown): string {
    this.logError(error);
    return 'the server could not read the change feed';
  }
}
