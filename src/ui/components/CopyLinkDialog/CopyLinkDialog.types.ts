export interface CopyLinkDialogProps {
  /** The link to copy by hand; the dialog is closed when undefined. */
  readonly link: string | undefined;
  /** What the link opens, e.g. "the key result “Raise NPS to 50”". */
  readonly what: string;
  readonly onDismiss: () => void;
}
