import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { formatScore, type FinalScore, type ScoreGrade } from '../../../core/closing';
import { useLocale, useLocaleWords } from '../../app/AppServices';
import {
  closedBadge,
  finalScoreHeading,
  finalScoreToggleLabel,
  scoreReading,
  scoreReasonLead,
} from '../../words/closedCycleWords';
import { useSay } from '../../board/say';
import { type RowClassesProp, withRowClasses } from '../RowClasses';
import type { BadgeColor } from '../useTintBadgeClasses';

const gradeColor: Readonly<Record<ScoreGrade, BadgeColor>> = {
  delivered: 'success',
  partial: 'warning',
  low: 'danger',
};
const colorOf = (final: FinalScore): BadgeColor =>
  final.grade ? gradeColor[final.grade] : 'informative';

const useStyles = makeStyles({
  badge: { flexShrink: 0, justifySelf: 'start', whiteSpace: 'nowrap' },
  // A badge that is a button: a badge's looks, a button's focus ring.
  button: {
    fontFamily: 'inherit',
    cursor: 'pointer',
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThin,
    },
  },
  // In the grid of the card's header or the KR's row: a line of its own across it, under the
  // rest of it (`order`), whichever columns a narrow tab gives them; read right after its button.
  detail: {
    gridColumn: '1 / -1',
    order: 1,
    margin: 0,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
});

type FinalScoreProps = {
  readonly final: FinalScore;
  /** The OKR's title, for the button's name. */
  readonly title: string;
};

/**
 * A closed cycle's OKR in place of its live status: "Closed · 0.72", coloured by its grade (words
 * first, never colour alone).
 */
export const FinalScoreBadge = withRowClasses(function FinalScoreBadge({
  rowClasses: classes,
  ...props
}: FinalScoreProps & RowClassesProp) {
  const styles = useStyles();
  const locale = useLocale();
  const say = useSay();
  const { final } = props;
  const score = final.score === undefined ? undefined : formatScore(final.score, locale);
  return (
    <div className={mergeClasses(classes.badge[colorOf(final)], styles.badge)}>
      {closedBadge(score, say)}
    </div>
  );
});

/**
 * The final score of a card's objective or a row's KR, in its grid. With something to say about
 * the score (its reason, how to read it for its commitment), the badge is a button that shows
 * that on a line under the OKR's.
 */
export const FinalScoreExplained = withRowClasses(function FinalScoreExplained({
  rowClasses: classes,
  ...props
}: FinalScoreProps & RowClassesProp) {
  const styles = useStyles();
  const locale = useLocale();
  const say = useSay();
  const translated = useLocaleWords();
  const [open, setOpen] = useState(false);
  const id = useId();
  const { final, title } = props;
  if (final.score === undefined || (!final.reason && !final.reading)) {
    return <FinalScoreBadge {...props} />;
  }
  const score = formatScore(final.score, locale);
  return (
    <>
      <button
        type="button"
        className={mergeClasses(classes.badge[colorOf(final)], styles.badge, styles.button)}
        aria-expanded={open}
        {...(open ? { 'aria-controls': id } : {})}
        aria-label={finalScoreToggleLabel(title, score, open, say)}
        onClick={() => setOpen((shown) => !shown)}
      >
        {closedBadge(score, say)}
      </button>
      {open ? (
        <Caption1 as="p" id={id} className={styles.detail}>
          {finalScoreHeading(score, say)}
          {final.reason ? ` ${scoreReasonLead(say)} ${final.reason}` : ''}
          {final.reading ? ` ${scoreReading(final.reading, translated, locale)}` : ''}
        </Caption1>
      ) : null}
    </>
  );
});
