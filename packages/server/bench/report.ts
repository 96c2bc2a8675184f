// The benchmark's output: a Markdown table, an SVG chart and the raw figures as JSON.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerName } from './workloads.js';

export interface Figure {
  size: number;
  workload: string;
  server: ServerName;
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  statementsPerRequest: number;
  rssMb: number;
  requests: number;
  /** Socket errors, timeouts, non-2xx answers and sampled GraphQL `errors` together. */
  failures: number;
  /** `ok`, `n/a` (no equivalent query) or what differs from the ceiling's answer. */
  shape: string;
}

export interface Run {
  startedAt: string;
  options: { sizes: number[]; connections: number[]; duration: number; warmup: number; cache: string };
  figures: Figure[];
  notes: string[];
}

const ratio = (a?: Figure, b?: Figure) =>
  a && b && b.requestsPerSecond > 0 ? `${(a.requestsPerSecond / b.requestsPerSecond).toFixed(2)}×` : '–';
const cell = (figure?: Figure) =>
  figure
    ? `${Math.round(figure.requestsPerSecond)} · ${figure.p50}/${figure.p99} ms · ${figure.statementsPerRequest.toFixed(1)} · ${Math.round(figure.rssMb)} MB${
        figure.failures ? ` · **${figure.failures} failed**` : ''
      }${figure.shape === 'ok' || figure.shape === 'n/a' ? '' : ' · shape ≠'}`
    : 'n/a';

/** A Markdown table with its columns padded to one width, as the formatter leaves it. */
function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((cell, i) => Math.max(cell.length, 3, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)];
}

/** The run as Markdown: a table per size, ratios beside, growth of p50 across sizes, notes. */
export function markdown(run: Run, servers: ServerName[]): string {
  const { sizes, connections, duration, cache } = run.options;
  const find = (size: number, workload: string, server: ServerName, c: number) =>
    run.figures.find(
      (f) => f.size === size && f.workload === workload && f.server === server && f.connections === c,
    );
  const workloads = [...new Set(run.figures.map((f) => f.workload))];
  const lines = [
    `Run of ${run.startedAt}: ${duration} s per measurement after a warm-up, response cache ${cache}.`,
    'Each server cell: requests/s · p50/p99 latency · SQL statements per request · RSS of the server process after the workload.',
    '',
  ];
  for (const size of sizes) {
    const rows: string[][] = [];
    for (const workload of workloads)
      for (const c of connections) {
        const at = (server: ServerName) => find(size, workload, server, c);
        if (!servers.some(at)) continue;
        rows.push([
          workload,
          String(c),
          ...servers.map((s) => cell(at(s))),
          ratio(at('moat-pg'), at('postgraphile')),
          ratio(at('moat-pg'), at('ceiling')),
          ratio(at('moat-pglite'), at('moat-pg')),
        ]);
      }
    lines.push(
      `### ${size.toLocaleString('en-US')} companies`,
      '',
      ...table(['workload', 'conn.', ...servers, 'Moat/PostGraphile', 'Moat/ceiling', 'PGlite/PG'], rows),
      '',
    );
  }
  if (sizes.length > 1) {
    const [first, last] = [sizes[0] as number, sizes.at(-1) as number];
    const growth = (workload: string, c: number) => (server: ServerName) => {
      const [a, b] = [find(first, workload, server, c), find(last, workload, server, c)];
      if (!a || !b) return '–';
      // A measurement in which no request was answered has no p50 to compare.
      if (a.requests === 0 || b.requests === 0) return 'no answer';
      return `${(b.p50 / a.p50).toFixed(2)}×`;
    };
    lines.push(
      `### Growth of p50 from ${first.toLocaleString('en-US')} to ${last.toLocaleString('en-US')} companies`,
      '',
      ...table(
        ['workload', 'conn.', ...servers],
        workloads.flatMap((workload) =>
          connections.map((c) => [workload, String(c), ...servers.map(growth(workload, c))]),
        ),
      ),
      '',
    );
  }
  // One line per server and workload whose answer differs from the ceiling's.
  const differences = new Map<string, Figure>();
  for (const f of run.figures)
    if (f.shape !== 'ok' && f.shape !== 'n/a') differences.set(`${f.size} ${f.workload} ${f.server}`, f);
  if (differences.size || run.notes.length) lines.push('### Notes', '');
  for (const f of differences.values())
    lines.push(`- ${f.server}, ${f.workload} (${f.size}): answer differs from the ceiling's: ${f.shape}`);
  for (const note of run.notes) lines.push(`- ${note}`);
  return `${lines.join('\n')}\n`;
}

