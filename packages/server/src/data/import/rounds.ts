// The FundingRound planner. A round's status history is its StatusChange lines, or, when the
// file has none, one change to the round's status, citing the round's excerpts.
import { dateColumns } from '../../db/date-columns.js';
import type { InvestorValue } from '../../rules/claims.js';
import type { PartialDate } from '../../rules/dates.js';
import type { RecordOf } from '../records.js';
import { keyedId, stableId } from './ids.js';
import type { Line } from './parse.js';
import type { Planner, PlanState } from './plan.js';

type RoundLine = Line<RecordOf<'FundingRound'>>;
type ChangeLine = Line<RecordOf<'StatusChange'>>;

/**
 * Ordered as export orders them: by when they were recorded (those without a time after the
 * others, in line order, recorded now), then by ID. The round's status must be the last one.
 */
function planHistory(
  state: PlanState,
  line: RoundLine,
  roundId: string,
  announcedOn: PartialDate | null,
  changes: ChangeLine[],
) {
  const { rows, issue, cite } = state;
  const { key, status } = line.record;
  const start = Date.now();
  const history = changes
    .map((change, index) => ({
      ...change,
      id: keyedId('status', change.record.key),
      recordedAt: change.record.recordedAt ? new Date(change.record.recordedAt) : new Date(start + index),
    }))
    .sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime() || a.id.localeCompare(b.id));
  const last = history.at(-1);
  if (last && last.record.status !== status)
    issue(
      line.line,
      'status',
      `must be the status of its last StatusChange (${last.record.status}, line ${last.line})`,
    );
  if (history.length === 0) {
    const id = stableId('status', key);
    rows.dealStatusChanges.push({ id, roundId, status, ...dateColumns('changedOn', announcedOn) });
    // The round's citations were checked with the round.
    cite(line, `status:${key}`, { statusChangeId: id }, true);
  }
  for (const change of history) {
    rows.dealStatusChanges.push({
      id: change.id,
      roundId,
      status: change.record.status,
      ...dateColumns('changedOn', change.record.on),
      recordedAt: change.recordedAt,
    });
    cite(change, `status:${change.record.key}`, { statusChangeId: change.id });
  }
}

function planRound(state: PlanState, line: RoundLine, changes: ChangeLine[]) {
  const {
    type: _,
    key,
    company,
    investors: __,
    citations: ___,
    announcedOn,
    closedOn,
    ...round
  } = line.record;
  const id = keyedId('round', key);
  const row = {
    id,
    companyId: state.companyId(line.line, 'company', company),
    ...round,
    ...dateColumns('announcedOn', announcedOn),
    ...dateColumns('closedOn', closedOn),
  };
  state.rows.fundingRounds.push(row);
  const owner = { fundingRoundId: id };
  const values = state.claims(line, owner, `round:${key}`, row, state.cite(line, `round:${key}`, owner));
  // Its investors are those its claims resolve to.
  for (const investor of (values.investors as InvestorValue[] | null | undefined) ?? [])
    state.rows.investments.push({
      id: stableId('investment', `${key}/${investor.companyId ?? investor.personId}`),
      roundId: id,
      ...investor,
    });
  planHistory(state, line, id, (values.announcedOn as PartialDate | null | undefined) ?? null, changes);
}

/**
 * Checks that each StatusChange names a round of the file, and returns the planner of
 * FundingRound lines.
 */
export function roundPlanner({ survey, issue, refused }: PlanState): Planner<'FundingRound'> {
  for (const [round, lines] of survey.changes)
    if (!survey.names.has(`FundingRound:${round}`) && !refused.has(`FundingRound:${round}`))
      for (const line of lines)
        issue(line.line, 'round', `no funding round in the file has the key "${round}"`);
  return (state, line) => planRound(state, line, survey.changes.get(line.record.key) ?? []);
}
