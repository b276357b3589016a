import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { useSay } from '../../board/say';
import { ErrorState } from '../../components/States/ErrorState';
import type { BoardLanding } from './useBoardLanding';

/** What became of the link the board was opened with, when it is not simply on the board. */
export function DeepLinkNotice({ landing }: { readonly landing: BoardLanding }) {
  const say = useSay();
  const { notice } = landing;
  if (!notice) return null;
  switch (notice.kind) {
    case 'searching':
      return <Spinner size="tiny" label={say('Finding the linked objective or key result…')} />;
    case 'failed':
      return <ErrorState error={notice.error} />;
    case 'detour': {
      const { objective, keyResult } = notice.located;
      const { team, cycle } = notice.where;
      const what = keyResult
        ? say('The key result “{title}” of “{objective}”', {
            title: keyResult.title,
            objective: objective.title,
          })
        : say('The objective “{title}”', { title: objective.title });
      const where = say('{team}, {cycle}', { team: team ?? say('Another team'), cycle });
      return (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{say('Opened from a link')}</MessageBarTitle>
            {say('{what} is on the board of {where}, shown here.', { what, where })}
          </MessageBarBody>
          <MessageBarActions>
            <Button icon={<ArrowLeftRegular />} onClick={landing.dismiss}>
              {landing.backLabel}
            </Button>
          </MessageBarActions>
        </MessageBar>
      );
    }
    case 'notFound':
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{say('The link leads nowhere')}</MessageBarTitle>
            {say(
              notice.target.type === 'objective'
                ? 'No board holds the objective it points to: it was deleted, or it is on a site you cannot see.'
                : 'No board holds the key result it points to: it was deleted, or it is on a site you cannot see.',
            )}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={landing.dismiss}>{say('Dismiss')}</Button>
          </MessageBarActions>
        </MessageBar>
      );
  }
}
