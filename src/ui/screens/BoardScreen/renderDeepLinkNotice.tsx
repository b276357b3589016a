import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { ErrorState } from '../../components/States/ErrorState';
import type { BoardLanding } from './useBoardLanding';

/** What became of the link the board was opened with, when it is not simply on the board. */
export function renderDeepLinkNotice(landing: BoardLanding) {
  const { notice } = landing;
  if (!notice) return null;
  switch (notice.kind) {
    case 'searching':
      return <Spinner size="tiny" label="Finding the linked objective or key result…" />;
    case 'failed':
      return <ErrorState error={notice.error} />;
    case 'detour':
      return (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Opened from a link</MessageBarTitle>
            The {notice.what} is on the board of {notice.where}, shown here.
          </MessageBarBody>
          <MessageBarActions>
            <Button icon={<ArrowLeftRegular />} onClick={landing.dismiss}>
              {landing.backLabel}
            </Button>
          </MessageBarActions>
        </MessageBar>
      );
    case 'notFound':
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The link leads nowhere</MessageBarTitle>
            No board holds the {notice.target.type === 'objective' ? 'objective' : 'key result'} it
            points to: it was deleted, or it is on a site you cannot see.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={landing.dismiss}>Dismiss</Button>
          </MessageBarActions>
        </MessageBar>
      );
  }
}
