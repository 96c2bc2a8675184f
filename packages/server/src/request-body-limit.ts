import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * The 413. After it Node reads the rest of the body and throws it away, so that the connection can
 * be used again. With `close`, it closes the connection instead: a flood of large bodies then costs
 * the server nothing more, but a client still sending may see the connection reset, not the 413.
 */
const tooLarge = (close: boolean) =>
  createGraphQLError('Request body too large', {
    extensions: {
      code: 'REQUEST_ENTITY_TOO_LARGE',
      http: { status: 413, headers: close ? { connection: 'close' } : {} },
    },
  });

/**
 * Refuses a request body over `limit` bytes with HTTP 413, before it is parsed.
 *
 * A declared Content-Length is the body's size: Node's HTTP parser ends the body there, so it is
 * checked once and the body is read as it comes. Yoga's own limit instead pipes every body through
 * a counting stream, which cost more than half of a small request's time. A body of undeclared
 * length (chunked) is counted as it is read, up to the limit.
 */
export function requestBodyLimit(limit: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        if (!/^\d+$/.test(declared))
          throw createGraphQLError('Content-Length header is invalid.', {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        // A body a little over the limit is read to its end, so that every client gets the 413;
        // a larger one, or one of unknown length, is cut off.
        if (Number(declared) > limit) throw tooLarge(Number(declared) > 2 * limit);
        return;
      }
      if (!requestParser || !request.body) return;
      setRequestParser(async (unsized) => {
        // Read by hand, not with `for await`: leaving that loop cancels the body, which closes the
        // socket before the 413 is sent.
        const reader = (unsized.body as ReadableStream<Uint8Array>).getReader();
        const chunks: Uint8Array[] = [];
        let size = 0;
        for (let read = await reader.read(); !read.done; read = await reader.read()) {
          size += read.value.byteLength;
          if (size > limit) {
            reader.releaseLock();
            throw tooLarge(true);
          }
          chunks.push(read.value);
        }
        const body = Buffer.concat(chunks);
        return requestParser(
          new fetchAPI.Request(unsized.url, { method: unsized.method, headers: unsized.headers, body }),
        );
      });
    },
  };
}
