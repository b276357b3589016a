import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { describeError } from '../../errors/describeError';
import { useStatesStyles } from './useStatesStyles';
import type { ErrorStateProps } from './States.types';

export function ErrorState({ error, onRetry, focusRetry = false }: ErrorStateProps) {
  const styles = useStatesStyles();
  const description = describeError(error);
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
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
      {onRetry && description.retryable ? (
        <MessageBarActions>
          <Button icon={<ArrowClockwiseRegular />} onClick={onRetry} autoFocus={focusRetry}>
            Try again
          </Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
