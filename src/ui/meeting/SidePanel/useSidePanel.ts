import { useCallback, useEffect, useMemo, useState } from 'react';
import { selectPrompts } from '../../../core/coaching';
import type { Objective } from '../../../core/model';
import { useAppServices } from '../../app/AppServices';
import { today, useBoardData } from '../../board/useBoardData';
import { describeError } from '../../errors/describeError';
import { stageQuery } from '../round/stage-url';
import type { ShareStatus, SidePanelMode, SidePanelState } from './SidePanel.types';

const promptsShown = 3;

export function useSidePanel(): SidePanelState {
  const { host, operatingModel, firstScreenReady } = useAppServices();
  const settings = host.context.tabSettings;
  const { data, reload, applyObjective } = useBoardData({
    cycleId: settings?.cycleId ?? 'current',
    ...(settings?.teamIds.length ? { teamIds: settings.teamIds } : {}),
  });
  const board = data.status === 'ready' ? data.board : undefined;
  const [mode, setMode] = useState<SidePanelMode>('checkIn');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [canShare, setCanShare] = useState<boolean>();
  const [share, setShare] = useState<ShareStatus>({ status: 'idle' });
  const [drafting, setDrafting] = useState(false);

  useEffect(() => {
    let current = true;
    host
      .capabilities()
      .then((capabilities) => current && setCanShare(capabilities.shareToStage && !!host.meeting))
      .catch(() => current && setCanShare(false));
    return () => {
      current = false;
    };
  }, [host]);

  useEffect(() => {
    if (data.status !== 'loading') firstScreenReady();
  }, [data.status, firstScreenReady]);

  const groups = useMemo(
    () =>
      (board?.objectives ?? []).map((objective) => ({
        objective,
        keyResults: board?.keyResults.filter((kr) => kr.objectiveId === objective.id) ?? [],
      })),
    [board],
  );

  const prompts = useMemo(() => {
    if (!board) return [];
    const chosen = board.keyResults.filter((kr) => selected.has(kr.id));
    return selectPrompts(mode === 'planning' ? 'planning' : 'weekly-check-in', {
      model: operatingModel,
      locale: operatingModel.locale,
      today: today(),
      cycle: board.cycle,
      teams: board.teams,
      objectives: board.objectives,
      keyResults: chosen.length ? chosen : board.keyResults,
      ...(data.status === 'ready' ? { checkIns: [...data.history.values()].flat() } : {}),
    }).slice(0, promptsShown);
  }, [board, selected, mode, operatingModel, data]);

  const toggle = useCallback((keyResultId: string) => {
    setSelected((previous) => {
      const next = new Set(previous);
      if (next.has(keyResultId)) next.delete(keyResultId);
      else next.add(keyResultId);
      return next;
    });
  }, []);

  // The round's KRs in board order, with a fresh round id; built when asked for.
  const stageUrl = useMemo(() => {
    if (!board || selected.size === 0) return undefined;
    const keyResultIds = board.keyResults.filter((kr) => selected.has(kr.id)).map((kr) => kr.id);
    const query = stageQuery({
      roundId: crypto.randomUUID(),
      keyResultIds,
      board: { teamIds: settings?.teamIds ?? [], cycleId: board.cycle.id },
    });
    return new URL(`stage.html?${query}`, window.location.href).href;
  }, [board, selected, settings]);

  const shareToStage = useCallback(() => {
    if (!stageUrl || !host.meeting || share.status === 'sharing') return;
    setShare({ status: 'sharing' });
    host.meeting
      .shareToStage(stageUrl)
      .then(() => setShare({ status: 'shared', url: stageUrl }))
      .catch((error: unknown) =>
        setShare({ status: 'failed', message: describeError(error).title }),
      );
  }, [host, stageUrl, share.status]);

  const onObjectiveSaved = useCallback(
    (objective: Objective) => {
      applyObjective(objective);
      setDrafting(false);
    },
    [applyObjective],
  );

  return {
    mode,
    setMode,
    data,
    reload,
    board,
    groups,
    selected,
    toggle,
    prompts,
    canShare,
    share,
    shareToStage,
    stageUrl,
    drafting,
    setDrafting,
    onObjectiveSaved,
  };
}
