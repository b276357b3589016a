import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { BookOpenRegular } from '@fluentui/react-icons';

import { useSay } from '../../board/say';
import { sayNotLoaded } from '../States/ErrorStateOnDemand';
import { lazyPart, OnDemand } from '../States/lazyPart';
import { reloadable } from '../../../reloadable';
import { narrowMedia } from '../../hooks/useNarrowFrame';
import { useNarrowLabels } from '../BoardToolbar/useNarrowLabels';
import { visuallyHidden } from '../visuallyHidden';

// The story's drawer (and its editor) loads on the first click, not with the page; if it cannot
// be loaded, the header says so, and the next click loads it again.
const loadStoryPanel = reloadable(() => import('../StoryPanel/StoryPanel'));
const StoryPanel = lazyPart(() => loadStoryPanel().then(({ StoryPanel }) => StoryPanel));

// Two groups that wrap on their own: the title with what sits beside it (the cycle switcher),
// and the page's buttons. Short of room, the switcher goes under the title and the buttons stay
// together on the title's row ("Why we use OKRs" wrapped alone under My OKRs' title at 979 px).
const row = {
  display: 'flex',
  alignItems: 'center',
  flexWrap: 'wrap',
  columnGap: tokens.spacingHorizontalL,
  rowGap: tokens.spacingVerticalXS,
} as const;

const useStyles = makeStyles({
  root: {
    ...row,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    [narrowMedia]: {
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
      columnGap: tokens.spacingHorizontalS,
    },
  },
  // Takes the room the buttons leave; never narrower than the switcher or the longest word.
  lead: { ...row, flex: '1 1 0' },
  // In a meeting's side panel (320 px) and other narrow frames the buttons show their icons only
  // (named by their tooltips): each with its words took a row of its own, the header 230 px high
  // above the board.
  actions: { ...row, [narrowMedia]: { columnGap: tokens.spacingHorizontalXS } },
  titles: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  subtitle: { color: tokens.colorNeutralForeground2 },
  // A board's header in a narrow frame is its cycle switcher and buttons, on one row: Teams names
  // the tab above it (its tab strip, the side panel's title), and the title is read, not shown.
  titlesBeside: { [narrowMedia]: visuallyHidden },
});

export interface AppHeaderProps {
  readonly title: string;
  readonly subtitle?: string;
  /** Beside the title, going under it when the row is short (the cycle switcher). */
  readonly beside?: ReactNode;
  /** More actions, before the story button. */
  readonly actions?: ReactNode;
  /** The title takes the focus as the header shows (a page the user was sent to). */
  readonly titleFocused?: boolean;
}

/** The page title and the "why we use OKRs" story, always one click away. */
export function AppHeader({ title, subtitle, beside, actions, titleFocused }: AppHeaderProps) {
  const styles = useStyles();
  // Fluent's Title3 takes no ref: its heading is found in the titles' box.
  const titles = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (titleFocused) titles.current?.querySelector('h1')?.focus();
  }, [titleFocused]);
  const [storyOpen, setStoryOpen] = useState(false);
  /** How many times the story was asked for (0: never, so its chunk is not loaded yet). */
  const [storyAsked, setStoryAsked] = useState(0);
  const storyButton = useRef<HTMLButtonElement>(null);
  const say = useSay();
  const { labelled } = useNarrowLabels();
  const story = say('Why we use OKRs');
  return (
    <header className={styles.root}>
      <div className={styles.lead}>
        <div
          ref={titles}
          className={mergeClasses(styles.titles, beside ? styles.titlesBeside : undefined)}
        >
          <Title3 as="h1" {...(titleFocused ? { tabIndex: -1 } : {})}>
            {title}
          </Title3>
          {subtitle ? <Caption1 className={styles.subtitle}>{subtitle}</Caption1> : null}
        </div>
        {beside}
      </div>
      <div className={styles.actions}>
        {actions}
        {labelled(story, (text) => (
          <Button
            ref={storyButton}
            icon={<BookOpenRegular />}
            {...(text ? {} : { 'aria-label': story })}
            onClick={() => {
              setStoryAsked((asked) => asked + 1);
              setStoryOpen(true);
            }}
          >
            {text}
          </Button>
        ))}
      </div>
      {storyAsked > 0 ? (
        <OnDemand parts={[StoryPanel]} resetKeys={[storyAsked]} fallback={sayNotLoaded}>
          <StoryPanel open={storyOpen} onOpenChange={setStoryOpen} openedBy={storyButton} />
        </OnDemand>
      ) : null}
    </header>
  );
}
