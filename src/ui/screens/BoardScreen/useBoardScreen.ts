import { useToastController } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { KeyResult, Objective, Person, Team } from '../../../core/model';
import { formatKeyResultMeasure } from '../../../core/format';
import { useAppServices, useLocale } from '../../app/AppServices';
import {
  boardOwnedBy,
  buildBoardView,
  filterBoardView,
  sortBoardView,
} from '../../board/boardView';
import type { TeamView } from '../../board/boardView.types';
import { boardCsv, boardXlsx, downloadCsv, downloadFile } from '../../board/exportBoard';
import { useBoardFilter } from '../../board/useBoardFilter';
import { today, useBoardData } from '../../board/useBoardData';
import type { BoardFocusTarget } from '../../components/Board/Board.types';
import { describeTarget } from '../../deepLink/locateTarget';
import { useDeepLink, useDeepLinkLanding } from '../../deepLink/useDeepLink';
import type { MovedToInitiatives } from '../../components/KeyResultEditor/KeyResultEditor.types';
import type { BoardScreenProps, BoardScreenState, EditorTarget } from './BoardScreen.types';
import { toastMessage } from '../../components/Toasts/toastMessage';
import type { CopiedLink } from '../../hooks/useCopyLink';
import { useBoardActions } from './useBoardActions';
import { useCheckInCorrections } from './useCheckInCorrections';
import { useNudge } from '../../hooks/useNudge';

const copiedToast = ({ what }: CopiedLink) => toastMessage(`Link to ${what} copied`);

