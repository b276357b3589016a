import { useCallback, useState } from 'react';
import { useAppServices } from '../app/AppServices';
import { useProgrammeSay } from './programme-words';

/**
 * A new organisation's first admin: the person who sets the programme up names themselves. `run`
 * says whether they are now the admin.
 */
export function useClaimAdmin(notify: (message: string) => void) {
  const { repository, operatingModel, setOperatingModel, me } = useAppServices();
  const say = useProgrammeSay();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const run = useCallback(async (): Promise<boolean> => {
    setBusy(true);
    setError(undefined);
    try {
      // SharePoint's "OKR admins" group is what People and roles lists (and what SharePoint
      // enforces); the operating model only keeps a copy by id, for the reminders job.
      if (me.email) await repository.siteRoles().add('admins', me.email);
      const saved = await repository.saveOperatingModel({
        ...operatingModel,
        roles: { admins: [me.id], coaches: operatingModel.roles?.coaches ?? [] },
      });
      setOperatingModel(saved);
      notify(say('You are now the admin of this OKR programme.'));
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    } finally {
      setBusy(false);
    }
  }, [repository, operatingModel, setOperatingModel, me, notify, say]);
  return { run, busy, error };
}
