import { ImportPage } from '../../migrate/ImportPage/ImportPage';
import type { ProgrammeSectionProps } from '../ProgrammeSection.types';

/** The Import page as a section of the Programme area: admins import, everyone may export. */
export default function ImportSection({ access, notify }: ProgrammeSectionProps) {
  return <ImportPage canImport={access.setUp} notify={notify} />;
}
