import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';

/** Sharing while a round is on the stage: replace it for everyone, or keep it. */
export function ReplaceRoundDialog({
  open,
  onReplace,
  onKeep,
}: {
  readonly open: boolean;
  readonly onReplace: () => void;
  readonly onKeep: () => void;
}) {
  return (
    <Dialog open={open} onOpenChange={(_event, data) => (data.open ? undefined : onKeep())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Replace the round on the stage?</DialogTitle>
          <DialogContent>
            A check-in round is on the meeting stage. Sharing these key results ends it for
            everyone; what was saved stays saved.
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onReplace}>
              Replace the round
            </Button>
            <Button onClick={onKeep}>Keep the current round</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
