import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { selectPrompts } from '../../core/coaching/prompts';
import { currentCycle } from '../../core/cycles';
import type { Cycle, Team } from '../../core/model';
import type { SaveProgress } from '../../store/repository';
import { useAppServices } from '../../ui/app/AppServices';
import { describeError } from '../../ui/errors/describeError';
import type { ConflictChoice } from '../sync/check-ins';
import type { SheetFinding } from '../sync/coach';
import { WorkbookSync, type SendOutcome, type SheetSummary } from '../sync/workbook-sync';
import type { Busy, TaskPaneProps, TaskPaneState } from './TaskPane.types';

/** How long auto-send waits after the last edit, so a burst of typing is one send. */
const autoSendDelayMs = 1500;

export function useTaskPane({ workbook }: TaskPaneProps): TaskPaneState {
  const { repository, me, operatingModel, host, firstScreenReady } = useAppServices();
  const { locale } = host.context;
  // Text in a cell is read, and messages written, in Office's display language.
  const sync = useMemo(
    () =>
      new WorkbookSync({ workbook, repository, model: { ...operatingModel, locale }, author: me }),
    [workbook, repository, operatingModel, locale, me],
  );
  const [teams, setTeams] = useState<readonly Team[]>([]);
  const [cycles, setCycles] = useState<readonly Cycle[]>([]);
  const [teamId, setTeamId] = useState('');
  const [cycleId, setCycleId] = useState('');
  const [summary, setSummary] = useState<SheetSummary>();
  const [busy, setBusy] = useState<Busy>();
  const [progress, setProgress] = useState<SaveProgress>();
  const [outcome, setOutcome] = useState<SendOutcome>();
  const [error, setError] = useState<string>();
  const [autoSend, setAutoSend] = useState(false);
  const [findings, setFindings] = useState<readonly SheetFinding[]>();
  const today = new Date().toISOString().slice(0, 10);

  const run = useCallback(async (kind: Busy, action: () => Promise<void>) => {
    setBusy(kind);
    setError(undefined);
    try {
      await action();
    } catch (caught) {
      const description = describeError(caught);
      setError(
        description.title === 'Something went wrong' && caught instanceof Error
          ? caught.message
          : `${description.title}: ${description.message}`,
      );
    } finally {
      setBusy(undefined);
    }
  }, []);

  useEffect(() => {
    let current = true;
    void run('load', async () => {
      const [teamList, cycleList, sheet] = await Promise.all([
        repository.listTeams(),
        repository.listCycles(),
        sync.summary(),
      ]);
      if (!current) return;
      setTeams(teamList);
      setCycles(cycleList);
      setSummary(sheet);
      setTeamId(sheet.teamIds[0] ?? host.context.tabSettings?.teamIds[0] ?? teamList[0]?.id ?? '');
      setCycleId(sheet.cycle?.id ?? currentCycle(cycleList, today)?.id ?? cycleList[0]?.id ?? '');
      firstScreenReady();
    });
    return () => {
      current = false;
    };
    // Loaded once per workbook and store; `today` only picks the default cycle.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sync, repository, host, firstScreenReady, run]);

  const send = useCallback(
    () =>
      void run('send', async () => {
        setProgress(undefined);
        const result = await sync.send(setProgress);
        setOutcome(result);
        setSummary(result.summary);
      }),
    [run, sync],
  );

  const autoSendRef = useRef(autoSend);
  autoSendRef.current = autoSend;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = workbook.onUserEdit(() => {
      void sync.markEdits().then(setSummary, () => undefined);
      if (!autoSendRef.current) return;
      clearTimeout(timer);
      timer = setTimeout(send, autoSendDelayMs);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [workbook, sync, send]);

  const cycle = cycles.find((c) => c.id === cycleId);
  const prompts = useMemo(
    () =>
      selectPrompts('weekly-check-in', {
        model: operatingModel,
        today,
        ...(cycle ? { cycle } : {}),
      }).slice(0, 5),
    [operatingModel, today, cycle],
  );

  return {
    me: me.displayName,
    teams,
    cycles,
    teamId,
    cycleId,
    ...(summary ? { summary } : {}),
    busy,
    ...(progress ? { progress } : {}),
    ...(outcome ? { outcome } : {}),
    ...(error ? { error } : {}),
    autoSend,
    ...(findings ? { findings } : {}),
    prompts,
    setTeamId,
    setCycleId,
    setAutoSend,
    load: () =>
      void run('load', async () => {
        if (!cycle || !teamId) throw new Error('Pick a team and a cycle first.');
        setOutcome(undefined);
        setSummary(await sync.load([teamId], cycle));
      }),
    send,
    resolve: (keyResultId: string, choice: ConflictChoice) =>
      void run('resolve', async () => {
        const result = await sync.resolve(keyResultId, choice);
        if ('sent' in result) setOutcome(result);
        setSummary(result.summary);
      }),
    coach: () =>
      void run('coach', async () => {
        setFindings(await sync.coach());
      }),
  };
}
