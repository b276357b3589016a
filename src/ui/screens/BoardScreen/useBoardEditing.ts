import { useCallback, useState } from 'react';
import type { KeyResult, Objective } from '../../../core/model';
import type { Board } from '../../../store/repository';
import { useSay } from '../../board/say';
import type { BoardDataApi } from '../../board/useBoardData';
import type { MovedToInitiatives } from '../../components/KeyResultEditor/KeyResultEditor.types';
import type { EditorTarget } from './BoardScreen.types';

/** The objective or KR editor of the board: what it is open on, and what a save does. */
export interface BoardEditing {
  readonly editor: EditorTarget | undefined;
  readonly open: (target: EditorTarget) => void;
  /** Stable handlers for the board's cards and rows, so a scroll frame re-renders none of them. */
  readonly editKeyResult: (keyResult: KeyResult) => void;
  readonly editObjective: (objective: Objective) => void;
  readonly addKeyResult: (objective: Objective) => void;
  readonly close: () => void;
  readonly onObjectiveSaved: (objective: Objective) => void;
  readonly onKeyResultSaved: (keyResult: KeyResult) => void;
  readonly onMovedToInitiatives: (moved: MovedToInitiatives) => void;
}

export interface BoardEditingOptions {
  readonly board: Board | undefined;
  readonly data: Pick<BoardDataApi, 'applyObjective' | 'applyKeyResult' | 'applyDeleted'>;
  /** Says what was saved in a toast, which also says it to screen readers (`BottomToaster`). */
  readonly showSaved: (message: string) => void;
  /** The teams the tab shows, when it shows some only. */
  readonly shownTeamIds?: readonly string[] | undefined;
}

export function useBoardEditing({
  board,
  data: { applyObjective, applyKeyResult, applyDeleted },
  showSaved,
  shownTeamIds,
}: BoardEditingOptions): BoardEditing {
  const say = useSay();
  const [editor, setEditor] = useState<EditorTarget | undefined>();
  // Opened on nothing, the editor made a new item.
  const saved = Boolean(
    editor && (editor.kind === 'objective' ? editor.objective : editor.keyResult),
  );
  const onObjectiveSaved = useCallback(
    (objective: Objective) => {
      applyObjective(objective);
      setEditor(undefined);
      // Saved into a team the tab does not show, it leaves the board: where it went is said.
      const team = shownTeamIds?.includes(objective.teamId)
        ? undefined
        : board?.teams.find((candidate) => candidate.id === objective.teamId);
      const { title } = objective;
      showSaved(
        shownTeamIds && team
          ? say(
              saved
                ? 'Objective saved: {title}. It now belongs to {team}, a team this tab does not show.'
                : 'Objective created: {title}. It now belongs to {team}, a team this tab does not show.',
              { title, team: team.name },
            )
          : say(saved ? 'Objective saved: {title}.' : 'Objective created: {title}.', { title }),
      );
    },
    [applyObjective, showSaved, saved, shownTeamIds, board, say],
  );
  const onKeyResultSaved = useCallback(
    (keyResult: KeyResult) => {
      applyKeyResult(keyResult);
      setEditor(undefined);
      showSaved(
        say(saved ? 'Key result saved: {title}.' : 'Key result created: {title}.', {
          title: keyResult.title,
        }),
      );
    },
    [applyKeyResult, showSaved, saved, say],
  );
  const onMovedToInitiatives = useCallback(
    ({ initiative, under, removed }: MovedToInitiatives) => {
      if (removed) applyDeleted({ objectiveIds: [], keyResultIds: [removed.id] });
      setEditor(undefined);
      showSaved(
        say('“{initiative}” is now an initiative under “{under}”.', {
          initiative: initiative.title,
          under: under.title,
        }),
      );
    },
    [applyDeleted, showSaved, say],
  );
  const editKeyResult = useCallback(
    (keyResult: KeyResult) => {
      const objective = board?.objectives.find((o) => o.id === keyResult.objectiveId);
      if (objective) setEditor({ kind: 'keyResult', objective, keyResult });
    },
    [board],
  );
  return {
    editor,
    open: setEditor,
    editKeyResult,
    editObjective: useCallback(
      (objective: Objective) => setEditor({ kind: 'objective', objective }),
      [],
    ),
    addKeyResult: useCallback(
      (objective: Objective) => setEditor({ kind: 'keyResult', objective }),
      [],
    ),
    close: useCallback(() => setEditor(undefined), []),
    onObjectiveSaved,
    onKeyResultSaved,
    onMovedToInitiatives,
  };
}
