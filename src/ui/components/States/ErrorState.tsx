import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import { useSay } from '../../board/say';
import { useDescribeError } from '../../errors/useDescribeError';
import { useStatesStyles } from './useStatesStyles';
import type { ErrorStateProps } from './States.types';

export function ErrorState({ error, onRetry, takeFocus = false }: ErrorStateProps) {
  const styles = useStatesStyles();
  const description = useDescribeError()(error);
  const offersRetry = onRetry !== undefined && description.retryable;
  const bar = useRef<HTMLDivElement>(null);
  const say = useSay();
  // With nothing to try again, the message itself takes the focus (from script only, as a
  // region that receives focus does): a screen reader reads it, and Tab goes on from there.
  useEffect(() => {
    if (takeFocus && !offersRetry) bar.current?.focus();
  }, [takeFocus, offersRetry]);
  return (
    <MessageBar
      ref={bar}
      className={styles.bar}
      intent="error"
      layout="multiline"
      role="alert"
      {...(takeFocus && !offersRetry ? { tabIndex: -1 } : {})}
    >
      <MessageBarBody>
        <MessageBarTitle>{description.title}</MessageBarTitle>
        {description.message}
        {description.details && description.details.length > 0 ? (
          <ul className={styles.details}>
            {description.details.map((detail) => (
              <li key={detail}>{detail}</li>
            ))}
          </ul>
        ) : null}
      </MessageBarBody>
      {offersRetry ? (
        <MessageBarActions>
          <Button icon={<ArrowClockwiseRegular />} onClick={onRetry} autoFocus={takeFocus}>
            {say('Try again')}
          </Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