const COLORS: Record<ServerName, string> = {
  'moat-pg': '#2563eb',
  'moat-pglite': '#93c5fd',
  postgraphile: '#f97316',
  ceiling: '#6b7280',
};

/** Grouped horizontal bars of requests/s (log scale), a panel per connection count, for `size`. */
export function svg(run: Run, servers: ServerName[], size: number): string {
  const workloads = [...new Set(run.figures.filter((f) => f.size === size).map((f) => f.workload))];
  const { connections } = run.options;
  const label = 330;
  const panel = 360;
  const bar = 7;
  const group = servers.length * bar + 8;
  const top = 50;
  const height = top + workloads.length * group + 40;
  const width = label + connections.length * (panel + 30);
  const max = Math.max(10, ...run.figures.map((f) => f.requestsPerSecond));
  const decades = Math.ceil(Math.log10(max));
  const x = (value: number) => (Math.log10(Math.max(1, value)) / decades) * panel;
  const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const title = `Requests per second (log scale), ${size.toLocaleString('en-US')} companies`;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" font-family="sans-serif" font-size="11">`,
    `<title>${title}</title>`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="8" y="18" font-size="14">${title}</text>`,
  ];
  servers.forEach((server, i) => {
    parts.push(
      `<rect x="${label + i * 110}" y="28" width="10" height="10" fill="${COLORS[server]}"/>`,
      `<text x="${label + i * 110 + 14}" y="37">${server}</text>`,
    );
  });
  workloads.forEach((workload, w) => {
    parts.push(
      `<text x="${label - 6}" y="${top + w * group + group / 2}" text-anchor="end">${xmlText(workload.slice(0, 52))}</text>`,
    );
  });
  connections.forEach((c, p) => {
    const left = label + p * (panel + 30);
    parts.push(`<text x="${left}" y="${height - 8}">${c} connections</text>`);
    for (let d = 0; d <= decades; d++) {
      const gx = left + (d / decades) * panel;
      parts.push(
        `<line x1="${gx}" y1="${top - 4}" x2="${gx}" y2="${height - 30}" stroke="#e5e7eb"/>`,
        `<text x="${gx}" y="${height - 20}" text-anchor="middle" fill="#6b7280">${10 ** d}</text>`,
      );
    }
    workloads.forEach((workload, w) => {
      servers.forEach((server, s) => {
        const figure = run.figures.find(
          (f) => f.size === size && f.workload === workload && f.server === server && f.connections === c,
        );
        if (!figure) return;
        parts.push(
          `<rect x="${left}" y="${top + w * group + s * bar}" width="${x(figure.requestsPerSecond).toFixed(1)}" height="${bar - 1}" fill="${COLORS[server]}"><title>${server}: ${Math.round(figure.requestsPerSecond)} req/s</title></rect>`,
        );
      });
    });
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

/** Writes latest.md, latest.svg (for the smallest size) and latest.json into `dir`. */
export function writeResults(dir: string, run: Run, servers: ServerName[]): string {
  mkdirSync(dir, { recursive: true });
  const table = markdown(run, servers);
  writeFileSync(join(dir, 'latest.md'), table);
  writeFileSync(join(dir, 'latest.svg'), svg(run, servers, run.options.sizes[0] as number));
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(run, null, 2)}\n`);
  return table;
}
