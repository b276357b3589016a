import type { ReactNode } from 'react';
import { Caption1, Subtitle2 } from '@fluentui/react-components';
import { useSectionStyles } from '../useSectionStyles';

/** A section's heading, its one action (e.g. "New team") at the far end, and a short intro. */
export function SectionHeading({
  title,
  intro,
  action,
}: {
  readonly title: string;
  readonly intro?: ReactNode;
  readonly action?: ReactNode;
}) {
  const styles = useSectionStyles();
  return (
    <>
      <div className={styles.toolbar}>
        <Subtitle2 as="h2">{title}</Subtitle2>
        <span className={styles.spacer} />
        {action}
      </div>
      {intro ? <Caption1 className={styles.muted}>{intro}</Caption1> : null}
    </>
  );
}
