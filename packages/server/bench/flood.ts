// The flooding clients of bench/attacks.ts, in a process of their own so that they do not share an
// event loop with the client whose latency is measured.
// Usage: tsx bench/flood.ts <url> <attack's index> <clients> <milliseconds>; prints "flooding" as it begins and how
// many floods were answered when it ends.
import { ATTACKS, send } from './attacks-requests.js';

const [url, attack, clients, milliseconds] = process.argv.slice(2);
const body = ATTACKS[Number(attack)]?.[1] as string;
const until = performance.now() + Number(milliseconds);
let floods = 0;
console.log('flooding');
await Promise.all(
  Array.from({ length: Number(clients) }, async () => {
    while (performance.now() < until) {
      await send(url as string, body);
      floods++;
    }
  }),
);
console.log(floods);
