import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { CoachingFix, CoachingFixKind, Severity, Finding } from '../../../core/coaching';
import { useLocale } from '../../app/AppServices';
import { sayFor, type Say, type Text as Message } from '../../board/say';

const intent: Readonly<Record<Severity, 'error' | 'warning' | 'info'>> = {
  error: 'error',
  warning: 'warning',
  info: 'info',
};

/** What a severity means, said next to the message (colour alone is not enough). */
const severityLabel: Readonly<Record<Severity, Message>> = {
  error: 'Needs fixing',
  warning: 'Likely weak',
  info: 'Tip',
};

const fixLabel: Readonly<Record<CoachingFixKind, Message>> = {
  rewriteAsOutcome: 'Rewrite as an outcome',
  addBaseline: 'Add a baseline',
  moveToInitiatives: 'Move to initiatives',
};

/**
 * The coach's findings: each with how serious it is, what it noticed, what to try, where the
 * advice comes from and, where one exists and this surface can carry it out, a one-click fix.
 */
export function CoachingFindings({
  findings,
  emptyMessage,
  label,
  coachedText,
  fixKinds = [],
  onFix,
  say: given,
}: CoachingFindingsProps) {
  const styles = useStyles();
  const locale = useLocale();
  const say = given ?? sayFor(undefined, locale);
  const offered = (fixes: readonly CoachingFix[]) =>
    onFix ? fixes.filter((fix) => fixKinds.includes(fix.kind)) : [];
  return (
    <div
      role="region"
      aria-label={label}
      aria-live="polite"
      {...(coachedText === undefined ? {} : { 'data-coached-text': coachedText })}
    >
      {findings.length === 0 ? (
        emptyMessage ? (
          <Caption1 className={styles.quiet}>{emptyMessage}</Caption1>
        ) : null
      ) : (
        <ul className={styles.list}>
          {findings.map((finding) => {
            const fixes = offered(finding.fixes);
            return (
              <li key={`${finding.rule}-${finding.target.id ?? finding.target.text ?? ''}`}>
                <MessageBar
                  intent={intent[finding.severity]}
                  layout="multiline"
                  data-rule={finding.rule}
                  data-severity={finding.severity}
                >
                  <MessageBarBody className={styles.body}>
                    <MessageBarTitle>{say(severityLabel[finding.severity])}</MessageBarTitle>
                    {finding.message}
                    <Text className={styles.suggestion}>
                      {say('Try: {suggestion}', { suggestion: finding.suggestion })}
                    </Text>
                    <Caption1 className={styles.source}>
                      {say('Source: {citation}', { citation: finding.citation })}
                    </Caption1>
                  </MessageBarBody>
                  {fixes.length > 0 ? (
                    <MessageBarActions>
                      {fixes.map((fix) => (
                        <Button
                          key={fix.kind}
                          size="small"
                          title={say('Changes the title to “{text}”', { text: fix.text })}
                          onClick={() => onFix?.(fix)}
                        >
                          {say(fixLabel[fix.kind])}
                        </Button>
                      ))}
                    </MessageBarActions>
                  ) : null}
                </MessageBar>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

export interface CoachingFindingsProps {
  readonly findings: readonly Finding[];
  /** Shown when there is nothing to say, so silence reads as approval. */
  readonly emptyMessage?: string;
  /** Names the list for screen readers, e.g. "Coaching on the objective". */
  readonly label: string;
  /** The text the findings are about (what the coach last read), for people and tests alike. */
  readonly coachedText?: string;
  /** The fixes this surface can carry out; others are not offered. */
  readonly fixKinds?: readonly CoachingFixKind[];
  readonly onFix?: (fix: CoachingFix) => void;
  /**
   * Its own words (what a finding's severity means, its fixes) in the reader's language, from a
   * surface that speaks it (the OKR editors); in English otherwise. The findings themselves are
   * in the language the coach reads, the organisation's.
   */
  readonly say?: Say;
}

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  // A long unbroken word or link in the coached text wraps instead of running out of the bar.
  body: { overflowWrap: 'anywhere', minWidth: 0 },
  source: { color: tokens.colorNeutralForeground2, fontStyle: 'italic' },
  suggestion: { display: 'block', marginTop: tokens.spacingVerticalXXS },
  quiet: { color: tokens.colorNeutralForeground2 },
});
