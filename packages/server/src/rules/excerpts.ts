// Where an excerpt stands in its source's text, kept as the W3C Web Annotation TextQuoteSelector
// keeps it: the exact passage's offsets and a little of the text around it, so the passage can
// be found again in a copy of the document whose offsets have moved.
import { createHash } from 'node:crypto';
import { distance } from 'fastest-levenshtein';
import { z } from 'zod';

/** How many characters of context a location keeps on each side of the excerpt. */
export const CONTEXT_LENGTH = 32;

export interface ExcerptLocation {
  /** Offset of the excerpt's first character, in UTF-16 code units (as JavaScript counts). */
  startOffset: number;
  /** Offset just past its last character. */
  endOffset: number;
  /** Up to CONTEXT_LENGTH characters before it. */
  prefix: string;
  /** Up to CONTEXT_LENGTH characters after it. */
  suffix: string;
}

/** A document's full text, kept exactly as given (offsets count from its first character). */
export const documentText = z
  .string()
  .min(1, 'must not be empty')
  .max(2_000_000, 'must be at most 2,000,000 characters');

/** A sha256 as lowercase hex. */
export const sha256Hex = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'must be a sha256 in lowercase hex (64 characters)');

/** The sha256 of a document's text, as lowercase hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Where `excerpt` first occurs verbatim in `text`, or undefined when it does not. */
export function locateExcerpt(text: string, excerpt: string): ExcerptLocation | undefined {
  const startOffset = text.indexOf(excerpt);
  if (startOffset < 0) return undefined;
  const endOffset = startOffset + excerpt.length;
  return {
    startOffset,
    endOffset,
    prefix: text.slice(Math.max(0, startOffset - CONTEXT_LENGTH), startOffset),
    suffix: text.slice(endOffset, endOffset + CONTEXT_LENGTH),
  };
}

/** Whether a location names exactly `excerpt` in `text`, with the context it keeps. */
export function locatesExcerpt(text: string, excerpt: string, at: ExcerptLocation): boolean {
  return (
    text.slice(at.startOffset, at.endOffset) === excerpt &&
    text.slice(0, at.startOffset).endsWith(at.prefix) &&
    text.slice(at.endOffset).startsWith(at.suffix)
  );
}

/** How many passages, closest by their first characters, are then compared whole. */
const CANDIDATES = 50;
/** How many of an excerpt's first characters pick the candidates (one machine word of edits). */
const HEAD = 32;

/**
 * The passage of `text` closest to `excerpt` (fewest edits), starting at a word: what a user
 * most likely meant to quote, to show beside a refused excerpt. Each word start is first scored
 * by the excerpt's first characters alone, so that a long excerpt in a long text stays cheap.
 */
export function nearestPassage(text: string, excerpt: string): string {
  const head = excerpt.slice(0, HEAD);
  const starts = [...text.matchAll(/\S+/g)].map((word) => ({
    start: word.index,
    edits: distance(text.slice(word.index, word.index + head.length), head),
  }));
  const candidates = starts.sort((a, b) => a.edits - b.edits || a.start - b.start).slice(0, CANDIDATES);
  let best = { passage: text.slice(0, excerpt.length), edits: Number.POSITIVE_INFINITY };
  for (const { start } of candidates) {
    const passage = text.slice(start, start + excerpt.length);
    const edits = distance(passage, excerpt);
    if (edits < best.edits) best = { passage, edits };
  }
  return best.passage;
}

/** Why an excerpt may not cite a text it does not occur in, naming the nearest passage. */
export function notInText(text: string, excerpt: string): string {
  return `does not occur verbatim in the source's text; the nearest passage is "${nearestPassage(text, excerpt)}"`;
}
