import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useToasts, useToastWaiting } from '../../components/Toasts/toasts';
import { useAppServices } from '../../app/AppServices';
import { useBoardWords } from '../../board/board-words';
import { boardOwnedBy } from '../../board/boardView';
import { useParentsElsewhere } from '../../board/useParentsElsewhere';
import { useBoardData } from '../../board/useBoardData';
import { useOkrsElsewhere } from '../../board/useOkrsElsewhere';
import { useDeepLink } from '../../deepLink/useDeepLink';
import type { BoardScreenProps, BoardScreenState } from './BoardScreen.types';
import { toastMessage } from '../../components/Toasts/toastMessage';
import type { CopiedLink } from '../../hooks/useCopyLink';
import { useBoardActions } from './useBoardActions';
import { useBoardCheckIn, useBoardHistory } from './useBoardDialogs';
import { useBoardEditing } from './useBoardEditing';
import { useBoardLanding } from './useBoardLanding';
import { useBoardView, type ExportFormat } from './useBoardView';
import { useNudge } from '../../hooks/useNudge';
import { useFocusReturn } from '../../hooks/useFocusReturn';
import { focusAfterRetry } from '../../components/States/focusAfterRetry';
import { focusElement } from '../../components/Board/boardElements';
import { useModuleAfterPaint } from '../../hooks/useModuleAfterPaint';
import { reloadable } from '../../../reloadable';

// What a closed cycle's board shows of how it ended loads for such a board only.
const loadClosedCycle = reloadable(() => import('../../board/closedCycleParts'));

