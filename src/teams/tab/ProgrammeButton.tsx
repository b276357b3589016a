import { useEffect, useRef } from 'react';
import { Button } from '@fluentui/react-components';
import { PeopleTeamRegular } from '@fluentui/react-icons';
import { useSay } from '../../ui/board/say';
import { useNarrowLabels } from '../../ui/components/BoardToolbar/useNarrowLabels';

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
  const { labelled } = useNarrowLabels();
  const name = say('Programme');
  useEffect(() => {
    if (focused) button.current?.focus();
  }, [focused]);
  return labelled(name, (text) => (
    <Button
      ref={button}
      icon={<PeopleTeamRegular />}
      {...(text ? {} : { 'aria-label': name })}
      onClick={onOpen}
    >
      {text}
    </Button>
  ));
}
