import { useCallback, useState } from 'react';
import {
  Caption1,
  makeStyles,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { reviewCycle, scoreBandEdges, type CycleReview } from '../../../core/cycle-review';
import { cycleEndingNearest } from '../../../core/cycle-picks';
import { formatNumber, formatProgress } from '../../../core/format';
import { useAppServices, useLocale } from '../../app/AppServices';
import { useAsyncResource } from '../../hooks/useAsyncResource';
import { dayOf } from '../../app/day-of';
import { today } from '../../app/today';
import { EmptyState } from '../../components/States/EmptyState';
import { ErrorState } from '../../components/States/ErrorState';
import { LoadingState } from '../../components/States/LoadingState';
import { ChoiceField } from '../parts/ChoiceField';
import { ConfidenceOverTimeChart } from '../parts/ConfidenceOverTimeChart';
import { SectionHeading } from '../parts/SectionHeading';
import { useProgrammeSay, type ProgrammeSay } from '../programme-words';
import type { ProgrammeSectionProps } from '../ProgrammeSection.types';
import { useSectionStyles } from '../useSectionStyles';

const useStyles = makeStyles({
  figures: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(160px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  figure: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700 },
  band: { whiteSpace: 'nowrap' },
  count: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    fontVariantNumeric: 'tabular-nums',
  },
  bar: {
    height: '16px',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorCompoundBrandBackground,
    // Windows' contrast themes drop background colours: the bar takes the text's colour.
    '@media (forced-colors: active)': { forcedColorAdjust: 'none', backgroundColor: 'CanvasText' },
  },
});

const percent = (share: number | undefined, locale: string) =>
  share === undefined ? '—' : formatProgress(share, locale);

/** What the hit rate counts: committed objectives with a score, and those that reached the top. */
function committedCaption(
  { scored, hit }: CycleReview['committed'],
  top: number,
  closed: boolean,
  say: ProgrammeSay,
): string {
  if (scored === 0) {
    return closed
      ? say('No committed objective was scored when this cycle closed')
      : say('No committed objective is scored yet: scores come when the cycle closes');
  }
  return say(
    '{hit} of {count} {count|scored committed objective|scored committed objectives} reached a score of {top}',
    { hit, count: scored, top },
  );
}

/**
 * What the on-time share counts, and for an imported cycle by which rhythm: the one its check-ins
 * show (it was not run here), or none, when they show none.
 */
function onTimeCaption({ rhythm, onTime, due }: CycleReview, say: ProgrammeSay): string {
  if (rhythm.from === 'none') {
    return say(
      'Does not apply: this cycle was imported, and its check-ins show no regular rhythm to judge them by',
    );
  }
  const counted = { onTime, count: due };
  if (rhythm.from !== 'checkIns') {
    return say('{onTime} of {count} {count|check-in|check-ins} due came on time', counted);
  }
  switch (rhythm.cadenceDays) {
    case 7:
      return say(
        '{onTime} of {count} {count|check-in|check-ins} due came on time, judged by the weekly rhythm its imported check-ins show',
        counted,
      );
    case 14:
      return say(
        '{onTime} of {count} {count|check-in|check-ins} due came on time, judged by the fortnightly rhythm its imported check-ins show',
        counted,
      );
    case 30:
      return say(
        '{onTime} of {count} {count|check-in|check-ins} due came on time, judged by the monthly rhythm its imported check-ins show',
        counted,
      );
    default:
      return say(
        '{onTime} of {count} {count|check-in|check-ins} due came on time, judged by the rhythm of every {days} days its imported check-ins show',
        { ...counted, days: rhythm.cadenceDays },
      );
  }
}

