// One live Moat server for the whole run: its CLI as a process, over a new embedded database.
import { startMoatServer } from '@moat/server/testing.mjs';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    moatUrl: string;
  }
}

let stop: (() => Promise<void>) | undefined;

export async function setup(project: TestProject) {
  const server = await startMoatServer();
  stop = server.stop;
  project.provide('moatUrl', server.url);
}

export async function teardown() {
  await stop?.();
}
