// Plain-text formatting for people reading a terminal.
import type { CitationFieldsFragment, InvestorRefFragment } from '@moat/sdk';

export const NONE = '—';

/** IN_NEGOTIATION → "in negotiation". */
export function plain(value: string): string {
  return value.toLowerCase().replaceAll('_', ' ');
}

/** At most `length` characters, cut at a word with "…". */
export function shorten(text: string, length = 80): string {
  return text.length <= length ? text : `${text.slice(0, text.lastIndexOf(' ', length - 1))}…`;
}

export function names(investors: readonly InvestorRefFragment[]): string {
  return investors.map((investor) => investor.name).join(', ') || NONE;
}

/** An excerpt and where it comes from, indented under the fact it supports. */
export function citations(list: readonly CitationFieldsFragment[], indent = '    '): string[] {
  return list.map((citation) => `${indent}“${citation.excerpt}” — ${citation.source.title}`);
}

/** Columns padded to their widest cell, under an upper-case header. */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  indent = '  ',
): string[] {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    indent +
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header.map((title) => title.toUpperCase())), ...rows.map(line)];
}
