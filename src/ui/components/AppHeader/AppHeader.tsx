import { lazy, Suspense, useState, type ReactNode } from 'react';
import { Button, Caption1, makeStyles, Title3, tokens } from '@fluentui/react-components';
import { BookOpenRegular } from '@fluentui/react-icons';

// The story's drawer (and its editor) loads on the first click, not with the page.
const StoryPanel = lazy(() =>
  import('../StoryPanel/StoryPanel').then(({ StoryPanel }) => ({ default: StoryPanel })),
);

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titles: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  subtitle: { color: tokens.colorNeutralForeground2 },
});

export interface AppHeaderProps {
  readonly title: string;
  readonly subtitle?: string;
  /** More actions, before the story button. */
  readonly actions?: ReactNode;
}

/** The page title and the "why we use OKRs" story, always one click away. */
export function AppHeader({ title, subtitle, actions }: AppHeaderProps) {
  const styles = useStyles();
  const [storyOpen, setStoryOpen] = useState(false);
  const [storyOpened, setStoryOpened] = useState(false);
  return (
    <header className={styles.root}>
      <div className={styles.titles}>
        <Title3 as="h1">{title}</Title3>
        {subtitle ? <Caption1 className={styles.subtitle}>{subtitle}</Caption1> : null}
      </div>
      {actions}
      <Button
        icon={<BookOpenRegular />}
        onClick={() => {
          setStoryOpened(true);
          setStoryOpen(true);
        }}
      >
        Why we use OKRs
      </Button>
      {storyOpened ? (
        <Suspense fallback={null}>
          <StoryPanel open={storyOpen} onOpenChange={setStoryOpen} />
        </Suspense>
      ) : null}
    </header>
  );
}
