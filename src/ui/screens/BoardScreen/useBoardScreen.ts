import { useToastController } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { KeyResult, Objective } from '../../../core/model';
import { formatKeyResultMeasure } from '../../../core/format';
import { useAppServices, useLocale } from '../../app/AppServices';
import { boardOwnedBy, buildBoardView } from '../../board/boardView';
import { boardCsv, downloadCsv } from '../../board/exportBoard';
import { today, useBoardData } from '../../board/useBoardData';
import type { BoardFocusTarget } from '../../components/Board/Board.types';
import { describeTarget } from '../../deepLink/locateTarget';
import { useDeepLink, useDeepLinkLanding } from '../../deepLink/useDeepLink';
import type { MovedToInitiatives } from '../../components/KeyResultEditor/KeyResultEditor.types';
import type { BoardScreenProps, BoardScreenState, EditorTarget } from './BoardScreen.types';
import { toastMessage } from '../../components/Toasts/toastMessage';
import type { CopiedLink } from '../../hooks/useCopyLink';
import { useBoardActions } from './useBoardActions';
import { useNudge } from '../../hooks/useNudge';

const copiedToast = ({ what }: CopiedLink) => toastMessage(`Link to ${what} copied`);

export function useBoardScreen({
  request: ownRequest,
  mine: ownMine = false,
  editable = false,
}: BoardScreenProps): BoardScreenState {
  const { operatingModel, me, firstScreenReady } = useAppServices();
  const locale = useLocale();
  // A deep link may show another team's or cycle's board, the one holding its target.
  const deepLink = useDeepLink(ownRequest, ownMine);
  const { mine } = deepLink;
  const { data, reload, applyCheckIns, applyObjective, applyKeyResult, applyDeleted } =
    useBoardData(deepLink.request);
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
  const allKeyResults = data.status === 'ready' ? data.board.keyResults : undefined;
  const teams = useMemo(
    () =>
      board && history
        ? buildBoardView(board, history, operatingModel, today(), allKeyResults)
        : [],
    [board, history, operatingModel, allKeyResults],
  );

  useEffect(() => {
    if (data.status !== 'loading') firstScreenReady();
  }, [data.status, firstScreenReady]);

  const landing = useDeepLinkLanding(deepLink, data, board);
  const { landed } = landing;
  useEffect(() => {
    if (landed) setAnnouncement(`Opened from a link: the ${describeTarget(landed)}.`);
  }, [landed]);
  // A KR's link opens its history (a reminder's link, its check-in) once the row has focus, so
  // closing the dialog returns there.
  const onFocusTargetShown = useCallback(
    (target: BoardFocusTarget) => {
      if (landed?.keyResult && landed.keyResult.id === target.keyResultId) {
        if (landed.checkIn) setCheckInOn(landed.keyResult);
        else setHistoryOf(landed.keyResult);
      }
    },
    [landed],
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

  const onCheckInSaved = useCallback<BoardScreenState['onCheckInSaved']>(
    (saved) => {
      applyCheckIns(saved);
      setCheckInOn(undefined);
      const [first] = saved;
      if (first) {
        const now = formatKeyResultMeasure(first.keyResult, first.keyResult.current, locale);
        const message = `Check-in saved: ${first.keyResult.title} is now ${now}.`;
        setAnnouncement(message);
        showSaved(message);
      }
    },
    [applyCheckIns, locale, showSaved],
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

  return {
    data,
    reload,
    board,
    teams,
    label,
    ownTeamId: shownTeamIds?.[0],
    exportCsv: useCallback(
      () => downloadCsv(`${label.replace(/[\\/:*?"<>|]/g, '')}.csv`, boardCsv(teams)),
      [label, teams],
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
  };
}
