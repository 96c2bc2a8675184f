// A record file's lines, read as a stream: the file is read as often as the import needs, and is
// never held whole.
import { open } from 'node:fs/promises';
import { textLines } from './parse.js';

/**
 * A record file: its path, or its text; or a part of a file, its lines numbered as in the file
 * (`lines`, one number per line of `text`, in order) so that problems name the file's lines.
 */
export type RecordInput = string | { path: string } | { text: string; lines: number[] };

/** Reads the input's lines, numbered from 1; `onRead` hears how much of it is read, in bytes. */
export type LineReader = (
  onRead?: (done: number, total: number) => void,
) => AsyncIterable<[raw: string, line: number]>;

const CHUNK = 1 << 20;
const NEWLINE = 0x0a;

/** Reads a file's lines a chunk at a time; a leading byte order mark is dropped. */
async function* fileLines(path: string, onRead?: (done: number, total: number) => void) {
  const file = await open(path);
  try {
    const { size } = await file.stat();
    let rest = Buffer.alloc(0);
    let line = 0;
    let done = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const { bytesRead } = await file.read(chunk, 0, CHUNK, null);
      if (bytesRead === 0) break;
      done += bytesRead;
      const buffer =
        rest.length > 0 ? Buffer.concat([rest, chunk.subarray(0, bytesRead)]) : chunk.subarray(0, bytesRead);
      let at = 0;
      for (let end = buffer.indexOf(NEWLINE, at); end >= 0; end = buffer.indexOf(NEWLINE, at)) {
        line += 1;
        const raw = buffer.toString('utf8', at, end);
        yield [line === 1 ? raw.replace(/^\uFEFF/, '') : raw, line] as [string, number];
        at = end + 1;
      }
      rest = Buffer.from(buffer.subarray(at));
      onRead?.(done, size);
    }
    line += 1;
    const raw = rest.toString('utf8');
    yield [line === 1 ? raw.replace(/^\uFEFF/, '') : raw, line] as [string, number];
  } finally {
    await file.close();
  }
}

/** The reader of an input's lines. */
export function lineReader(input: RecordInput): LineReader {
  if (typeof input === 'object' && 'path' in input) return (onRead) => fileLines(input.path, onRead);
  const [text, numbers] = typeof input === 'string' ? [input, undefined] : [input.text, input.lines];
  return async function* (onRead) {
    for (const [raw, line] of textLines(text)) yield [raw, numbers?.[line - 1] ?? line];
    onRead?.(text.length, text.length);
  };
}
