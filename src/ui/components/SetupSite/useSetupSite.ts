import { useCallback, useEffect, useState } from 'react';
import type { ProvisionReport, SiteCheck } from '../../../store';
import type { SetupSiteProps, SetupSiteState } from './SetupSite.types';

export function useSetupSite({ setup, onReady }: SetupSiteProps): SetupSiteState {
  const [check, setCheck] = useState<SiteCheck | undefined>();
  const [checking, setChecking] = useState(true);
  const [provisioning, setProvisioning] = useState(false);
  const [done, setDone] = useState<ProvisionReport | undefined>();
  const [error, setError] = useState<unknown>(undefined);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setChecking(true);
    setError(undefined);
    setup
      .check()
      .then((result) => {
        if (!current) return;
        if (result.ready) onReady();
        else setCheck(result);
      })
      .catch((failure: unknown) => {
        if (current) setError(failure);
      })
      .finally(() => {
        if (current) setChecking(false);
      });
    return () => {
      current = false;
    };
  }, [setup, onReady, attempt]);

  const provision = useCallback(() => {
    setProvisioning(true);
    setError(undefined);
    setup
      .provision()
      .then((report) => (report.ready ? setDone(report) : setCheck(report)))
      .catch(setError)
      .finally(() => setProvisioning(false));
  }, [setup]);

  return {
    check,
    checking,
    provisioning,
    done,
    error,
    provision,
    recheck: useCallback(() => setAttempt((n) => n + 1), []),
  };
}
