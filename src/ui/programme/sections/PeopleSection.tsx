import { useCallback, useRef, useState } from 'react';
import { Button, Field, Subtitle2, Text } from '@fluentui/react-components';
import type { Person } from '../../../core/model';
import type { OkrRole, RoleMember } from '../../../store/access';
import { useAppServices } from '../../app/AppServices';
import { useAsyncResource } from '../../hooks/useAsyncResource';
import { PeoplePicker, unchosenPeopleInput } from '../../components/PeoplePicker/PeoplePicker';
import { ErrorState } from '../../components/States/ErrorState';
import { LoadingState } from '../../components/States/LoadingState';
import type { ProgrammeSectionProps } from '../ProgrammeSection.types';
import { useSectionStyles } from '../useSectionStyles';
import { useUnsavedSection } from '../useUnsavedSection';
import { useProgrammeSay } from '../programme-words';

type Roles = {
  readonly admins: readonly Person[];
  readonly coaches: readonly Person[];
  /** Admins by owning the site: changed in SharePoint's site permissions, not here. */
  readonly owners: readonly Person[];
};
type Members = Readonly<Record<OkrRole, readonly RoleMember[]>>;

/**
 * The roles are the OKR site's SharePoint groups ("OKR admins", "OKR coaches"): SharePoint lets
 * only admins and site owners change them. People are shown as the directory knows them (matched
 * by sign-in name); someone it does not know still shows, so nobody is dropped from a role unseen.
 */
function asPeople(members: readonly RoleMember[], people: ReadonlyMap<string, Person>): Person[] {
  return members.map(
    (member) =>
      people.get(member.userPrincipalName.toLowerCase()) ?? {
        id: member.userPrincipalName,
        displayName: member.displayName,
        email: member.userPrincipalName,
      },
  );
}

export default function PeopleSection({ access, notify }: ProgrammeSectionProps) {
  const styles = useSectionStyles();
  const say = useProgrammeSay();
  const { repository, operatingModel, setOperatingModel } = useAppServices();
  const [error, setError] = useState<unknown>(undefined);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLDivElement>(null);
  const [members, setMembers] = useState<Members | undefined>(undefined);
  /** The roles as read, which the pickers' choices are compared with. */
  const [held, setHeld] = useState<Roles | undefined>(undefined);

  const load = useCallback(
    async (signal: AbortSignal): Promise<Roles> => {
      const roles = repository.siteRoles();
      const [admins, coaches, owners] = await Promise.all([
        roles.members('admins', { signal }),
        roles.members('coaches', { signal }),
        roles.owners({ signal }),
      ]);
      setMembers({ admins, coaches });
      const people = await repository.findPeople(
        [...admins, ...coaches, ...owners].map((m) => ({
          email: m.userPrincipalName,
          name: m.displayName,
        })),
        { signal },
      );
      const read = {
        admins: asPeople(admins, people),
        coaches: asPeople(coaches, people),
        owners: asPeople(owners, people),
      };
      setHeld(read);
      return read;
    },
    [repository],
  );
  const resource = useAsyncResource(load, { keepWhileReading: true });
  const roles = resource.data.status === 'ready' ? resource.data : undefined;
  const shownError = resource.data.status === 'error' ? resource.data.error : error;
  const setRoles = (change: Partial<Roles>) => resource.update((read) => ({ ...read, ...change }));
  const ids = (people: readonly Person[] | undefined) => people?.map((p) => p.id).join('\n');
  useUnsavedSection(
    say('the admins and coaches'),
    ids(roles?.admins) !== ids(held?.admins) || ids(roles?.coaches) !== ids(held?.coaches),
  );
  const retry = () => {
    setError(undefined);
    resource.reload();
  };

  const save = async () => {
    if (!roles || !members) return;
    const unchosen = unchosenPeopleInput(form.current);
    if (unchosen) {
      unchosen.focus();
      return;
    }
    setSaving(true);
    setError(undefined);
    try {
      const siteRoles = repository.siteRoles();
      for (const role of ['coaches', 'admins'] as const) {
        const wanted = new Set(roles[role].map((person) => (person.email ?? '').toLowerCase()));
        const held = new Set(members[role].map((m) => m.userPrincipalName.toLowerCase()));
        for (const person of roles[role])
          if (person.email && !held.has(person.email.toLowerCase()))
            await siteRoles.add(role, person.email);
        for (const member of members[role])
          if (!wanted.has(member.userPrincipalName.toLowerCase()))
            await siteRoles.remove(role, member.siteUserId);
      }
      // The operating model keeps a copy by id for the reminders job (its coaches' digest); only
      // admins may write it, so it cannot be forged either.
      const saved = await repository.saveOperatingModel({
        ...operatingModel,
        roles: {
          admins: roles.admins.map((person) => person.id),
          coaches: roles.coaches.map((person) => person.id),
        },
      });
      setOperatingModel(saved);
      setHeld(roles);
      notify(say('Admins and coaches are saved.'));
      resource.reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className={styles.section}>
      <Subtitle2 as="h2">{say('People and roles')}</Subtitle2>
      <Text className={styles.muted}>
        {say(
          "Admins set up teams, cycles and the operating model, and run the first run. Coaches close cycles and start the next, correct check-ins and delete OKRs; they also see the coach view of health across teams. These are the OKR site's SharePoint groups: only admins and the site's owners (who are admins too) change them.",
        )}
      </Text>
      {shownError ? <ErrorState error={shownError} onRetry={retry} /> : null}
      {!roles && !shownError ? (
        <LoadingState label={say('Looking up admins and coaches')} rows={2} />
      ) : null}
      {roles ? (
        <div className={styles.form} ref={form}>
          <Field label={say('Admins')}>
            {access.setUp ? (
              <PeoplePicker
                id="programme-admins"
                say={say}
                selected={roles.admins}
                onChange={(admins) => setRoles({ admins })}
              />
            ) : (
              <Text>{roles.admins.map((p) => p.displayName).join(', ') || say('Nobody yet')}</Text>
            )}
          </Field>
          <Field
            label={say('Site owners')}
            hint={say(
              "Admins too, as owners of the OKR site: they are named in the site's permissions in SharePoint.",
            )}
          >
            <Text>{roles.owners.map((p) => p.displayName).join(', ') || say('Nobody')}</Text>
          </Field>
          <Field label={say('Coaches')}>
            {access.setUp ? (
              <PeoplePicker
                id="programme-coaches"
                say={say}
                selected={roles.coaches}
                onChange={(coaches) => setRoles({ coaches })}
              />
            ) : (
              <Text>{roles.coaches.map((p) => p.displayName).join(', ') || say('Nobody yet')}</Text>
            )}
          </Field>
          {access.setUp ? (
            <div className={styles.toolbar}>
              <Button appearance="primary" onClick={() => void save()} disabledFocusable={saving}>
                {say('Save roles')}
              </Button>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
