// One process at a time opens an embedded data folder: a second one, server or command, is
// refused in one line naming the first, and leaves the folder as it was.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordFile } from '../../bench/record-file.js';
import { snapshot, useCli } from '../cli-process.js';
import { copyTemplate } from '../helpers.js';

const { scratch, run, serve } = useCli('moat-lock-');

const lockOf = (dataDir: string) => join(dataDir, 'moat.lock');

/** Every file of the folder with its hash, but the lock. */
function files(dataDir: string): Record<string, string> {
  const { '/moat.lock': _lock, ...rest } = snapshot(dataDir);
  return rest;
}

const KEYS_CREATE = ['keys', 'create', '--name', 'newsroom', '--scope', 'write'];

describe('the lock of an embedded data folder', () => {
  it('refuses import and keys while moat serve has the folder, naming it, and leaves the folder as it was', async () => {
    const { dataDir } = copyTemplate(scratch);
    const records = join(scratch, 'records.ndjson');
    writeFileSync(records, recordFile(3));
    const server = await serve(dataDir);
    const pid = server.child.pid;
    expect(JSON.parse(readFileSync(lockOf(dataDir), 'utf8'))).toEqual({ pid, command: 'moat serve' });
    const before = files(dataDir);
    const refusal = `moat: ${dataDir} is in use by process ${pid} (moat serve); stop it, or send import and keys to its server with --url.\n`;
    expect(run(['import', records], dataDir)).toEqual({ status: 1, stdout: '', stderr: refusal });
    expect(run(KEYS_CREATE, dataDir)).toEqual({ status: 1, stdout: '', stderr: refusal });
    expect(run(['serve'], dataDir)).toEqual({ status: 1, stdout: '', stderr: refusal });
    expect(files(dataDir)).toEqual(before);
    expect(JSON.parse(readFileSync(lockOf(dataDir), 'utf8'))).toEqual({ pid, command: 'moat serve' });

    await server.stop();
    expect(existsSync(lockOf(dataDir))).toBe(false);
    expect(run(KEYS_CREATE, dataDir).status).toBe(0);
    expect(run(['import', records], dataDir).status).toBe(0);
    expect(existsSync(lockOf(dataDir))).toBe(false);
  });

  it('takes over a lock whose process no longer runs', () => {
    const { dataDir } = copyTemplate(scratch);
    const ended = spawnSync(process.execPath, ['--eval', '']);
    writeFileSync(lockOf(dataDir), `${JSON.stringify({ pid: ended.pid, command: 'moat serve' })}\n`);
    expect(run(KEYS_CREATE, dataDir).status).toBe(0);
    expect(existsSync(lockOf(dataDir))).toBe(false);
  });
});
