import { useToastController } from '@fluentui/react-components';
import { useCallback, useMemo } from 'react';
import type { Board } from '../../store/repository';
import { useAppServices, useLocale } from '../../ui/app/AppServices';
import { useSay, type Say } from '../../ui/board/say';
import { today } from '../../ui/board/useBoardData';
import { coachHealth, type CoachItem } from '../../ui/coach/coachHealth';
import { CoachHealthView } from '../../ui/components/CoachHealthView/CoachHealthView';
import type { CoachActions } from '../../ui/components/CoachHealthView/CoachHealthView.types';
import { CopyLinkDialog } from '../../ui/components/CopyLinkDialog/CopyLinkDialog';
import { toastMessage } from '../../ui/components/Toasts/toastMessage';
import { useCopyLink, type CopiedLink } from '../../ui/hooks/useCopyLink';
import { useNudge } from '../../ui/hooks/useNudge';
import { AcrossTeams } from '../../ui/screens/AcrossTeams';
import type { BoardOpening } from '../../ui/screens/BoardScreen/BoardScreen.types';

const linkTarget = (item: CoachItem) =>
  item.kind === 'keyResult'
    ? ({ type: 'keyResult', id: item.keyResult.id } as const)
    : ({ type: 'objective', id: item.objective.id } as const);

const linkName = (item: CoachItem, say: Say) =>
  item.kind === 'keyResult'
    ? say('Link to the key result “{title}”', { title: item.keyResult.title })
    : say('Link to the objective “{title}”', { title: item.objective.title });

/** "Coaching Sales and Marketing · Q4 2026": the tab's teams (every team) and the cycle shown. */
function scopeOf(
  board: Board,
  teamIds: readonly string[] | undefined,
  say: Say,
  locale: string,
): string {
  const cycle = board.cycle.name;
  if (!teamIds) return say('Coaching every team · {cycle}', { cycle });
  const names = board.teams.filter((team) => teamIds.includes(team.id)).map((team) => team.name);
  const teams = names.length
    ? new Intl.ListFormat(locale, { type: 'conjunction' }).format(names)
    : say('this tab’s teams');
  return say('Coaching {teams} · {cycle}', { teams, cycle });
}

/**
 * Health of the tab's teams for a coach, each OKR to open on the board, check in on or edit
 * there (the board's own dialogs), link to or nudge; its own chunk (with the coaching rules),
 * loaded on demand.
 */
export default function CoachView({
  cycleId,
  teamIds,
  onOpen,
}: {
  readonly cycleId: string;
  /** Every team when omitted. */
  readonly teamIds?: readonly string[];
  readonly onOpen: (opening: BoardOpening) => void;
}) {
  const { operatingModel, roles, me } = useAppServices();
  const say = useSay();
  const locale = useLocale();
  const nudge = useNudge();
  const { dispatchToast } = useToastController(nudge.toasterId);
  const onCopied = useCallback(
    ({ named }: CopiedLink) =>
      dispatchToast(toastMessage(say('{link} copied', { link: named })), {
        intent: 'success',
      }),
    [dispatchToast, say],
  );
  const copyLink = useCopyLink(onCopied);
  const { copy } = copyLink;
  const actions = useMemo(
    (): CoachActions => ({
      open: (item) => onOpen({ target: linkTarget(item) }),
      copyLink: (item) => copy(linkTarget(item), linkName(item, say)),
      // As on the board: the owner, and the coaches and admins who keep the OKRs in shape.
      mayChange: (item) => {
        const owner = item.kind === 'keyResult' ? item.keyResult.owner : item.objective.owner;
        return roles.coach || roles.admin || owner?.id === me.id;
      },
      checkIn: (keyResult) => onOpen({ target: { type: 'checkIn', id: keyResult.id } }),
      edit: (item) => onOpen({ target: linkTarget(item), edit: true }),
    }),
    [onOpen, copy, roles, me, say],
  );
  return (
    <>
      <AcrossTeams cycleId={cycleId} loading={say('Loading the coach view')}>
        {(board, history) => (
          <CoachHealthView
            health={coachHealth(board, history, operatingModel, today(), teamIds)}
            confidenceMax={operatingModel.confidenceScale.max}
            scope={scopeOf(board, teamIds, say, locale)}
            nudge={nudge}
            actions={actions}
          />
        )}
      </AcrossTeams>
      <CopyLinkDialog
        link={copyLink.refused?.link}
        named={copyLink.refused?.named ?? ''}
        onDismiss={copyLink.closeRefused}
      />
    </>
  );
}
