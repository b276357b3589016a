import { useEffect, useRef } from 'react';
import { Button } from '@fluentui/react-components';
import { PeopleTeamRegular } from '@fluentui/react-icons';
import { useSay } from '../../ui/board/say';

/**
 * Opens the Programme area from a board's header (read-only for people without a role); `focused`
 * as the board shows again on the way back from it.
 */
export function ProgrammeButton({
  onOpen,
  focused,
}: {
  readonly onOpen: () => void;
  readonly focused: boolean;
}) {
  const say = useSay();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focused) button.current?.focus();
  }, [focused]);
  return (
    <Button ref={button} icon={<PeopleTeamRegular />} onClick={onOpen}>
      {say('Programme')}
    </Button>
  );
}
