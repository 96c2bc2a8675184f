import { eq } from 'drizzle-orm';
import type { Transaction } from '../audit.js';
import { type ApiKeyRow, apiKeys } from '../schema.js';

/** A key's row, if a key has this id. */
export async function findApiKey(tx: Transaction, id: string): Promise<ApiKeyRow | undefined> {
  const [row] = await tx.select().from(apiKeys).where(eq(apiKeys.id, id));
  return row;
}
