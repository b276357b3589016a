import { Button } from '@fluentui/react-components';
import { PeopleTeamRegular } from '@fluentui/react-icons';

/** Opens the Programme area from a board's header (read-only for people without a role). */
export function ProgrammeButton({ onOpen }: { readonly onOpen: () => void }) {
  return (
    <Button icon={<PeopleTeamRegular />} onClick={onOpen}>
      Programme
    </Button>
  );
}
