import { useState } from 'react';
import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  Input,
  Option,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { AddRegular, ArchiveRegular, EditRegular } from '@fluentui/react-icons';
import type { Person, Team } from '../../../core/model';
import { teamTree, validateTeamParent } from '../../../core/teams';
import { InvalidError } from '../../../store/errors';
import { useAppServices } from '../../app/AppServices';
import { EmptyState } from '../../components/States/EmptyState';
import { ErrorState } from '../../components/States/ErrorState';
import { PeoplePicker } from '../../components/PeoplePicker/PeoplePicker';
import type { ProgrammeSectionProps } from '../ProgrammeSection.types';
import { useSectionStyles } from '../useSectionStyles';

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const noParent = '';

interface TeamForm {
  readonly name: string;
  readonly parentTeamId: string;
  readonly groupId: string;
  readonly owners: readonly Person[];
}

function formErrors(form: TeamForm, team: Team | undefined, teams: readonly Team[]) {
  const errors: Partial<Record<keyof TeamForm, string>> = {};
  if (!form.name.trim()) errors.name = 'Give the team a name.';
  else if (form.name.length > 255) errors.name = 'Keep the name to 255 characters or fewer.';
  if (form.groupId.trim() && !guid.test(form.groupId.trim())) {
    errors.groupId =
      'A Microsoft 365 group id looks like 5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d (Teams admin center → the team → Group id).';
  }
  const loop = validateTeamParent(
    { id: team?.id ?? '', name: form.name || 'This team' },
    form.parentTeamId || undefined,
    teams,
  );
  if (loop) errors.parentTeamId = loop.message;
  return errors;
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
  const styles = useSectionStyles();
  const { repository } = useAppServices();
  const [form, setForm] = useState<TeamForm>({
    name: team?.name ?? '',
    parentTeamId: team?.parentTeamId ?? noParent,
    groupId: team?.groupId ?? '',
    owners: team?.owners ?? [],
  });
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const errors = formErrors(form, team, teams);
  const shown = submitted ? errors : {};
  const parents = teams.filter((candidate) => candidate.id !== team?.id && !candidate.archived);
  const save = async () => {
    setSubmitted(true);
    if (Object.keys(errors).length > 0) return;
    setSaving(true);
    setError(undefined);
    const fields = {
      name: form.name.trim(),
      ...(form.parentTeamId ? { parentTeamId: form.parentTeamId } : {}),
      ...(form.groupId.trim() ? { groupId: form.groupId.trim().toLowerCase() } : {}),
      ...(form.owners.length ? { owners: form.owners } : {}),
      ...(team?.archived ? { archived: true } : {}),
    };
    try {
      onSaved(
        team
          ? await repository.updateTeam({ id: team.id, version: team.version, ...fields })
          : await repository.createTeam(fields),
      );
    } catch (caught) {
      setError(caught);
      setSaving(false);
    }
  };
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onDismiss()}>
      <DialogSurface aria-describedby={undefined}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
          noValidate
        >
          <DialogBody>
            <DialogTitle>{team ? `Edit ${team.name}` : 'New team'}</DialogTitle>
            <DialogContent className={styles.form}>
              <Field label="Name" required validationMessage={shown.name}>
                <Input
                  value={form.name}
                  maxLength={300}
                  onChange={(_, data) => setForm({ ...form, name: data.value })}
                />
              </Field>
              <Field label="Parent team" validationMessage={shown.parentTeamId}>
                <Dropdown
                  aria-label="Parent team"
                  value={teams.find((t) => t.id === form.parentTeamId)?.name ?? 'None (top level)'}
                  selectedOptions={[form.parentTeamId]}
                  onOptionSelect={(_, data) =>
                    setForm({ ...form, parentTeamId: data.optionValue ?? noParent })
                  }
                >
                  <Option value={noParent}>None (top level)</Option>
                  {parents.map((candidate) => (
                    <Option key={candidate.id} value={candidate.id}>
                      {candidate.name}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
              <Field
                label="Microsoft 365 group id (optional)"
                hint="Links the team to its Teams team: a tab added to that team's channels offers this team first."
                validationMessage={shown.groupId}
              >
                <Input
                  value={form.groupId}
                  onChange={(_, data) => setForm({ ...form, groupId: data.value })}
                />
              </Field>
              <Field label="Team owners">
                <PeoplePicker
                  aria-label="Team owners"
                  selected={form.owners}
                  onChange={(owners) => setForm({ ...form, owners })}
                />
              </Field>
              {error ? (
                error instanceof InvalidError ? (
                  <Field validationMessage={error.message} validationState="error">
                    <span />
                  </Field>
                ) : (
                  <ErrorState error={error} />
                )
              ) : null}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={saving}>
                {team ? 'Save' : 'Create team'}
              </Button>
              <Button onClick={onDismiss}>Cancel</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

export default function TeamsSection({ access, programme, notify }: ProgrammeSectionProps) {
  const styles = useSectionStyles();
  const { repository } = useAppServices();
  const { teams } = programme.data;
  const [editing, setEditing] = useState<{ team?: Team } | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const byId = new Map(teams.map((team) => [team.id, team]));
  const toggleArchived = async (team: Team) => {
    setError(undefined);
    try {
      const saved = await repository.updateTeam({ ...team, archived: !team.archived });
      programme.applyTeam(saved);
      notify(saved.archived ? `${saved.name} is archived.` : `${saved.name} is active again.`);
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <div className={styles.section}>
      <div className={styles.toolbar}>
        <Subtitle2 as="h2">Teams</Subtitle2>
        <span className={styles.spacer} />
        {access.setUp ? (
          <Button appearance="primary" icon={<AddRegular />} onClick={() => setEditing({})}>
            New team
          </Button>
        ) : null}
      </div>
      {error ? <ErrorState error={error} onRetry={programme.reload} /> : null}
      {teams.length === 0 ? (
        <EmptyState
          title="No teams yet"
          message="Start with the company itself, then the teams under it. Each team gets its own board."
        />
      ) : (
        <div className={styles.tableWrap}>
          <Table className={styles.table} aria-label="Teams" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Team</TableHeaderCell>
                <TableHeaderCell>Parent</TableHeaderCell>
                <TableHeaderCell>Owners</TableHeaderCell>
                <TableHeaderCell>Linked Teams team</TableHeaderCell>
                <TableHeaderCell>State</TableHeaderCell>
                {access.setUp ? <TableHeaderCell>Actions</TableHeaderCell> : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {teamTree(teams).map(({ team, depth }) => (
                <TableRow key={team.id}>
                  <TableCell>
                    <span style={{ paddingInlineStart: `${depth * 20}px` }}>{team.name}</span>
                  </TableCell>
                  <TableCell>{byId.get(team.parentTeamId ?? '')?.name ?? '—'}</TableCell>
                  <TableCell>
                    {team.owners?.map((owner) => owner.displayName).join(', ') || '—'}
                  </TableCell>
                  <TableCell>{team.groupId ? 'Linked' : '—'}</TableCell>
                  <TableCell>
                    {team.archived ? (
                      <Badge appearance="outline" color="subtle">
                        Archived
                      </Badge>
                    ) : (
                      <Badge appearance="tint" color="success">
                        Active
                      </Badge>
                    )}
                  </TableCell>
                  {access.setUp ? (
                    <TableCell>
                      <Button
                        size="small"
                        appearance="subtle"
                        icon={<EditRegular />}
                        onClick={() => setEditing({ team })}
                        aria-label={`Edit ${team.name}`}
                      >
                        Edit
                      </Button>
                      <Button
                        size="small"
                        appearance="subtle"
                        icon={<ArchiveRegular />}
                        onClick={() => void toggleArchived(team)}
                        aria-label={`${team.archived ? 'Restore' : 'Archive'} ${team.name}`}
                      >
                        {team.archived ? 'Restore' : 'Archive'}
                      </Button>
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {editing ? (
        <TeamDialog
          team={editing.team}
          teams={teams}
          onDismiss={() => setEditing(undefined)}
          onSaved={(saved) => {
            programme.applyTeam(saved);
            setEditing(undefined);
            notify(editing.team ? `${saved.name} is saved.` : `${saved.name} is created.`);
          }}
        />
      ) : null}
    </div>
  );
}
