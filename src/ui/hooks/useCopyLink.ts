import { useCallback, useState } from 'react';
import type { DeepLinkTarget } from '../../host/types';
import { useAppServices } from '../app/AppServices';

export interface CopiedLink {
  readonly link: string;
  /** The link by what it opens: "Link to the key result “Raise NPS to 50”". */
  readonly named: string;
}

export interface CopyLinkApi {
  /** Copies the host's deep link to the target; `named` names it in the confirmation. */
  readonly copy: (target: DeepLinkTarget, named: string) => void;
  /** A link the clipboard refused, to show for copying by hand. */
  readonly refused: CopiedLink | undefined;
  readonly closeRefused: () => void;
}

/**
 * "Copy link": writes `host.deepLink(target)` to the clipboard. The Clipboard API can be
 * missing or refused (permissions policy of the host's frame, an unfocused document), so a
 * refusal hands the link back to be shown for copying by hand.
 */
export function useCopyLink(onCopied: (copied: CopiedLink) => void): CopyLinkApi {
  const { host } = useAppServices();
  const [refused, setRefused] = useState<CopiedLink | undefined>();
  const copy = useCallback(
    (target: DeepLinkTarget, named: string) => {
      const result = { link: host.deepLink(target), named };
      const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
      if (!clipboard?.writeText) {
        setRefused(result);
        return;
      }
      clipboard.writeText(result.link).then(
        () => onCopied(result),
        () => setRefused(result),
      );
    },
    [host, onCopied],
  );
  const closeRefused = useCallback(() => setRefused(undefined), []);
  return { copy, refused, closeRefused };
}
