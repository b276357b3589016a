import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useSay } from '../../board/say';
import type { CopyLinkDialogProps } from './CopyLinkDialog.types';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

/**
 * When the host or browser refuses the clipboard: the link, selected in a read-only field, to
 * copy with the keyboard or the context menu.
 */
export function CopyLinkDialog({ link, named, onDismiss }: CopyLinkDialogProps) {
  const styles = useStyles();
  const say = useSay();
  return (
    <Dialog
      open={link !== undefined}
      onOpenChange={(_, data) => {
        if (!data.open) onDismiss();
      }}
    >
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{say('Copy the link')}</DialogTitle>
          <DialogContent className={styles.content}>
            <Field
              label={named}
              hint={say(
                'This app may not use the clipboard here: the link is selected, copy it with Ctrl+C (⌘C on a Mac).',
              )}
            >
              <Input
                readOnly
                value={link ?? ''}
                onFocus={(event) => event.currentTarget.select()}
              />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onDismiss}>
              {say('Done')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
