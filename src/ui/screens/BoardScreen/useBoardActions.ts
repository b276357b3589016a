import { useCallback, useId, useState } from 'react';
import { useToasts } from '../../components/Toasts/toasts';
import { toastMessage } from '../../components/Toasts/toastMessage';
import type { KeyResult, Objective } from '../../../core/model';
import type { Board } from '../../../store/repository';
import { useSay } from '../../board/say';
import type { BoardDataApi } from '../../board/useBoardData';
import type { DeleteTarget, Deleted } from '../../components/DeleteDialog/DeleteDialog.types';
import type { StatusTarget } from '../../components/StatusOverrideDialog/StatusOverrideDialog.types';
import { useCopyLink, type CopiedLink, type CopyLinkApi } from '../../hooks/useCopyLink';

export interface BoardActions {
  readonly toasterId: string;
  readonly copyLink: CopyLinkApi;
  readonly copyKeyResultLink: (keyResult: KeyResult) => void;
  readonly copyObjectiveLink: (objective: Objective) => void;
  readonly statusOf: StatusTarget | undefined;
  readonly setKeyResultStatus: (keyResult: KeyResult) => void;
  readonly setObjectiveStatus: (objective: Objective) => void;
  readonly closeStatus: () => void;
  readonly onStatusSaved: (item: Objective | KeyResult) => void;
  readonly deleting: DeleteTarget | undefined;
  readonly requestDelete: (target: DeleteTarget) => void;
  readonly closeDelete: () => void;
  readonly onDeleted: (deleted: Deleted) => void;
}

interface BoardActionsInput {
  readonly board: Board | undefined;
  readonly data: Pick<BoardDataApi, 'applyObjective' | 'applyKeyResult' | 'applyDeleted'>;
  readonly renderToast: (copied: CopiedLink) => JSX.Element;
}

/** Copy link, status override and delete on a board: what is open, and what happens after. */
export function useBoardActions({
  board,
  data: { applyObjective, applyKeyResult, applyDeleted },
  renderToast,
}: BoardActionsInput): BoardActions {
  const say = useSay();
  const toasterId = useId();
  const { dispatchToast } = useToasts(toasterId);
  const onCopied = useCallback(
    (copied: CopiedLink) => dispatchToast(renderToast(copied), { intent: 'success' }),
    [dispatchToast, renderToast],
  );
  // The toast also says it to screen readers (`BottomToaster`).
  const tell = useCallback(
    (message: string) => dispatchToast(toastMessage(message), { intent: 'success' }),
    [dispatchToast],
  );
  const copyLink = useCopyLink(onCopied);
  const { copy } = copyLink;
  const copyKeyResultLink = useCallback(
    (keyResult: KeyResult) =>
      copy(
        { type: 'keyResult', id: keyResult.id },
        say('Link to the key result “{title}”', { title: keyResult.title }),
      ),
    [copy, say],
  );
  const copyObjectiveLink = useCallback(
    (objective: Objective) =>
      copy(
        { type: 'objective', id: objective.id },
        say('Link to the objective “{title}”', { title: objective.title }),
      ),
    [copy, say],
  );

  const [statusOf, setStatusOf] = useState<StatusTarget | undefined>();
  const setKeyResultStatus = useCallback(
    (keyResult: KeyResult) => setStatusOf({ kind: 'keyResult', keyResult }),
    [],
  );
  const setObjectiveStatus = useCallback(
    (objective: Objective) =>
      setStatusOf({
        kind: 'objective',
        objective,
        keyResults: board?.keyResults.filter((kr) => kr.objectiveId === objective.id) ?? [],
      }),
    [board],
  );
  const closeStatus = useCallback(() => setStatusOf(undefined), []);
  const onStatusSaved = useCallback(
    (item: Objective | KeyResult) => {
      if ('objectiveId' in item) applyKeyResult(item);
      else applyObjective(item);
      setStatusOf(undefined);
      const override = item.statusOverride;
      tell(
        override
          ? say('Status of {title} set by hand: {reason}.', {
              title: item.title,
              reason: override.reason,
            })
          : say('Status of {title} follows the pace again.', { title: item.title }),
      );
    },
    [applyKeyResult, applyObjective, tell, say],
  );

  const [deleting, setDeleting] = useState<DeleteTarget | undefined>();
  const closeDelete = useCallback(() => setDeleting(undefined), []);
  const onDeleted = useCallback(
    (deleted: Deleted) => {
      applyDeleted(deleted);
      const count = deleted.keyResultIds.length;
      tell(
        deleted.objectiveIds.length > 0
          ? count > 0
            ? say('Objective deleted, with {count} {count|key result|key results}.', { count })
            : say('Objective deleted.')
          : count === 1
            ? say('Key result deleted.')
            : say('{count} {count|key result|key results} deleted.', { count }),
      );
    },
    [applyDeleted, tell, say],
  );

  return {
    toasterId,
    copyLink,
    copyKeyResultLink,
    copyObjectiveLink,
    statusOf,
    setKeyResultStatus,
    setObjectiveStatus,
    closeStatus,
    onStatusSaved,
    deleting,
    requestDelete: setDeleting,
    closeDelete,
    onDeleted,
  };
}
