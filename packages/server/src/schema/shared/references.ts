// The companies and people a mutation's input names by slug: each unknown slug is an issue at its
// input path, and all of them are reported together.
import type { Transaction } from '../../db/audit.js';
import { bySlugs } from '../../db/queries/slugs.js';
import { ValidationError, type ValidationIssue } from '../../errors.js';

type Kind = 'company' | 'person';
type Found = { id: string; slug: string; name: string };

export class References {
  private readonly issues: ValidationIssue[] = [];

  constructor(private readonly tx: Transaction) {}

  /** Reports a problem found elsewhere with the same input, to be thrown with the rest. */
  add(path: string[], message: string): void {
    this.issues.push({ path: ['input', ...path], message });
  }

  /** The IDs of the records with these slugs, by slug; unknown ones are left out. */
  async ids(kind: Kind, slugs: string[]): Promise<Map<string, string>> {
    return new Map((await bySlugs(this.tx, kind, slugs)).map((row) => [row.slug, row.id]));
  }

  /** The records with these slugs, in order; an unknown one is an issue at `path` plus its index. */
  async many(kind: Kind, slugs: string[], path: string[]): Promise<Found[]> {
    const rows = await bySlugs(this.tx, kind, slugs);
    return slugs.flatMap((slug, index) => {
      const row = rows.find((found) => found.slug === slug);
      if (!row) this.add([...path, String(index)], `no ${kind} has the slug "${slug}"`);
      // A slug named twice is one record.
      return row && slugs.indexOf(slug) === index ? [row] : [];
    });
  }

  /** The record with this slug (none when no slug is given); unknown, an issue at `path`. */
  async one(kind: Kind, slug: string | null | undefined, path: string): Promise<Found | undefined> {
    if (!slug) return undefined;
    const [row] = await bySlugs(this.tx, kind, [slug]);
    if (!row) this.add([path], `no ${kind} has the slug "${slug}"`);
    return row;
  }

  /** The issues found, as one error. */
  error(): ValidationError {
    return new ValidationError(this.issues);
  }

  /** Throws every issue found, if any. */
  check(): void {
    if (this.issues.length > 0) throw this.error();
  }
}