export function useBoardScreen({
  request: ownRequest,
  mine: ownMine = false,
  noneOwned,
  noCycle,
  editable = false,
  open,
  layout = 'board',
  onSelectCycle,
  subTeams,
}: BoardScreenProps): BoardScreenState {
  const { operatingModel, me, firstScreenReady } = useAppServices();
  const words = useBoardWords();
  const { say } = words;
  // A deep link may show another team's or cycle's board, the one holding its target.
  const deepLink = useDeepLink(ownRequest, ownMine, open?.target);
  const { mine } = deepLink;
  // A large board shows before its check-ins are in (they are several times its KRs).
  const boardData = useBoardData(deepLink.request, { storedFirst: true });
  const { data, reload, applyCheckIns, applyCorrection } = boardData;
  const [announcement, setAnnouncement] = useState('');

  const board = useMemo(() => {
    if (data.status !== 'ready') return undefined;
    return mine ? boardOwnedBy(data.board, me) : data.board;
  }, [data, mine, me]);
  const history = data.status === 'ready' ? data.history : undefined;

  useEffect(() => {
    if (data.status !== 'loading') firstScreenReady();
  }, [data.status, firstScreenReady]);

  const cycle = board?.cycle;
  const closed = cycle?.state === 'closed';
  const closedCycle = useModuleAfterPaint(loadClosedCycle, closed);
  // The tab's own teams: the board also carries others (for alignment), which it does not show.
  const shownTeamIds = deepLink.request.teamIds;
  const shownTeams = board?.teams
    .filter((team) => !shownTeamIds || shownTeamIds.includes(team.id))
    .map((team) => team.name);
  const teamNames = shownTeams?.join(', ');
  const named = mine
    ? say('My OKRs')
    : shownTeamIds
      ? (teamNames ?? say('OKR board'))
      : say('All OKRs');
  const label = cycle ? say('{board}, {cycle}', { board: named, cycle: cycle.name }) : named;

  const nudge = useNudge();
  const copiedToast = useCallback(
    ({ named: link }: CopiedLink) => toastMessage(say('{link} copied', { link })),
    [say],
  );
  const actions = useBoardActions({
    board,
    data: boardData,
    renderToast: copiedToast,
  });
  const { dispatchToast } = useToasts(actions.toasterId);
  const showSaved = useCallback(
    (message: string) => dispatchToast(toastMessage(message), { intent: 'success' }),
    [dispatchToast],
  );
  const onExportFailed = useCallback(
    (format: ExportFormat) =>
      dispatchToast(
        toastMessage(
          say('The {format} export failed', { format }),
          say(
            format === 'Excel'
              ? 'Try the CSV export instead.'
              : 'Check the connection and try again.',
          ),
        ),
        { intent: 'error' },
      ),
    [dispatchToast, say],
  );
  const onNothingToExport = useCallback(
    () =>
      dispatchToast(
        toastMessage(
          say('Nothing to export'),
          say(
            'No objective or key result matches the search and filters. Clear them to export the whole board.',
          ),
        ),
        {
          intent: 'warning',
        },
      ),
    [dispatchToast, say],
  );
  // Where objectives align on other boards (a year's, another team's): after the first paint.
  const withParentsElsewhere = useParentsElsewhere(
    data.status === 'ready' ? data.board : undefined,
  );
  const view = useBoardView({
    board,
    history,
    whole: data.status === 'ready' ? data.board : undefined,
    teamIds: shownTeamIds,
    withParentsElsewhere,
    label,
    ownCycleId: ownRequest.cycleId,
    layout,
    closedCycle,
    copy: actions.copyLink.copy,
    onExportFailed,
    onExported: showSaved,
    onNothingToExport,
  });

  // An empty board (not My OKRs, where the viewer owns nothing) says where its teams' OKRs are.
  const elsewhere = useOkrsElsewhere(
    !mine && view.shown.objectivesOnBoard === 0 ? cycle : undefined,
    shownTeamIds,
  );
  const historyDialog = useBoardHistory(history);
  const region = useRef<HTMLElement>(null);
  const checkIn = useBoardCheckIn(applyCheckIns);
  const editing = useBoardEditing({
    board,
    data: boardData,
    showSaved,
    shownTeamIds,
  });
  const landing = useBoardLanding({
    deepLink,
    data,
    board,
    opened: open !== undefined,
    edit: editable && open?.edit === true,
    ownMine,
    announce: setAnnouncement,
    openCheckIn: checkIn.open,
    openHistory: historyDialog.open,
    openEditor: editing.open,
  });
  const askedOfOverlays = [
    checkIn.keyResult,
    historyDialog.keyResult,
    editing.editor,
    actions.statusOf,
    actions.deleting,
    actions.copyLink.refused,
  ];
  const askedNow = askedOfOverlays.some((asked) => asked !== undefined);
  // Closing a dialog gives focus back to what opened it: a row's button, or the row a link
  // landed on. Once that went with a deleted KR, focus goes to its objective's card; with a
  // deleted objective, to the board.
  const deletedFrom = useRef<string | undefined>(undefined);
  const { deleting } = actions;
  useEffect(() => {
    if (deleting) {
      deletedFrom.current =
        deleting.kind === 'keyResult' ? deleting.keyResult.objectiveId : undefined;
    }
  }, [deleting]);
  const placeOfDeleted = useCallback(() => {
    const objectiveId = deletedFrom.current;
    const place =
      (region.current && objectiveId && focusElement(region.current, { objectiveId })) ||
      region.current;
    // Focusable from script only, as a card or region that receives focus is.
    if (place && !place.hasAttribute('tabindex')) place.tabIndex = -1;
    return place;
  }, []);
  useFocusReturn(askedNow, undefined, placeOfDeleted);
  // The dialogs, editors and toasters load when one is first asked for (a toast waiting for its
  // toaster asks for them too), and stay: each costs the page its compiled code and state
  // (about 1 MB of heap on a 2,000-KR board) that a reader who only looks never needs.
  const toastWaiting = useToastWaiting([actions.toasterId, nudge.toasterId]);
  const [overlaysLoaded, setOverlaysLoaded] = useState(false);
  const overlays = overlaysLoaded || askedNow || toastWaiting;
  if (overlays && !overlaysLoaded) setOverlaysLoaded(true);
  const retry = useCallback(() => {
    focusAfterRetry(() => region.current);
    reload();
  }, [reload]);

  return {
    words,
    // A closed cycle's board shows once what it shows of how the cycle ended is in.
    data: closed && !closedCycle ? { status: 'loading' } : data,
    closedCycle: closed ? closedCycle : undefined,
    retry,
    region,
    board,
    cycle,
    label,
    ownTeamId: shownTeamIds?.[0],
    confidenceMax: operatingModel.confidenceScale.max,
    mine,
    layout,
    // A closed cycle is read-only until an admin reopens it (README, "Close a cycle").
    editable: editable && cycle?.state !== 'closed',
    canSetStatus: (editable || mine) && cycle?.state !== 'closed',
    announcement,
    overlays,
    askedOfOverlays,
    view,
    checkIn,
    history: historyDialog,
    editing,
    landing,
    actions,
    // Nobody is asked to check in on a closed cycle (it takes none).
    nudge: mine || cycle?.state === 'closed' ? undefined : nudge,
    noneOwned,
    noCycle,
    okrsElsewhere: {
      cycles: elsewhere,
      teamNames: shownTeamIds ? (shownTeams ?? []) : [],
      show: onSelectCycle,
    },
    applyCorrection,
    subTeams: shownTeamIds === ownRequest.teamIds ? subTeams : undefined,
  };
}
