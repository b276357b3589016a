export interface CopyLinkDialogProps {
  /** The link to copy by hand; the dialog is closed when undefined. */
  readonly link: string | undefined;
  /** The link by what it opens, e.g. "Link to the key result “Raise NPS to 50”". */
  readonly named: string;
  readonly onDismiss: () => void;
}
