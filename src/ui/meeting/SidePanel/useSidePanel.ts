import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
// The rituals' own modules, not their index: through it the side panel's first screen took in
// the stage's round, its record and summary.
import { ritualOfTheDay } from '../../../core/rituals/ritual-of-the-day';
import {
  attendeesCannotShare,
  canFacilitate,
  startDecision,
  type MeetingRole,
} from '../../../core/rituals/roles';
import type { RoundSetup } from '../../../core/rituals/round';
import { useAppServices, useLocale } from '../../app/AppServices';
import { notLoaded, onFirstUse } from '../../app/onFirstUse';
import { dayOf } from '../../app/day-of';
import { today, useBoardData } from '../../board/useBoardData';
import { partNotLoadedText } from '../../errors/describeError';
import { useDescribeError } from '../../errors/useDescribeError';
import { useAfterPaint } from '../../hooks/useAfterPaint';
import { useModuleAfterPaint } from '../../hooks/useModuleAfterPaint';
import { useStandIns } from '../../hooks/useStandIns';
import { useMeetingWords } from '../meeting-words';
import { stageQuery, stageRoundFromQuery, stageRoundOf } from '../round/stage-url';
import type { MeetingRound } from './RoundOnStage';
import {
  rememberedRoundFilter,
  rememberRoundFilter,
  roundFilterChoices,
  roundFilterKey,
  roundGroups,
  type RoundFilter,
} from './roundFilter';
import type {
  PlanningModule,
  ShareParts,
  ShareStatus,
  SidePanelMode,
  SidePanelState,
} from './SidePanel.types';
import { reloadable } from '../../../reloadable';

const promptsShown = 3;

// The coaching engine (a fifth of the panel's JavaScript) loads after the panel's first paint.
const loadCoachingPrompts = reloadable(() => import('../../../core/coaching/prompts'));
// So does the mode's tab list (tabster's mover under its arrow keys); a stand-in paints it.
const loadModeTabs = reloadable(() => import('../../components/ViewTabs'));
// Planning together (shared drafts with live coaching) loads when the team switches to planning.
const loadPlanning = reloadable(() => import('../Planning/Planning'));
// Fluent's dialog loads once the panel is painted (it asks only when a round is on the stage), and
// so does the message bar that says why sharing failed; Share to stage waits for them.
const loadShareParts = reloadable(() => import('./ShareParts'));
// What the stage's round is at, with Live Share behind it: once the panel is painted.
const loadRoundOnStage = reloadable(() => import('./RoundOnStage'));
// The team and owner dropdowns (Fluent's listbox and positioning): once the panel is painted.
const loadRoundFilters = reloadable(() => import('./RoundFilters'));

/** A round's stage page, for the round on the stage: on the board it was shared from. */
const stageUrlOf = (round: RoundSetup) =>
  new URL(`stage.html?${stageQuery(stageRoundOf(round))}`, window.location.href).href;

