// What the change feed calls each write, from the audit entry the write made.

/** The record types whose writes the feed shows: all but API keys, which only admins see. */
export const CHANGE_RECORD_TYPES = [
  'Company',
  'Person',
  'Role',
  'FundingRound',
  'StatusChange',
  'Quote',
  'Source',
  'Citation',
  'Claim',
] as const;
export type ChangeRecordType = (typeof CHANGE_RECORD_TYPES)[number];

export const CHANGE_KINDS = ['CREATE', 'UPDATE', 'CLAIM', 'RANK', 'DELETE'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * The kind of a write: a claim added (CLAIM) or re-ranked (RANK) is told apart from other
 * records' creations and updates; a write that leaves no record is a DELETE.
 */
export function changeKind(entry: { recordType: string; before: unknown; after: unknown }): ChangeKind {
  if (entry.after == null) return 'DELETE';
  if (entry.recordType === 'Claim') return entry.before == null ? 'CLAIM' : 'RANK';
  return entry.before == null ? 'CREATE' : 'UPDATE';
}

/** Where a reader is in the feed: after the entry at `position` of transaction `transactionId`. */
export interface ChangeCursor {
  transactionId: string;
  position: number;
}

const CURSOR_PREFIX = 'change:';
/** A cursor's text: the prefix, a 64-bit transaction ID and a position. */
const CURSOR = new RegExp(`^${CURSOR_PREFIX}(\\d{1,20}):(\\d{1,18})$`);

export function encodeChangeCursor({ transactionId, position }: ChangeCursor): string {
  return Buffer.from(`${CURSOR_PREFIX}${transactionId}:${position}`).toString('base64');
}

/** The place a cursor names, or undefined when the text is not a change cursor. */
export function decodeChangeCursor(cursor: string): ChangeCursor | undefined {
  const text = Buffer.from(cursor, 'base64').toString();
  // Base64 decoding skips what it cannot read: only a cursor's exact encoding is one.
  if (Buffer.from(text).toString('base64') !== cursor) return undefined;
  const match = CURSOR.exec(text);
  if (!match?.[1] || !match[2] || BigInt(match[1]) >= 2n ** 64n) return undefined;
  return { transactionId: match[1], position: Number(match[2]) };
}

/** The place of a feed entry, from its audit row. */
export function changeCursor(entry: ChangeCursor): ChangeCursor {
  return { transactionId: entry.transactionId, position: entry.position };
}

/** Whether `a` comes after `b` in the feed. */
export function isAfter(a: ChangeCursor, b: ChangeCursor): boolean {
  const [x, y] = [BigInt(a.transactionId), BigInt(b.transactionId)];
  return x === y ? a.position > b.position : x > y;
}

/** The changes a follower asks for: of these record types, of this company's records. */
export interface ChangeSelection {
  types?: readonly ChangeRecordType[] | undefined;
  companyId?: string | undefined;
}

/**
 * Whether an audit entry is one `selection` asks for. The feed's SQL (db/queries/changes.ts)
 * selects the same entries; this tells live changes apart in memory.
 */
export function isSelected(
  entry: { recordType: string; recordId: string; before: unknown; after: unknown },
  { types, companyId }: ChangeSelection,
): boolean {
  if (types ? !types.includes(entry.recordType as ChangeRecordType) : entry.recordType === 'ApiKey')
    return false;
  if (!companyId) return true;
  if (entry.recordType === 'Company' && entry.recordId === companyId) return true;
  const record = (entry.after ?? entry.before) as { companyId?: unknown } | null;
  return record?.companyId === companyId;
}
