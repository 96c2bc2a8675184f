import { pgEnum } from 'drizzle-orm/pg-core';
import { DATE_PRECISIONS } from '../../rules/dates.js';
import { DEAL_STATUSES } from '../../rules/deal-status.js';

export const companyKind = pgEnum('company_kind', [
  'STARTUP',
  'CORPORATION',
  'INVESTOR',
  'RESEARCH_LAB',
  'UNIVERSITY',
  'NONPROFIT',
  'GOVERNMENT',
]);
export const quoteForm = pgEnum('quote_form', ['VERBATIM', 'PARAPHRASE']);
export const fundingStage = pgEnum('funding_stage', [
  'PRE_SEED',
  'SEED',
  'SERIES_A',
  'SERIES_B',
  'SERIES_C',
  'SERIES_D',
  'SERIES_E',
  'LATER_STAGE',
  'STRATEGIC',
  'DEBT',
  'GRANT',
  'IPO',
  'UNKNOWN',
]);
export const dealStatus = pgEnum('deal_status', DEAL_STATUSES);
export const datePrecision = pgEnum('date_precision', DATE_PRECISIONS);
export const sourceKind = pgEnum('source_kind', [
  'ARTICLE',
  'PRESS_RELEASE',
  'FILING',
  'PAPER',
  'INTERVIEW',
  'WEBSITE',
  'OTHER',
]);

export const apiKeyScope = pgEnum('api_key_scope', ['write', 'admin']);
