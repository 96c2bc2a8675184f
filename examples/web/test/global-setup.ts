// One live Moat server for the whole run, its URL provided to the tests as `moatUrl`.
export { setup, teardown } from '@moat/server/testing.mjs';
