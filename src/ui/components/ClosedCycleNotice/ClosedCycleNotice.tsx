import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Link,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { learningsAnswers } from '../../../core/closing';
import type { Cycle, Objective } from '../../../core/model';
import type { Board } from '../../../store/repository';
import {
  closeLearnings,
  closedCycleBanner,
  learningsButton,
  learningsTitle,
  noLearnings,
} from '../../words/closedCycleWords';
import { useSay } from '../../board/say';
import { useFocusReturn } from '../../hooks/useFocusReturn';
import { narrowMedia, useNarrowFrame } from '../../hooks/useNarrowFrame';

const useStyles = makeStyles({
  root: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0`,
    [narrowMedia]: { paddingTop: tokens.spacingVerticalXS },
  },
  surface: { maxWidth: 'min(720px, calc(100vw - 32px))' },
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  team: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  objective: {
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  answers: {
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  prompt: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  answer: { margin: 0, whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
});

/** The objectives with learnings, by team in the board's order of teams. */
function learningsByTeam(board: Pick<Board, 'teams' | 'objectives'>) {
  return board.teams.flatMap((team) => {
    const objectives = board.objectives.filter(
      (objective) => objective.teamId === team.id && learningsAnswers(objective.learnings).length,
    );
    return objectives.length > 0 ? [{ team, objectives }] : [];
  });
}

function ObjectiveLearnings({ objective }: { readonly objective: Objective }) {
  const styles = useStyles();
  return (
    <article className={styles.objective} aria-label={objective.title}>
      <Subtitle2 as="h4" className={styles.heading}>
        {objective.title}
      </Subtitle2>
      <dl className={styles.answers}>
        {learningsAnswers(objective.learnings).map(({ prompt, answer }, index) => (
          <div key={index}>
            {prompt ? (
              <dt>
                <Caption1 className={styles.prompt}>{prompt}</Caption1>
              </dt>
            ) : null}
            <dd className={styles.answer}>
              <Body1>{answer}</Body1>
            </dd>
          </div>
        ))}
      </dl>
    </article>
  );
}

/**
 * Over a closed cycle's board: the cycle is closed and its scores final, with the learnings its
 * objectives kept from the retrospective one click away. A chunk of its own, loaded for a closed
 * cycle's board only.
 */
export default function ClosedCycleNotice({
  cycle,
  board,
}: {
  readonly cycle: Cycle;
  /** The board shown: the learnings of its objectives. */
  readonly board: Pick<Board, 'teams' | 'objectives'>;
}) {
  const styles = useStyles();
  const say = useSay();
  const teams = learningsByTeam(board);
  const narrow = useNarrowFrame();
  const [open, setOpen] = useState(false);
  useFocusReturn(open);
  return (
    <div className={styles.root}>
      {/* In a narrow frame the action is a link after the words, as in Fluent's MessageBar with a
          link (https://react.fluentui.dev/?path=/docs/components-messagebar--docs): the words
          and the link take two lines, where the button took a line of its own under them. */}
      {narrow ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {closedCycleBanner(cycle.name, say)}{' '}
            <Link as="button" inline onClick={() => setOpen(true)}>
              {learningsButton(say)}
            </Link>
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="info">
          <MessageBarBody>{closedCycleBanner(cycle.name, say)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => setOpen(true)}>
              {learningsButton(say)}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
        <DialogSurface className={styles.surface} aria-describedby={undefined}>
          <DialogBody>
            {/* Its first focusable element is the title's Close button, as the history dialog's
                is, and where Fluent's dialogs put it: the learnings are read from the start. */}
            <DialogTitle
              action={
                <Button
                  appearance="subtle"
                  aria-label={closeLearnings(say)}
                  icon={<DismissRegular />}
                  onClick={() => setOpen(false)}
                />
              }
            >
              {learningsTitle(cycle.name, say)}
            </DialogTitle>
            <DialogContent className={styles.content}>
              {teams.length === 0 ? <Text>{noLearnings(say)}</Text> : null}
              {teams.map(({ team, objectives }) => (
                <section key={team.id} className={styles.team} aria-label={team.name}>
                  <Subtitle2 as="h3" className={styles.heading}>
                    {team.name}
                  </Subtitle2>
                  {objectives.map((objective) => (
                    <ObjectiveLearnings key={objective.id} objective={objective} />
                  ))}
                </section>
              ))}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => setOpen(false)}>
                {closeLearnings(say)}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
