import { Dropdown, Field, Option, makeStyles, tokens } from '@fluentui/react-components';
import type { SidePanelState } from './SidePanel.types';

// A sub-team's option indented under its parent's, a step a level, three steps at most: the
// listbox is as narrow as the dropdown, half a 320 px panel.
const useStyles = makeStyles({
  depth1: {
    paddingInlineStart: `calc(${tokens.spacingHorizontalS} + ${tokens.spacingHorizontalL})`,
  },
  depth2: {
    paddingInlineStart: `calc(${tokens.spacingHorizontalS} + 2 * ${tokens.spacingHorizontalL})`,
  },
  depth3: {
    paddingInlineStart: `calc(${tokens.spacingHorizontalS} + 3 * ${tokens.spacingHorizontalL})`,
  },
});
const depthClass = ['depth1', 'depth2', 'depth3'] as const;

/**
 * The round narrowed to a team and an owner (where the board has more than one of either): each a
 * small dropdown with its label above it, side by side where both fit in the panel's column; the
 * teams as a tree, each sub-team indented under its parent. A sub-team's option is named by its
 * name alone, as type-ahead finds it, its parent said as its description: ARIA gives an option no
 * level (`aria-level` is for tree items, headings, rows and list items:
 * https://www.w3.org/TR/wai-aria-1.2/#aria-level), and Fluent's dropdown is a listbox. A
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
  const styles = useStyles();
  const { say, filter, filterChoices, changeFilter } = state;
  const { teams, owners } = filterChoices;
  const teamName = teams.find(({ team }) => team.id === filter.teamId)?.team.name;
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
            {teams.map(({ team, depth, parent }) =>
              parent ? (
                <Option
                  key={team.id}
                  value={team.id}
                  text={team.name}
                  className={styles[depthClass[Math.min(depth, 3) - 1]!]}
                  aria-describedby={`sub-team-of-${team.id}`}
                >
                  {team.name}
                  <span id={`sub-team-of-${team.id}`} hidden>
                    {say('Sub-team of {team}', { team: parent.name })}
                  </span>
                </Option>
              ) : (
                <Option key={team.id} value={team.id}>
                  {team.name}
                </Option>
              ),
            )}
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
