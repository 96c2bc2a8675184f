import { and, eq, isNull } from 'drizzle-orm';
import type { PartialDate } from '../../rules/dates.js';
import type { Transaction } from '../audit.js';
import { type RoleRow, roles } from '../schema.js';

/** The role a new one would repeat: the same person, company, title and start. */
export async function sameRole(
  tx: Transaction,
  role: { personId: string; companyId: string; title: string; since: PartialDate | null | undefined },
): Promise<RoleRow | undefined> {
  const [existing] = await tx
    .select()
    .from(roles)
    .where(
      and(
        eq(roles.personId, role.personId),
        eq(roles.companyId, role.companyId),
        eq(roles.title, role.title),
        role.since ? eq(roles.since, role.since.date) : isNull(roles.since),
      ),
    );
  return existing;
}
