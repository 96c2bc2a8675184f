import { formatMoney } from '@moat/sdk';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { type FragmentType, getFragmentData, graphql } from '../generated';

export const RoundsTimelineFragment = graphql(`
  fragment RoundsTimeline on FundingRound {
    id
    status
    announcedOn {
      date
      label
    }
    amount {
      amountUsd
    }
    postMoneyValuation {
      amountUsd
    }
  }
`);

const usd = (amount: number) => formatMoney({ amount: String(amount), currency: 'USD' });

/** Rounds in date order, as bars of money raised and a line of post-money valuation (in USD). */
export function RoundsTimeline(props: { rounds: readonly FragmentType<typeof RoundsTimelineFragment>[] }) {
  const rounds = props.rounds
    .map((round) => getFragmentData(RoundsTimelineFragment, round))
    // Undated rounds go last: the source gives no date to place them by.
    .sort((a, b) => (a.announcedOn?.date ?? '9999').localeCompare(b.announcedOn?.date ?? '9999'));
  if (rounds.length === 0) return null;
  const data = rounds.map((round) => ({
    when: round.announcedOn?.label ?? 'Date not reported',
    raised: round.amount?.amountUsd ? Number(round.amount.amountUsd) : null,
    valuation: round.postMoneyValuation?.amountUsd ? Number(round.postMoneyValuation.amountUsd) : null,
  }));
  const summary = data
    .map((point) => `${point.when}: ${point.raised ? usd(point.raised) : 'amount unknown'} raised`)
    .join('; ');
  return (
    <figure className="timeline">
      <div role="img" aria-label={`Funding rounds over time. ${summary}.`}>
        <ResponsiveContainer width="100%" height={260}>
          {/* An image, described by its label, with every figure in the rounds below: no Tab stop. */}
          <ComposedChart
            data={data}
            margin={{ top: 10, right: 20, bottom: 0, left: 20 }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="when" />
            <YAxis tickFormatter={usd} width={70} />
            <Tooltip formatter={(value) => usd(Number(value))} />
            <Legend />
            <Bar dataKey="raised" name="Raised (USD)" fill="#3b6ea5" isAnimationActive={false} />
            <Line
              dataKey="valuation"
              name="Post-money valuation (USD)"
              stroke="#c0632a"
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption>Money raised and valuation per round, in US dollars, by announcement date.</figcaption>
    </figure>
  );
}
