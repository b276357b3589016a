import { Dropdown, Field, Option } from '@fluentui/react-components';
import type { SidePanelState } from './SidePanel.types';

/**
 * The round narrowed to a team and an owner (where the board has more than one of either): each a
 * small dropdown with its label above it, side by side where both fit in the panel's column. A
 * chunk of its own, loaded once the panel is painted (`useSidePanel`): Fluent's dropdown (its
 * listbox and positioning) would have taken the panel's first screen past its budget.
 */
export function RoundFilters({
  state,
  className,
  fieldClassName,
  dropdownClassName,
}: {
  readonly state: Pick<SidePanelState, 'say' | 'filter' | 'filterChoices' | 'changeFilter'>;
  readonly className: string;
  readonly fieldClassName: string;
  readonly dropdownClassName: string;
}) {
  const { say, filter, filterChoices, changeFilter } = state;
  const { teams, owners } = filterChoices;
  const teamName = teams.find((team) => team.id === filter.teamId)?.name;
  const ownerName = owners.find((owner) => owner.id === filter.ownerId)?.displayName;
  return (
    <div className={className}>
      {teams.length > 1 ? (
        <Field label={say('Team')} size="small" className={fieldClassName}>
          <Dropdown
            className={dropdownClassName}
            size="small"
            value={teamName ?? say('All teams')}
            selectedOptions={[filter.teamId ?? '']}
            onOptionSelect={(_, data) => changeFilter({ teamId: data.optionValue || undefined })}
          >
            <Option value="">{say('All teams')}</Option>
            {teams.map((team) => (
              <Option key={team.id} value={team.id}>
                {team.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      ) : null}
      {owners.length > 1 ? (
        <Field label={say('Owner')} size="small" className={fieldClassName}>
          <Dropdown
            className={dropdownClassName}
            size="small"
            value={ownerName ?? say('All owners')}
            selectedOptions={[filter.ownerId ?? '']}
            onOptionSelect={(_, data) => changeFilter({ ownerId: data.optionValue || undefined })}
          >
            <Option value="">{say('All owners')}</Option>
            {owners.map((owner) => (
              <Option key={owner.id} value={owner.id}>
                {owner.displayName}
              </Option>
            ))}
          </Dropdown>
        </Field>
      ) : null}
    </div>
  );
}
