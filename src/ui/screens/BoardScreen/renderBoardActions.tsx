import type { Cycle } from '../../../core/model';
import { CopyLinkDialog } from '../../components/CopyLinkDialog/CopyLinkDialog';
import { DeleteDialog } from '../../components/DeleteDialog/DeleteDialog';
import { StatusOverrideDialog } from '../../components/StatusOverrideDialog/StatusOverrideDialog';
import { BottomToaster } from '../../components/Toasts/Toasts';
import type { BoardActions } from './useBoardActions';

/** The toaster and dialogs of the board's actions: copy link, status override, delete. */
export function renderBoardActions(actions: BoardActions, cycle: Cycle | undefined) {
  const { copyLink } = actions;
  return (
    <>
      <BottomToaster toasterId={actions.toasterId} />
      <CopyLinkDialog
        link={copyLink.refused?.link}
        named={copyLink.refused?.named ?? ''}
        onDismiss={copyLink.closeRefused}
      />
      {actions.statusOf && cycle ? (
        <StatusOverrideDialog
          target={actions.statusOf}
          cycle={cycle}
          onDismiss={actions.closeStatus}
          onSaved={actions.onStatusSaved}
        />
      ) : null}
      {actions.deleting ? (
        <DeleteDialog
          target={actions.deleting}
          onDismiss={actions.closeDelete}
          onDeleted={actions.onDeleted}
        />
      ) : null}
    </>
  );
}