/** KRs per score band as bars, each with its count; the table is what screen readers read. */
function ScoreDistribution({ scores }: { readonly scores: CycleReview['scores'] }) {
  const own = useStyles();
  const locale = useLocale();
  const say = useProgrammeSay();
  const most = Math.max(1, ...scores.map((bucket) => bucket.count));
  return (
    <Table size="small" aria-label={say('Key results per score band')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{say('Score')}</TableHeaderCell>
          <TableHeaderCell>{say('Key results')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {scores.map((bucket) => (
          <TableRow key={bucket.from}>
            <TableCell className={own.band}>
              {say(
                bucket.includesTo ? '{from} to {to}' : '{from} to under {to}',
                scoreBandEdges(bucket, locale),
              )}
            </TableCell>
            <TableCell>
              <span className={own.count}>
                {bucket.count > 0 ? (
                  // At most 80% of the column, so the count beside the longest bar fits.
                  <span
                    className={own.bar}
                    style={{ width: `${(bucket.count / most) * 80}%` }}
                    aria-hidden
                  />
                ) : null}
                {formatNumber(bucket.count, locale)}
              </span>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The cycle review: on-time check-ins, confidence over time, scores and the committed hit rate. */
export default function ReviewSection({ programme, cycleId: asked }: ProgrammeSectionProps) {
  const styles = useSectionStyles();
  const own = useStyles();
  const { repository, operatingModel: model } = useAppServices();
  const locale = useLocale();
  const say = useProgrammeSay();
  const { cycles, teams } = programme.data;
  const started = cycles.filter((cycle) => cycle.state !== 'planning');
  // The cycle just ended or ending next: never one whose first day is ahead, which holds no history.
  const [cycleId, setCycleId] = useState(
    started.find((cycle) => cycle.id === asked)?.id ??
      cycleEndingNearest(started, today())?.id ??
      started.at(-1)?.id ??
      '',
  );
  const [teamId, setTeamId] = useState('');
  const cycle = cycles.find((candidate) => candidate.id === cycleId);
  const load = useCallback(
    async (signal: AbortSignal): Promise<{ review?: CycleReview; keyResults?: number }> => {
      if (!cycle) return {};
      const [board, history] = await Promise.all([
        repository.loadBoard(
          { cycleId: cycle.id, ...(teamId ? { teamIds: [teamId] } : {}) },
          { signal },
        ),
        repository.cycleCheckInHistory(cycle.id, { signal }),
      ]);
      return {
        review: reviewCycle(
          cycle,
          board.objectives,
          board.keyResults,
          history,
          model,
          today(),
          dayOf,
        ),
        keyResults: board.keyResults.length,
      };
    },
    [repository, cycle, teamId, model],
  );
  const { data, reload } = useAsyncResource(load);
  const review = data.status === 'ready' ? data.review : undefined;
  const team = teams.find((candidate) => candidate.id === teamId);
  const closed = cycle?.state === 'closed';

  if (started.length === 0) {
    return (
      <EmptyState
        title={say('No cycle to review yet')}
        message={say('A cycle shows here once it has started.')}
      />
    );
  }
  return (
    <div className={styles.section}>
      <SectionHeading title={say('Cycle review')} />
      <div className={styles.row}>
        <ChoiceField label={say('Cycle')} items={started} value={cycleId} onChange={setCycleId} />
        <ChoiceField
          label={say('Team')}
          items={teams}
          value={teamId}
          onChange={setTeamId}
          none={say('The whole organisation')}
        />
      </div>
      {data.status === 'error' ? <ErrorState error={data.error} onRetry={reload} /> : null}
      {data.status === 'loading' ? (
        <LoadingState label={say('Working out the review')} rows={3} />
      ) : null}
      {review && data.status === 'ready' && data.keyResults === 0 ? (
        <EmptyState
          title={say('No key results to review in {cycle}', { cycle: cycle?.name ?? '' })}
          message={
            team
              ? say(
                  '{team} has no key results in this cycle. Choose another team, or the whole organisation.',
                  { team: team.name },
                )
              : say(
                  'The review shows check-ins, confidence and scores once the cycle holds key results.',
                )
          }
        />
      ) : review ? (
        <>
          <div className={own.figures}>
            <div className={styles.card}>
              <Caption1>{say('Check-ins on time')}</Caption1>
              <Text className={own.figure}>{percent(review.onTimeShare, locale)}</Text>
              <Caption1 className={styles.muted}>{onTimeCaption(review, say)}</Caption1>
            </div>
            <div className={styles.card}>
              <Caption1>{say('Committed OKRs met')}</Caption1>
              <Text className={own.figure}>{percent(review.committed.rate, locale)}</Text>
              <Caption1 className={styles.muted}>
                {committedCaption(review.committed, model.scoring.max, closed, say)}
              </Caption1>
            </div>
          </div>
          <section className={styles.card} aria-label={say('Average confidence over time')}>
            <Subtitle2 as="h3">{say('Average confidence over time')}</Subtitle2>
            {review.confidence.length === 0 ? (
              <Text>{say('The first check-in day is still ahead.')}</Text>
            ) : review.confidence.every((point) => point.average === undefined) ? (
              <Text>{say('No key result has been given a confidence at a check-in yet.')}</Text>
            ) : cycle ? (
              <ConfidenceOverTimeChart
                points={review.confidence}
                max={model.confidenceScale.max}
                period={cycle}
              />
            ) : null}
          </section>
          <section className={styles.card} aria-label={say('Score distribution')}>
            <Subtitle2 as="h3">{say('Key result scores')}</Subtitle2>
            {review.scores.some((bucket) => bucket.count > 0) ? (
              <ScoreDistribution scores={review.scores} />
            ) : (
              <Text>
                {closed
                  ? say('No key result was scored when this cycle closed.')
                  : say('No key result is scored yet: scores come when the cycle closes.')}
              </Text>
            )}
          </section>
        </>
      ) : null}
    </div>
  );
}