export function useSidePanel(): SidePanelState {
  const { host, operatingModel, firstScreenReady } = useAppServices();
  const locale = useLocale();
  const words = useMeetingWords();
  const describeError = useDescribeError();
  const { say } = words;
  const settings = host.context.tabSettings;
  const { data, reload, applyObjective } = useBoardData({
    cycleId: settings?.cycleId ?? 'current',
    ...(settings?.teamIds.length ? { teamIds: settings.teamIds } : {}),
  });
  const board = data.status === 'ready' ? data.board : undefined;
  const [mode, setMode] = useState<SidePanelMode>('checkIn');
  const planningModule = useMemo(
    () => onFirstUse(() => loadPlanning().catch(notLoaded(partNotLoadedText))),
    [],
  );
  const [planning, setPlanning] = useState<PlanningModule>();
  const [planningNotLoaded, setPlanningNotLoaded] = useState<string>();
  /** Planning's module, loaded again if it failed to: a failure is said in its place. */
  const openPlanning = useCallback(() => {
    planningModule().then(setPlanning, (error: Error) => setPlanningNotLoaded(error.message));
  }, [planningModule]);
  const modeTabs = useStandIns(loadModeTabs);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [canShare, setCanShare] = useState<boolean>();
  const [share, setShare] = useState<ShareStatus>({ status: 'idle' });
  const [roles, setRoles] = useState<readonly MeetingRole[]>();
  const [confirmingReplace, setConfirmingReplace] = useState(false);
  // What the question replaces: a round that runs (or may), or an ended round's unrecorded summary.
  const [replacingSummary, setReplacingSummary] = useState(false);
  // The round running in the meeting, as the round's card follows it over Live Share: still
  // running after its presenter stopped sharing, when Teams says nothing is on the stage. Until
  // the card has reached the shared state, whether one runs is not known.
  const [meetingRound, setMeetingRound] = useState<MeetingRound>({ status: 'connecting' });
  const runningRound = meetingRound.status === 'known' ? meetingRound.running : undefined;
  // Why the shared state could not be reached, said when replacing a round that may run is asked.
  const [roundUnchecked, setRoundUnchecked] = useState<string>();
  const shareModule = useMemo(
    () => onFirstUse(() => loadShareParts().catch(notLoaded(partNotLoadedText))),
    [],
  );
  const [shareParts, setShareParts] = useState<ShareParts>();
  const withShareParts = useCallback(async () => setShareParts(await shareModule()), [shareModule]);
  const painted = useAfterPaint(true);
  useEffect(() => {
    if (painted) withShareParts().catch(() => undefined);
  }, [painted, withShareParts]);
  const [search, setSearch] = useState('');
  const filterKey = host.context.meeting ? roundFilterKey(host.context.meeting.id) : undefined;
  const [filter, setFilter] = useState<RoundFilter>(() => rememberedRoundFilter(filterKey));
  const roundOnStage = useModuleAfterPaint(loadRoundOnStage, painted && !!host.context.meeting);
  const roundFilters = useModuleAfterPaint(loadRoundFilters, painted);

  // Who may share comes from the meeting's role API; without an answer the host decides.
  useEffect(() => {
    let current = true;
    const contextRole = host.context.meeting?.role;
    (host.meeting ? host.meeting.roles() : Promise.resolve(contextRole ? [contextRole] : []))
      .then((answer) => current && setRoles(answer.length ? answer : undefined))
      .catch(() => current && setRoles(contextRole ? [contextRole] : undefined));
    return () => {
      current = false;
    };
  }, [host]);

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
  const filterChoices = useMemo(
    () => roundFilterChoices(board?.teams ?? [], groups, locale),
    [board, groups, locale],
  );
  // A team or owner kept for the meeting that the board no longer has lets everything through.
  const roundFilter = useMemo(
    (): RoundFilter => ({
      ...(filterChoices.teams.some(({ team }) => team.id === filter.teamId)
        ? { teamId: filter.teamId }
        : {}),
      ...(filterChoices.owners.some((owner) => owner.id === filter.ownerId)
        ? { ownerId: filter.ownerId }
        : {}),
    }),
    [filter, filterChoices],
  );
  const teams = board?.teams;
  const filteredGroups = useMemo(
    () => roundGroups(groups, roundFilter, teams ?? []),
    [groups, roundFilter, teams],
  );
  const changeFilter = useCallback(
    (patch: RoundFilter) => {
      const next = { ...roundFilter, ...patch };
      setFilter(next);
      rememberRoundFilter(filterKey, next);
      // What the filter hides is no longer picked: the round shares what the coach sees.
      const shown = new Set(
        roundGroups(groups, next, teams ?? []).flatMap(({ keyResults }) =>
          keyResults.map((kr) => kr.id),
        ),
      );
      setSelected((previous) => new Set([...previous].filter((id) => shown.has(id))));
    },
    [roundFilter, filterKey, groups, teams],
  );
  // Clearing the filter from the empty state takes its button away: the keyboard goes on to the
  // prompts that take its place.
  const promptsHeading = useRef<HTMLHeadingElement>(null);
  const [filterCleared, setFilterCleared] = useState(0);
  const clearFilter = useCallback(() => {
    changeFilter({ teamId: undefined, ownerId: undefined });
    setFilterCleared((count) => count + 1);
  }, [changeFilter]);
  useEffect(() => {
    if (filterCleared) promptsHeading.current?.focus();
  }, [filterCleared]);
  const shownGroups = useMemo(() => {
    const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return filteredGroups;
    const matches = (text: string) => words.every((word) => text.toLowerCase().includes(word));
    return filteredGroups.flatMap(({ objective, keyResults }) => {
      const shown = matches(objective.title)
        ? keyResults
        : keyResults.filter((kr) => matches(kr.title));
      return shown.length ? [{ objective, keyResults: shown }] : [];
    });
  }, [filteredGroups, search]);

  // The round's filter narrows the check-in's prompts too: the coach is prompted about what the
  // round covers. Planning, which shows no filter, is prompted about the whole board.
  const filtered = mode === 'checkIn' && (!!roundFilter.teamId || !!roundFilter.ownerId);
  const filterLeavesNone =
    filtered && filteredGroups.every(({ keyResults }) => keyResults.length === 0);
  const coaching = useModuleAfterPaint(loadCoachingPrompts);
  const prompts = useMemo(() => {
    if (!board || !coaching || filterLeavesNone) return [];
    const objectives = filtered
      ? filteredGroups.map(({ objective }) => objective)
      : board.objectives;
    const keyResults = filtered
      ? filteredGroups.flatMap((group) => group.keyResults)
      : board.keyResults;
    const chosen = keyResults.filter((kr) => selected.has(kr.id));
    const day = today();
    const ritual =
      mode === 'planning' ? 'planning' : ritualOfTheDay(board.cycle, operatingModel.checkIn, day);
    return coaching
      .selectPrompts(ritual, {
        model: operatingModel,
        locale: operatingModel.locale,
        today: day,
        dayOf,
        cycle: board.cycle,
        teams: board.teams,
        objectives,
        keyResults: chosen.length ? chosen : keyResults,
        ...(data.status === 'ready' && data.history
          ? { checkIns: [...data.history.values()].flat() }
          : {}),
      })
      .slice(0, promptsShown)
      .map((prompt) => ({ ...prompt, text: words.prompt(prompt) }));
  }, [
    board,
    coaching,
    filtered,
    filterLeavesNone,
    filteredGroups,
    selected,
    mode,
    operatingModel,
    data,
    words,
  ]);

  const toggleAll = useCallback((keyResultIds: readonly string[]) => {
    setSelected((previous) => {
      const next = new Set(previous);
      const all = keyResultIds.every((id) => next.has(id));
      for (const id of keyResultIds) {
        if (all) next.delete(id);
        else next.add(id);
      }
      return next;
    });
  }, []);

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

  const shareNow = useCallback(() => {
    setConfirmingReplace(false);
    if (!stageUrl || !host.meeting) {
      setShare({ status: 'idle' });
      return;
    }
    setShare({ status: 'sharing' });
    host.meeting
      .shareToStage(stageUrl)
      .then(() => setShare({ status: 'shared', url: stageUrl }))
      .catch((error: unknown) =>
        setShare({ status: 'failed', message: describeError(error).title }),
      );
  }, [host, stageUrl, describeError]);

  const sharedUrl = share.status === 'shared' ? share.url : undefined;
  const sharedRound = useMemo(
    () => (sharedUrl ? stageRoundFromQuery(new URL(sharedUrl).search) : undefined),
    [sharedUrl],
  );
  const meeting = host.meeting;
  const mayShare = !!canShare && !!meeting && !!roles && canFacilitate(roles);
  const roundOnStageProps = useMemo(
    () => ({
      keyResults: board?.keyResults ?? [],
      shared: sharedRound,
      showOnStage:
        mayShare && meeting
          ? async (round: RoundSetup) => meeting.shareToStage(stageUrlOf(round))
          : undefined,
      onMeetingRound: setMeetingRound,
    }),
    [board, sharedRound, mayShare, meeting],
  );

  // Starting a round while one runs replaces it for everyone: ask first. Teams says only whether
  // the stage shows something, so a panel opened a moment ago waits until its round card has
  // reached the meeting's shared state and can tell whether a round still runs.
  const shareToStage = useCallback(() => {
    if (!stageUrl || !host.meeting || share.status === 'sharing') return;
    setShare({ status: 'checking' });
  }, [host, stageUrl, share.status]);

  const roundRunning =
    meetingRound.status === 'known'
      ? meetingRound.running !== undefined
      : meetingRound.status === 'unreachable'
        ? 'unreachable'
        : // Outside a meeting no round card joins: nothing is there to wait for.
          host.context.meeting
          ? 'unknown'
          : false;
  const roundEnded = meetingRound.status === 'known' ? meetingRound.ended : undefined;
  const checking = share.status === 'checking';
  useEffect(() => {
    const meeting = host.meeting;
    if (!checking || !meeting) return undefined;
    let current = true;
    withShareParts()
      .then(
        async () => {
          const sharing = await meeting.isSharingToStage().catch(() => false);
          if (!current) return;
          const decision = startDecision(roles, { sharing, roundRunning, roundEnded });
          if (decision.kind === 'wait') return;
          if (decision.kind === 'refused') {
            setShare({ status: 'failed', message: say(decision.reason) });
          } else if (
            decision.kind === 'confirmReplace' ||
            decision.kind === 'confirmReplaceSummary'
          ) {
            setShare({ status: 'idle' });
            setReplacingSummary(decision.kind === 'confirmReplaceSummary');
            setRoundUnchecked(
              !sharing && meetingRound.status === 'unreachable' ? meetingRound.problem : undefined,
            );
            setConfirmingReplace(true);
          } else shareNow();
        },
        (error: Error) => current && setShare({ status: 'failed', message: error.message }),
      )
      .catch(
        (error: unknown) =>
          current && setShare({ status: 'failed', message: describeError(error).title }),
      );
    return () => {
      current = false;
    };
    // Asked again as what is known of the round changes, until it is known.
  }, [
    host,
    checking,
    roles,
    roundRunning,
    roundEnded,
    meetingRound,
    shareNow,
    withShareParts,
    say,
    describeError,
  ]);

  return {
    say,
    mode,
    setMode: (next) => {
      setMode(next);
      if (next === 'planning' && !planning) openPlanning();
    },
    ...(planning ? { planning } : {}),
    ...(planningNotLoaded === undefined ? {} : { planningNotLoaded }),
    openPlanning,
    modeTabs,
    data,
    reload,
    board,
    groups,
    pickerGroups: shownGroups,
    search,
    setSearch,
    filter: roundFilter,
    filterChoices,
    changeFilter,
    filterLeavesNone,
    clearFilter,
    ...(roundFilters ? { roundFilters } : {}),
    selected,
    toggle,
    toggleAll,
    shareRefusal: roles && !canFacilitate(roles) ? attendeesCannotShare : undefined,
    confirmingReplace,
    replacingSummary,
    ...(runningRound ? { runningRound } : {}),
    ...(roundUnchecked === undefined ? {} : { roundUnchecked }),
    offStage: meetingRound.status === 'known' && !!meetingRound.offStage,
    ...(shareParts ? { shareParts } : {}),
    confirmReplace: shareNow,
    cancelReplace: () => setConfirmingReplace(false),
    prompts,
    promptsHeading,
    canShare,
    share,
    shareToStage,
    stageUrl,
    ...(roundOnStage ? { roundOnStage: { module: roundOnStage, props: roundOnStageProps } } : {}),
    onObjectiveSaved: applyObjective,
  };
}
