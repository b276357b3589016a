import { useCallback, useState } from 'react';
import { Button, Field, Subtitle2, Text } from '@fluentui/react-components';
import type { Person } from '../../../core/model';
import { useAppServices } from '../../app/AppServices';
import { useAsyncResource } from '../../hooks/useAsyncResource';
import { PeoplePicker } from '../../components/PeoplePicker/PeoplePicker';
import { ErrorState } from '../../components/States/ErrorState';
import { LoadingState } from '../../components/States/LoadingState';
import type { ProgrammeSectionProps } from '../ProgrammeSection.types';
import { useSectionStyles } from '../useSectionStyles';

type Roles = { readonly admins: readonly Person[]; readonly coaches: readonly Person[] };

/** Ids the directory no longer knows still show, so nobody is dropped from a role unseen. */
function named(ids: readonly string[], people: ReadonlyMap<string, Person>): Person[] {
  return ids.map((id) => people.get(id) ?? { id, displayName: `Unknown person (${id})` });
}

export default function PeopleSection({ access, notify }: ProgrammeSectionProps) {
  const styles = useSectionStyles();
  const { repository, operatingModel, setOperatingModel } = useAppServices();
  const [error, setError] = useState<unknown>(undefined);
  const [saving, setSaving] = useState(false);
  const adminIds = operatingModel.roles?.admins ?? [];
  const coachIds = operatingModel.roles?.coaches ?? [];

  // The ids, not the arrays' identity, decide whether to look names up again.
  const adminKey = adminIds.join(',');
  const coachKey = coachIds.join(',');
  const load = useCallback(
    async (signal: AbortSignal): Promise<Roles> => {
      const admins = adminKey ? adminKey.split(',') : [];
      const coaches = coachKey ? coachKey.split(',') : [];
      const people = await repository.resolvePeople([...admins, ...coaches], { signal });
      return { admins: named(admins, people), coaches: named(coaches, people) };
    },
    [repository, adminKey, coachKey],
  );
  // A save changes the ids: the form stays as it is while their names are looked up again.
  const resource = useAsyncResource(load, { keepWhileReading: true });
  const roles = resource.data.status === 'ready' ? resource.data : undefined;
  const shownError = resource.data.status === 'error' ? resource.data.error : error;
  const setRoles = (change: Partial<Roles>) => resource.update((read) => ({ ...read, ...change }));
  const retry = () => {
    setError(undefined);
    resource.reload();
  };

  const save = async () => {
    if (!roles) return;
    setSaving(true);
    setError(undefined);
    try {
      const saved = await repository.saveOperatingModel({
        ...operatingModel,
        roles: {
          admins: roles.admins.map((person) => person.id),
          coaches: roles.coaches.map((person) => person.id),
        },
      });
      setOperatingModel(saved);
      notify('Admins and coaches are saved.');
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  };

  const adminsEmpty = roles !== undefined && roles.admins.length === 0 && adminIds.length > 0;
  return (
    <div className={styles.section}>
      <Subtitle2 as="h2">People and roles</Subtitle2>
      <Text className={styles.muted}>
        Admins set up teams, cycles and the operating model. Coaches run the first run, close cycles
        and start the next; they also see the coach view of health across teams.
      </Text>
      {shownError ? <ErrorState error={shownError} onRetry={retry} /> : null}
      {!roles && !shownError ? (
        <LoadingState label="Looking up admins and coaches" rows={2} />
      ) : null}
      {roles ? (
        <div className={styles.form}>
          <Field
            label="Admins"
            validationMessage={
              adminsEmpty
                ? 'Keep at least one admin, or nobody can change the programme.'
                : undefined
            }
          >
            {access.setUp ? (
              <PeoplePicker
                id="programme-admins"
                selected={roles.admins}
                onChange={(admins) => setRoles({ admins })}
              />
            ) : (
              <Text>{roles.admins.map((p) => p.displayName).join(', ') || 'Nobody yet'}</Text>
            )}
          </Field>
          <Field label="Coaches">
            {access.setUp ? (
              <PeoplePicker
                id="programme-coaches"
                selected={roles.coaches}
                onChange={(coaches) => setRoles({ coaches })}
              />
            ) : (
              <Text>{roles.coaches.map((p) => p.displayName).join(', ') || 'Nobody yet'}</Text>
            )}
          </Field>
          {access.setUp ? (
            <div className={styles.toolbar}>
              <Button
                appearance="primary"
                onClick={() => void save()}
                disabled={saving || adminsEmpty}
              >
                Save roles
              </Button>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
