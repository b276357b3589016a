import { useCallback, useRef, useState } from 'react';
import {
  Badge,
  Button,
  Dropdown,
  Field,
  Input,
  Option,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import { AddRegular, ArchiveRegular, EditRegular } from '@fluentui/react-icons';
import type { ValidationIssue } from '../../../core/issues';
import { TITLE_MAX_LENGTH, type Cycle, type Person, type Team } from '../../../core/model';
import { groupIdIn, teamTree, validateTeamParent } from '../../../core/teams';
import { useAppServices, useLocale } from '../../app/AppServices';
import { useDialogWords } from '../../board/dialog-words';
import { EmptyState } from '../../components/States/EmptyState';
import { ErrorState } from '../../components/States/ErrorState';
import { PeoplePicker } from '../../components/PeoplePicker/PeoplePicker';
import { useSaveWithConflict, withEdits } from '../../hooks/useSaveWithConflict';
import { ArchiveTeamDialog, cycleList } from '../parts/ArchiveTeamDialog';
import { ProgrammeDialog } from '../parts/ProgrammeDialog';
import {
  ProgrammeActionsCell,
  ProgrammeTable,
  ProgrammeTableCell,
  ProgrammeTableRow,
} from '../parts/ProgrammeTable';
import { compareFields, SaveConflict } from '../parts/SaveConflict';
import { SectionHeading } from '../parts/SectionHeading';
import type { ProgrammeSectionProps } from '../ProgrammeSection.types';
import { shortName } from '../shortName';
import { useSectionStyles } from '../useSectionStyles';
import { useProgrammeSay, type ProgrammeSay } from '../programme-words';

const noParent = '';

interface TeamForm {
  readonly name: string;
  readonly parentTeamId: string;
  readonly groupId: string;
  readonly owners: readonly Person[];
}

function formErrors(
  form: TeamForm,
  team: Team | undefined,
  teams: readonly Team[],
  say: ProgrammeSay,
  sayIssue: (issue: ValidationIssue) => string,
) {
  const errors: Partial<Record<keyof TeamForm, string>> = {};
  const name = form.name.trim();
  // The pickers (the tab's set-up, the board's filter) show teams by name alone: two alike could
  // not be told apart. A name kept as it was is not judged again.
  const renamed = name.toLowerCase() !== team?.name.trim().toLowerCase();
  const namesake = renamed
    ? teams.find(
        (other) => other.id !== team?.id && other.name.trim().toLowerCase() === name.toLowerCase(),
      )
    : undefined;
  if (!name) errors.name = say('Give the team a name.');
  else if (form.name.length > TITLE_MAX_LENGTH) {
    errors.name = say('Keep the name to {max} characters or fewer (it has {length}).', {
      max: TITLE_MAX_LENGTH,
      length: form.name.length,
    });
  } else if (namesake) {
    errors.name = namesake.archived
      ? say('“{name}” is an archived team: restore it, or give this team another name.', {
          name: namesake.name,
        })
      : say('There is already a team called “{name}”: give this one another name.', {
          name: namesake.name,
        });
  }
  if (form.groupId.trim() && !groupIdIn(form.groupId)) {
    errors.groupId = say(
      'A Microsoft 365 group id looks like 5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d (Teams admin center → the team → Group id), or paste the team’s link (in Teams: … beside the team → Get link to team).',
    );
  }
  const loop = validateTeamParent(
    { id: team?.id ?? '', name: form.name || say('This team') },
    form.parentTeamId || undefined,
    teams,
  );
  if (loop) errors.parentTeamId = sayIssue(loop);
  return errors;
}

/** What a 412 on a team shows: each field, mine and theirs. */
function teamConflictRows(teams: readonly Team[], say: ProgrammeSay) {
  const nameOf = (id: string | undefined) => teams.find((t) => t.id === id)?.name ?? say('None');
  return compareFields<Team>([
    [say('Name'), (team) => team.name],
    [say('Parent team'), (team) => nameOf(team.parentTeamId)],
    [
      say('Owners'),
      (team) => team.owners?.map((owner) => owner.displayName).join(', ') || say('None'),
    ],
    [say('Microsoft 365 group'), (team) => team.groupId ?? say('None')],
    [say('State'), (team) => (team.archived ? say('Archived') : say('Active'))],
  ]);
}

function TeamDialog({
  team,
  teams,
  onDismiss,
  onSaved,
}: {
  readonly team: Team | undefined;
  readonly teams: readonly Team[];
  readonly onDismiss: () => void;
  readonly onSaved: (team: Team) => void;
}) {
  const { repository } = useAppServices();
  const say = useProgrammeSay();
  const { issue: sayIssue } = useDialogWords();
  const [opened] = useState<TeamForm>(() => ({
    name: team?.name ?? '',
    parentTeamId: team?.parentTeamId ?? noParent,
    groupId: team?.groupId ?? '',
    owners: team?.owners ?? [],
  }));
  const [form, setForm] = useState(opened);
  const [submitted, setSubmitted] = useState(false);
  // One per dialog: saving again after a lost answer finds the team instead of a second one.
  const [clientId] = useState(() => crypto.randomUUID());
  const errors = formErrors(form, team, teams, say, sayIssue);
  const shown = submitted ? errors : {};
  const parents = teams.filter((candidate) => candidate.id !== team?.id && !candidate.archived);
  // What the form edits; an edited team keeps the rest (archived, an imported team's source id).
  const edits: Omit<Team, 'id'> = {
    name: form.name.trim(),
    parentTeamId: form.parentTeamId || undefined,
    groupId: groupIdIn(form.groupId),
    owners: form.owners.length ? form.owners : undefined,
  };
  const write = (mine: Team) =>
    team ? repository.updateTeam(mine) : repository.createTeam({ ...edits, clientId });
  // A change of theirs to other fields is merged; only a clash on the same field asks.
  const saving = useSaveWithConflict(write, onSaved, undefined, team);
  const save = () => {
    setSubmitted(true);
    if (Object.keys(errors).length > 0) return;
    saving.save(team ? withEdits(team, edits) : { ...edits, id: '' });
  };
  return (
    <ProgrammeDialog
      title={team ? say('Edit {title}', { title: team.name }) : say('New team')}
      submitLabel={team ? say('Save') : say('Create team')}
      what={say('the team')}
      changedWhat={say('this team')}
      saving={saving}
      conflictRows={teamConflictRows(teams, say)}
      changed={JSON.stringify(form) !== JSON.stringify(opened)}
      onSubmit={save}
      onDismiss={onDismiss}
    >
      <Field label={say('Name')} required validationMessage={shown.name}>
        <Input value={form.name} onChange={(_, data) => setForm({ ...form, name: data.value })} />
      </Field>
      <Field label={say('Parent team')} validationMessage={shown.parentTeamId}>
        <Dropdown
          aria-label={say('Parent team')}
          value={teams.find((t) => t.id === form.parentTeamId)?.name ?? say('None (top level)')}
          selectedOptions={[form.parentTeamId]}
          onOptionSelect={(_, data) =>
            setForm({ ...form, parentTeamId: data.optionValue ?? noParent })
          }
        >
          <Option value={noParent}>{say('None (top level)')}</Option>
          {parents.map((candidate) => (
            <Option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field
        label={say('Microsoft 365 group id (optional)')}
        hint={say(
          "Links the team to its Teams team: a tab added to that team's channels offers this team first. Paste the id, or the team's link from Teams (Get link to team).",
        )}
        validationMessage={shown.groupId}
      >
        <Input
          value={form.groupId}
          onChange={(_, data) => setForm({ ...form, groupId: data.value })}
          // A pasted link shows as the id it holds, which is what is saved.
          onBlur={() => setForm({ ...form, groupId: groupIdIn(form.groupId) ?? form.groupId })}
        />
      </Field>
      <Field label={say('Team owners')}>
        <PeoplePicker
          aria-label={say('Team owners')}
          say={say}
          selected={form.owners}
          onChange={(owners) => setForm({ ...form, owners })}
        />
      </Field>
    </ProgrammeDialog>
  );
}

export default function TeamsSection({ access, programme, notify }: ProgrammeSectionProps) {
  const styles = useSectionStyles();
  const { repository } = useAppServices();
  const locale = useLocale();
  const say = useProgrammeSay();
  const { teams, cycles } = programme.data;
  const [editing, setEditing] = useState<{ team?: Team } | undefined>(undefined);
  const [askingToArchive, setAskingToArchive] = useState<Team | undefined>(undefined);
  // The cycles holding the team's objectives, as the confirmation read them, for the toast.
  const archivedHolding = useRef<readonly Cycle[] | undefined>(undefined);
  // The dialog opens from state, not a DialogTrigger: its openers are where focus goes back.
  const opensDialog = useRestoreFocusTarget();
  const byId = new Map(teams.map((team) => [team.id, team]));
  const { applyTeam } = programme;
  const archiving = useSaveWithConflict(
    useCallback((team: Team) => repository.updateTeam(team), [repository]),
    useCallback(
      function saved(team: Team) {
        applyTeam(team);
        setAskingToArchive(undefined);
        const name = shortName(team);
        if (!team.archived) {
          notify(
            say('{team} is active again: it is offered for channel tabs and as a parent team.', {
              team: name,
            }),
          );
          return;
        }
        const holding = archivedHolding.current;
        const kept =
          holding === undefined
            ? say('{team} is archived. Its objectives are kept as they were.', { team: name })
            : holding.length > 0
              ? say('{team} is archived. Its objectives in {cycles} are kept as they were.', {
                  team: name,
                  cycles: cycleList(holding, locale),
                })
              : say('{team} is archived. It had no objectives; nothing else changed.', {
                  team: name,
                });
        notify(kept, {
          label: say('Undo'),
          onClick: () => restore({ ...team, archived: false }),
        });
      },
      // `restore` is the save itself, stable while its callbacks are.
      // eslint-disable-next-line react-hooks/exhaustive-deps
      [applyTeam, notify, say, locale],
    ),
  );
  const restore = archiving.save;
  return (
    <div className={styles.section}>
      <SectionHeading
        title={say('Teams')}
        action={
          access.setUp ? (
            <Button
              appearance="primary"
              icon={<AddRegular />}
              {...opensDialog}
              onClick={() => setEditing({})}
            >
              {say('New team')}
            </Button>
          ) : null
        }
      />
      {archiving.error && !askingToArchive ? (
        <ErrorState error={archiving.error} onRetry={programme.reload} />
      ) : null}
      {teams.length === 0 ? (
        <EmptyState
          title={say('No teams yet')}
          message={say(
            'Start with the company itself, then the teams under it. Each team gets its own board.',
          )}
        />
      ) : (
        <ProgrammeTable
          label={say('Teams')}
          widths={{ [say('Team')]: '26%' }}
          columns={[
            say('Team'),
            say('Parent'),
            say('Owners'),
            say('Linked Teams team'),
            say('State'),
          ]}
          actions={access.setUp && say('Actions')}
        >
          {teamTree(teams, locale).map(({ team, depth }) => (
            <ProgrammeTableRow key={team.id}>
              <ProgrammeTableCell>
                {/* A block, so every line of a wrapped name keeps its place in the tree. */}
                <div className={styles.wrap} style={{ paddingInlineStart: `${depth * 20}px` }}>
                  {team.name}
                </div>
              </ProgrammeTableCell>
              <ProgrammeTableCell className={styles.wrap}>
                {byId.get(team.parentTeamId ?? '')?.name ?? '—'}
              </ProgrammeTableCell>
              <ProgrammeTableCell>
                {team.owners?.map((owner) => owner.displayName).join(', ') || '—'}
              </ProgrammeTableCell>
              <ProgrammeTableCell>{team.groupId ? say('Linked') : '—'}</ProgrammeTableCell>
              <ProgrammeTableCell>
                {team.archived ? (
                  <Badge appearance="outline" color="informative">
                    {say('Archived')}
                  </Badge>
                ) : (
                  <Badge appearance="tint" color="success">
                    {say('Active')}
                  </Badge>
                )}
              </ProgrammeTableCell>
              {access.setUp ? (
                <ProgrammeActionsCell>
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<EditRegular />}
                    {...opensDialog}
                    onClick={() => setEditing({ team })}
                    aria-label={say('Edit {title}', { title: team.name })}
                  >
                    {say('Edit')}
                  </Button>
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<ArchiveRegular />}
                    disabledFocusable={archiving.saving}
                    {...(team.archived ? {} : opensDialog)}
                    onClick={() =>
                      team.archived
                        ? archiving.save({ ...team, archived: false })
                        : setAskingToArchive(team)
                    }
                    aria-label={say(team.archived ? 'Restore {team}' : 'Archive {team}', {
                      team: team.name,
                    })}
                  >
                    {team.archived ? say('Restore') : say('Archive')}
                  </Button>
                </ProgrammeActionsCell>
              ) : null}
            </ProgrammeTableRow>
          ))}
        </ProgrammeTable>
      )}
      <SaveConflict
        saving={archiving}
        what={say('this team')}
        rows={teamConflictRows(teams, say)}
      />
      {askingToArchive && !archiving.conflict ? (
        <ArchiveTeamDialog
          team={askingToArchive}
          teams={teams}
          cycles={cycles}
          busy={archiving.saving}
          error={archiving.error}
          onConfirm={(holding) => {
            archivedHolding.current = holding;
            archiving.save({ ...askingToArchive, archived: true });
          }}
          onDismiss={() => setAskingToArchive(undefined)}
        />
      ) : null}
      {editing ? (
        <TeamDialog
          team={editing.team}
          teams={teams}
          onDismiss={() => setEditing(undefined)}
          onSaved={(saved) => {
            programme.applyTeam(saved);
            setEditing(undefined);
            notify(
              say(editing.team ? '{team} is saved.' : '{team} is created.', {
                team: shortName(saved),
              }),
            );
          }}
        />
      ) : null}
    </div>
  );
}
