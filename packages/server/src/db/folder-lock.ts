// One process at a time opens an embedded data folder: PGlite runs PostgreSQL single-user and
// takes no lock of its own, so two processes writing one folder corrupt it. The lock is a file in
// the folder naming the process that holds it; one whose process is gone (killed) is taken over.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = 'moat.lock';

/** The process that holds a folder's lock. */
export interface Holder {
  pid: number;
  /** What it is, as it named itself: `moat serve`. */
  command: string;
}

export interface FolderLock {
  /** Removes the lock; called again, does nothing. */
  release(): void;
}

/** Releases of the locks this process holds: run at exit, as a lock must not outlive its process. */
const held = new Set<() => void>();
process.on('exit', () => {
  for (const release of held) release();
});

/** Whether a process runs with this PID (EPERM: it does, as another user). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * The holder a lock file names; undefined when there is no lock file. A holder writes its file
 * right after creating it: content still missing after a pause is a holder killed in between,
 * PID 0, which no process has.
 */
function readHolder(file: string): Holder | undefined {
  for (let attempt = 0; ; attempt++) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    try {
      const { pid, command } = JSON.parse(text) as Partial<Holder>;
      if (Number.isSafeInteger(pid) && (pid as number) > 0)
        return { pid: pid as number, command: String(command ?? '') };
    } catch {}
    if (attempt === 1) return { pid: 0, command: '' };
    pause(100);
  }
}

/**
 * Takes the lock of the folder `dir` (which exists) for this process, described as `command`;
 * or, when a running process holds it, names that process and leaves the folder as it was.
 */
export function lockFolder(dir: string, command: string): FolderLock | { heldBy: Holder } {
  const file = join(dir, LOCK_FILE);
  for (;;) {
    let fd: number;
    try {
      // Created only if it does not exist, in one step: of two processes, one gets it.
      fd = openSync(file, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(file);
      if (holder && alive(holder.pid)) return { heldBy: holder };
      // A lock left by a killed process. Read again just before removing it, so that a lock
      // another process has taken over meanwhile is not removed.
      if (holder && readHolder(file)?.pid === holder.pid) rmSync(file, { force: true });
      continue;
    }
    try {
      writeSync(fd, `${JSON.stringify({ pid: process.pid, command })}\n`);
    } catch (error) {
      rmSync(file, { force: true });
      throw error;
    } finally {
      closeSync(fd);
    }
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      held.delete(release);
      rmSync(file, { force: true });
    };
    held.add(release);
    return { release };
  }
}
