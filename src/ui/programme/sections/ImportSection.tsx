import { ImportPage } from '../../migrate/ImportPage/ImportPage';
import type { ProgrammeSectionProps } from '../ProgrammeSection.types';

/**
 * The Import page as a section of the Programme area: admins import, everyone may export; once
 * imported, the OKRs are a click away on the board.
 */
export default function ImportSection({ access, notify, openBoard }: ProgrammeSectionProps) {
  return (
    <ImportPage
      canImport={access.setUp}
      notify={notify}
      {...(openBoard ? { onOpenOkrs: openBoard } : {})}
    />
  );
}