export function useBoardScreen({
  request: ownRequest,
  mine: ownMine = false,
  editable = false,
  open,
}: BoardScreenProps): BoardScreenState {
  const { operatingModel, me, firstScreenReady } = useAppServices();
  const locale = useLocale();
  // A deep link may show another team's or cycle's board, the one holding its target.
  const deepLink = useDeepLink(ownRequest, ownMine, open?.target);
  const { mine } = deepLink;
  const {
    data,
    reload,
    applyCheckIns,
    applyCorrection,
    applyObjective,
    applyKeyResult,
    applyDeleted,
  } = useBoardData(deepLink.request);
  const [checkInOn, setCheckInOn] = useState<KeyResult | undefined>();
  const [historyOf, setHistoryOf] = useState<KeyResult | undefined>();
  const [editor, setEditor] = useState<EditorTarget | undefined>();
  const [announcement, setAnnouncement] = useState('');
  // Once the board has first loaded, its dialogs, editors and toasters load and stay.
  const [overlays, setOverlays] = useState(false);
  if (!overlays && data.status !== 'loading') setOverlays(true);

  const board = useMemo(() => {
    if (data.status !== 'ready') return undefined;
    return mine ? boardOwnedBy(data.board, me) : data.board;
  }, [data, mine, me]);
  const history = data.status === 'ready' ? data.history : undefined;
  const whole = data.status === 'ready' ? data.board : undefined;
  const wholeBoard = useMemo(
    () => (board && history ? buildBoardView(board, history, operatingModel, today(), whole) : []),
    [board, history, operatingModel, whole],
  );
  const filter = useBoardFilter();
  const teams = useMemo(
    () =>
      sortBoardView(
        filterBoardView(wholeBoard, filter.filter, operatingModel.confidenceScale),
        filter.filter.sort,
      ),
    [wholeBoard, filter.filter, operatingModel.confidenceScale],
  );

  useEffect(() => {
    if (data.status !== 'loading') firstScreenReady();
  }, [data.status, firstScreenReady]);

  const landing = useDeepLinkLanding(deepLink, data, board);
  const { landed } = landing;
  useEffect(() => {
    if (landed)
      setAnnouncement(`Opened${open ? '' : ' from a link'}: the ${describeTarget(landed)}.`);
  }, [landed, open]);
  // A KR's link opens its history (a reminder's link, its check-in) once the row has focus, so
  // closing the dialog returns there; an opening asked to edit opens the editor instead.
  const editOnLanding = editable && open?.edit === true;
  const onFocusTargetShown = useCallback(
    (target: BoardFocusTarget) => {
      if (landed && editOnLanding) {
        setEditor(
          landed.keyResult
            ? { kind: 'keyResult', objective: landed.objective, keyResult: landed.keyResult }
            : { kind: 'objective', objective: landed.objective },
        );
      } else if (landed?.keyResult && landed.keyResult.id === target.keyResultId) {
        if (landed.checkIn) setCheckInOn(landed.keyResult);
        else setHistoryOf(landed.keyResult);
      }
    },
    [landed, editOnLanding],
  );
  const nudge = useNudge();
  const actions = useBoardActions({
    board,
    data: { applyObjective, applyKeyResult, applyDeleted },
    announce: setAnnouncement,
    renderToast: copiedToast,
  });

  const { dispatchToast } = useToastController(actions.toasterId);
  const showSaved = useCallback(
    (message: string) => dispatchToast(toastMessage(message), { intent: 'success' }),
    [dispatchToast],
  );
  const corrections = useCheckInCorrections(
    actions.toasterId,
    historyOf,
    applyCorrection,
    setAnnouncement,
  );
  const { showCheckInSaved } = corrections;
  const onCheckInSaved = useCallback<BoardScreenState['onCheckInSaved']>(
    (saved) => {
      applyCheckIns(saved);
      setCheckInOn(undefined);
      const [first] = saved;
      if (first) {
        const now = formatKeyResultMeasure(first.keyResult, first.keyResult.current, locale);
        showCheckInSaved(
          `Check-in saved: ${first.keyResult.title} is now ${now}.`,
          first,
          checkInOn,
        );
      }
    },
    [applyCheckIns, locale, showCheckInSaved, checkInOn],
  );
  const onObjectiveSaved = useCallback(
    (objective: Objective) => {
      applyObjective(objective);
      setEditor(undefined);
      setAnnouncement(`Objective saved: ${objective.title}.`);
    },
    [applyObjective],
  );
  const onKeyResultSaved = useCallback(
    (keyResult: KeyResult) => {
      applyKeyResult(keyResult);
      setEditor(undefined);
      setAnnouncement(`Key result saved: ${keyResult.title}.`);
    },
    [applyKeyResult],
  );

  const onMovedToInitiatives = useCallback(
    ({ initiative, under, removed }: MovedToInitiatives) => {
      if (removed) applyDeleted({ objectiveIds: [], keyResultIds: [removed.id] });
      setEditor(undefined);
      const message = `“${initiative.title}” is now an initiative under “${under.title}”.`;
      setAnnouncement(message);
      showSaved(message);
    },
    [applyDeleted, showSaved],
  );

  const editKeyResult = useCallback(
    (keyResult: KeyResult) => {
      const objective = board?.objectives.find((o) => o.id === keyResult.objectiveId);
      if (objective) setEditor({ kind: 'keyResult', objective, keyResult });
    },
    [board],
  );
  const editObjective = useCallback(
    (objective: Objective) => setEditor({ kind: 'objective', objective }),
    [],
  );
  const addKeyResult = useCallback(
    (objective: Objective) => setEditor({ kind: 'keyResult', objective }),
    [],
  );

  const cycle = board?.cycle;
  // The tab's own teams: the board also carries others (for alignment), which it does not show.
  const shownTeamIds = deepLink.request.teamIds;
  const teamNames = board?.teams
    .filter((team) => !shownTeamIds || shownTeamIds.includes(team.id))
    .map((team) => team.name)
    .join(', ');
  const label = mine
    ? `My OKRs${cycle ? `, ${cycle.name}` : ''}`
    : `${teamNames ?? 'OKR board'}${cycle ? `, ${cycle.name}` : ''}`;
  const fileName = label.replace(/[\\/:*?"<>|]/g, '');

  const exportXlsx = useCallback(() => {
    boardXlsx(teams, cycle?.name ?? 'OKRs').then(
      (file) => downloadFile(`${fileName}.xlsx`, file),
      (error: unknown) => {
        console.error('The workbook could not be written', error);
        dispatchToast(toastMessage('The Excel export failed', 'Try the CSV export instead.'), {
          intent: 'error',
        });
      },
    );
  }, [teams, cycle, fileName, dispatchToast]);
  const { copy } = actions.copyLink;
  const ownCycleId = ownRequest.cycleId;
  const copyViewLink = useCallback(
    () =>
      copy(
        {
          type: 'boardView',
          filter: {
            ...filter.filter,
            ...(ownCycleId !== 'current' ? { cycleId: ownCycleId } : {}),
          },
        },
        'this view of the board',
      ),
    [copy, filter.filter, ownCycleId],
  );

  return {
    data,
    reload,
    board,
    teams,
    label,
    ownTeamId: shownTeamIds?.[0],
    exportCsv: useCallback(
      () => downloadCsv(`${fileName}.csv`, boardCsv(teams)),
      [fileName, teams],
    ),
    exportXlsx,
    copyViewLink,
    filter,
    owners: useMemo(() => ownersOn(wholeBoard), [wholeBoard]),
    filterTeams: useMemo(() => wholeBoard.map((teamView): Team => teamView.team), [wholeBoard]),
    shown: useMemo(
      () => ({ keyResults: countKeyResults(teams), of: countKeyResults(wholeBoard) }),
      [teams, wholeBoard],
    ),
    confidenceMax: operatingModel.confidenceScale.max,
    mine,
    editable,
    checkInOn,
    openCheckIn: setCheckInOn,
    closeCheckIn: useCallback(() => setCheckInOn(undefined), []),
    onCheckInSaved,
    historyOf,
    historyCheckIns: (historyOf && history?.get(historyOf.id)) || [],
    openHistory: setHistoryOf,
    closeHistory: useCallback(() => setHistoryOf(undefined), []),
    editor,
    openEditor: setEditor,
    editKeyResult,
    editObjective,
    addKeyResult,
    closeEditor: useCallback(() => setEditor(undefined), []),
    onObjectiveSaved,
    onKeyResultSaved,
    onMovedToInitiatives,
    cycle,
    announcement,
    focusTarget: landing.focus,
    onFocusTargetShown,
    deepLinkNotice: landing.notice,
    dismissDeepLink: landing.dismiss,
    backLabel: ownMine ? 'Back to My OKRs' : 'Back to this tab’s board',
    canSetStatus: editable || mine,
    actions,
    nudge: mine ? undefined : nudge,
    overlays,
    corrections,
  };
}

function countKeyResults(teams: readonly TeamView[]): number {
  return teams.reduce(
    (sum, team) => sum + team.objectives.reduce((n, view) => n + view.keyResults.length, 0),
    0,
  );
}

/** Everyone owning a KR or an objective on the board, by name. */
function ownersOn(teams: readonly TeamView[]): Person[] {
  const owners = new Map<string, Person>();
  for (const { objectives } of teams) {
    for (const { objective, keyResults } of objectives) {
      if (objective.owner) owners.set(objective.owner.id, objective.owner);
      for (const { keyResult } of keyResults)
        if (keyResult.owner) owners.set(keyResult.owner.id, keyResult.owner);
    }
  }
  return [...owners.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
}
