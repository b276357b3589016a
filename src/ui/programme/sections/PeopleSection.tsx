import { useEffect, useState } from 'react';
import { Button, Field, Subtitle2, Text } from '@fluentui/react-components';
import type { Person } from '../../../core/model';
import { useAppServices } from '../../app/AppServices';
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
  const [roles, setRoles] = useState<Roles | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [saving, setSaving] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const adminIds = operatingModel.roles?.admins ?? [];
  const coachIds = operatingModel.roles?.coaches ?? [];

  useEffect(() => {
    const abort = new AbortController();
    setError(undefined);
    repository.resolvePeople([...adminIds, ...coachIds], { signal: abort.signal }).then(
      (people) => {
        if (!abort.signal.aborted)
          setRoles({ admins: named(adminIds, people), coaches: named(coachIds, people) });
      },
      (caught: unknown) => {
        if (!abort.signal.aborted) setError(caught);
      },
    );
    return () => abort.abort();
    // The ids, not the arrays' identity, decide whether to look names up again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [repository, adminIds.join(','), coachIds.join(','), attempt]);

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
      {error ? <ErrorState error={error} onRetry={() => setAttempt((n) => n + 1)} /> : null}
      {!roles && !error ? <LoadingState label="Looking up admins and coaches" rows={2} /> : null}
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
                onChange={(admins) => setRoles({ ...roles, admins })}
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
                onChange={(coaches) => setRoles({ ...roles, coaches })}
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
