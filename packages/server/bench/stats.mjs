// A side port on which a benchmarked server reports the SQL statements it has run and its memory.
import { createServer } from 'node:http';

/**
 * Answers every request on `port` with `{ statements, rss }`.
 * @param {number} port
 * @param {() => number} statements
 */
export function serveStats(port, statements) {
  createServer((_request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ statements: statements(), rss: process.memoryUsage().rss }));
  }).listen(port, '127.0.0.1');
}
