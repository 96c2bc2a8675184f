// The database's tables, one module per group in tables/, and the types of their rows.
import type { apiKeys, auditLog } from './tables/access.js';
import type { citations } from './tables/citations.js';
import type { claims } from './tables/claims.js';
import type { apiKeyScope, companyKind, fundingStage, quoteForm, sourceKind } from './tables/enums.js';
import type { companies, people, quotes, roles, sources } from './tables/facts.js';
import type { dealStatusChanges, fundingRounds, investments } from './tables/rounds.js';

export * from './tables/access.js';
export * from './tables/citations.js';
export * from './tables/claims.js';
export * from './tables/enums.js';
export * from './tables/facts.js';
export * from './tables/rounds.js';

// Rows as the database returns them, and the values of its enums.
export type SourceRow = typeof sources.$inferSelect;
export type CompanyRow = typeof companies.$inferSelect;
export type PersonRow = typeof people.$inferSelect;
export type RoleRow = typeof roles.$inferSelect;
export type QuoteRow = typeof quotes.$inferSelect;
export type FundingRoundRow = typeof fundingRounds.$inferSelect;
export type DealStatusChangeRow = typeof dealStatusChanges.$inferSelect;
export type InvestmentRow = typeof investments.$inferSelect;
export type CitationRow = typeof citations.$inferSelect;
export type ClaimRow = typeof claims.$inferSelect;
export type ApiKeyRow = typeof apiKeys.$inferSelect;
export type AuditEntryRow = typeof auditLog.$inferSelect;

export type CompanyKindValue = (typeof companyKind.enumValues)[number];
export type QuoteFormValue = (typeof quoteForm.enumValues)[number];
export type FundingStageValue = (typeof fundingStage.enumValues)[number];
export type SourceKindValue = (typeof sourceKind.enumValues)[number];
export type ApiKeyScopeValue = (typeof apiKeyScope.enumValues)[number];
