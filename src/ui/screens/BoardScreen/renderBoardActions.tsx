import { Toast, Toaster, ToastTitle } from '@fluentui/react-components';
import type { Cycle } from '../../../core/model';
import { CopyLinkDialog } from '../../components/CopyLinkDialog/CopyLinkDialog';
import { DeleteDialog } from '../../components/DeleteDialog/DeleteDialog';
import { StatusOverrideDialog } from '../../components/StatusOverrideDialog/StatusOverrideDialog';
import type { CopiedLink } from '../../hooks/useCopyLink';
import type { BoardActions } from './useBoardActions';

export function renderCopiedToast({ what }: CopiedLink) {
  return (
    <Toast>
      <ToastTitle>Link to {what} copied</ToastTitle>
    </Toast>
  );
}

/** "Saved" made visible, not only announced. */
export function renderSavedToast(message: string) {
  return (
    <Toast>
      <ToastTitle>{message}</ToastTitle>
    </Toast>
  );
}

/** The toaster and dialogs of the board's actions: copy link, status override, delete. */
export function renderBoardActions(actions: BoardActions, cycle: Cycle | undefined) {
  const { copyLink } = actions;
  return (
    <>
      <Toaster toasterId={actions.toasterId} position="bottom-end" />
      <CopyLinkDialog
        link={copyLink.refused?.link}
        what={copyLink.refused?.what ?? ''}
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
