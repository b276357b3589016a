import {
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from '@fluentui/react-components';
import type { Severity } from '../../../core/coaching/types';
import { useCoachingFindingsStyles } from './useCoachingFindingsStyles';
import type { CoachingFindingsProps } from './CoachingFindings.types';

const intent: Readonly<Record<Severity, 'error' | 'warning' | 'info'>> = {
  error: 'error',
  warning: 'warning',
  info: 'info',
};

/** The coach's findings: each with what it noticed, what to try, and where the advice comes from. */
export function CoachingFindings({ findings, emptyMessage, label }: CoachingFindingsProps) {
  const styles = useCoachingFindingsStyles();
  return (
    <div role="region" aria-label={label} aria-live="polite">
      {findings.length === 0 ? (
        emptyMessage ? (
          <Caption1 className={styles.quiet}>{emptyMessage}</Caption1>
        ) : null
      ) : (
        <ul className={styles.list}>
          {findings.map((finding) => (
            <li key={`${finding.rule}-${finding.target.id ?? finding.target.text ?? ''}`}>
              <MessageBar
                intent={intent[finding.severity]}
                layout="multiline"
                data-rule={finding.rule}
              >
                <MessageBarBody>
                  <MessageBarTitle>{finding.message}</MessageBarTitle>
                  <Text className={styles.suggestion}>Try: {finding.suggestion}</Text>
                  <Caption1 className={styles.source}>Source: {finding.citation}</Caption1>
                </MessageBarBody>
              </MessageBar>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
