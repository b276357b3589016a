import { Subtitle1, Text } from '@fluentui/react-components';
import { TargetArrowRegular } from '@fluentui/react-icons';
import { useStatesStyles } from './useStatesStyles';
import type { EmptyStateProps } from './States.types';

export function EmptyState({ title, message, action, icon, headingLevel = 2 }: EmptyStateProps) {
  const styles = useStatesStyles();
  return (
    <section className={styles.centered} aria-label={title}>
      <span className={styles.icon} aria-hidden>
        {icon ?? <TargetArrowRegular />}
      </span>
      <Subtitle1 as={headingLevel === 1 ? 'h1' : 'h2'} align="center">
        {title}
      </Subtitle1>
      <Text align="center" className={styles.message}>
        {message}
      </Text>
      {action}
    </section>
  );
}
