import { Button } from '@fluentui/react-components';
import { PeopleTeamRegular } from '@fluentui/react-icons';
import { useSay } from '../../ui/board/say';

/** Opens the Programme area from a board's header (read-only for people without a role). */
export function ProgrammeButton({ onOpen }: { readonly onOpen: () => void }) {
  const say = useSay();
  return (
    <Button icon={<PeopleTeamRegular />} onClick={onOpen}>
      {say('Programme')}
    </Button>
  );
}
