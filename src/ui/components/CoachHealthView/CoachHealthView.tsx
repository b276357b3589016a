import { Body1, Button, Caption1, CounterBadge, Subtitle2 } from '@fluentui/react-components';
import {
  AlertUrgentRegular,
  CheckmarkCircleRegular,
  EditRegular,
  LinkRegular,
  OpenRegular,
} from '@fluentui/react-icons';
import { formatDay } from '../../../core/format';
import type { KeyResult } from '../../../core/model';
import { isRolledUp } from '../../../core/roll-up';
import type { ReactElement, ReactNode } from 'react';
import type { CoachItem } from '../../coach/coachHealth';
import { useCoachHealthViewStyles } from './useCoachHealthViewStyles';
import type { CoachActions, CoachHealthViewProps } from './CoachHealthView.types';
import { BottomToaster } from '../Toasts/Toasts';
import { useLocale } from '../../app/AppServices';
import { useSay } from '../../board/say';

function Section({
  title,
  count,
  empty,
  children,
}: {
  readonly title: string;
  readonly count: number;
  readonly empty: string;
  readonly children: ReactNode;
}) {
  const styles = useCoachHealthViewStyles();
  return (
    <section className={styles.section} aria-label={title}>
      <Subtitle2 as="h2">
        {title}{' '}
        <CounterBadge count={count} showZero appearance="ghost" color="informative" aria-hidden />
      </Subtitle2>
      {count === 0 ? (
        <Caption1 className={styles.quiet}>{empty}</Caption1>
      ) : (
        <ul className={styles.list}>{children}</ul>
      )}
    </section>
  );
}

function NudgeButton({
  keyResult,
  nudge,
}: {
  readonly keyResult: KeyResult;
  readonly nudge: CoachHealthViewProps['nudge'];
}) {
  const say = useSay();
  if (!nudge?.canNudge(keyResult)) return null;
  return (
    <Button
      size="small"
      appearance="subtle"
      icon={<AlertUrgentRegular />}
      disabledFocusable={nudge.sending === keyResult.id}
      onClick={() => nudge.nudge(keyResult)}
      aria-label={say('Nudge owner, {owner}, to check in on {title}', {
        owner: keyResult.owner?.displayName ?? say('the owner'),
        title: keyResult.title,
      })}
    >
      {say('Nudge owner')}
    </Button>
  );
}

/**
 * What can be done with a listed objective or KR: open it on the board, check in and edit (for
 * who may), copy its link, and nudge its owner where the section calls for a check-in.
 */
function ItemActions({
  item,
  actions,
  nudge,
}: {
  readonly item: CoachItem;
  readonly actions: CoachActions | undefined;
  readonly nudge?: CoachHealthViewProps['nudge'];
}) {
  const styles = useCoachHealthViewStyles();
  const say = useSay();
  const keyResult = item.kind === 'keyResult' ? item.keyResult : undefined;
  const title = keyResult?.title ?? (item.kind === 'objective' ? item.objective.title : '');
  const mayChange = actions?.mayChange(item) ?? false;
  if (!actions && !(keyResult && nudge?.canNudge(keyResult))) return null;
  const action = (icon: ReactElement, text: string, name: string, run: () => void) => (
    <Button size="small" appearance="subtle" icon={icon} onClick={run} aria-label={name}>
      {text}
    </Button>
  );
  return (
    <div className={styles.actions} role="group" aria-label={say('Actions on {title}', { title })}>
      {actions
        ? action(<OpenRegular />, say('Open'), say('Open {title} on the board', { title }), () =>
            actions.open(item),
          )
        : null}
      {actions && keyResult && mayChange && isRolledUp(keyResult) ? (
        // Its progress comes from the OKRs aligned to it: no check-in of its own.
        <Caption1 className={styles.rolledUp}>{say('Rolled up: check in on its sources')}</Caption1>
      ) : actions && keyResult && mayChange ? (
        action(
          <CheckmarkCircleRegular />,
          say('Check in'),
          say('Check in on {title}', { title }),
          () => actions.checkIn(keyResult),
        )
      ) : null}
      {actions && mayChange
        ? action(<EditRegular />, say('Edit'), say('Edit {title}', { title }), () =>
            actions.edit(item),
          )
        : null}
      {actions
        ? action(<LinkRegular />, say('Copy link'), say('Copy link to {title}', { title }), () =>
            actions.copyLink(item),
          )
        : null}
      {keyResult ? <NudgeButton keyResult={keyResult} nudge={nudge} /> : null}
    </div>
  );
}

/** Health across teams: stale KRs, falling confidence, unaligned and weakly written OKRs, quiet teams. */
export function CoachHealthView({
  health,
  confidenceMax,
  scope,
  nudge,
  actions,
}: CoachHealthViewProps) {
  const styles = useCoachHealthViewStyles();
  const locale = useLocale();
  const say = useSay();
  const owner = (keyResult: KeyResult) =>
    keyResult.owner ? ` · ${keyResult.owner.displayName}` : '';
  return (
    // Focusable so keyboard users can scroll it past lists without controls.
    <div className={styles.root} role="region" aria-label={say('Health across teams')} tabIndex={0}>
      {nudge ? <BottomToaster toasterId={nudge.toasterId} /> : null}
      {scope ? (
        <Body1 as="p" className={styles.scope}>
          {scope}
        </Body1>
      ) : null}
      <Section
        title={say('Stale key results')}
        count={health.staleKeyResults.length}
        empty={say('Every key result was checked in recently.')}
      >
        {health.staleKeyResults.map(({ keyResult, daysSinceCheckIn }) => (
          <li key={keyResult.id}>
            <Body1>{keyResult.title}</Body1>
            <Caption1 className={styles.detail}>
              {daysSinceCheckIn === undefined
                ? say('Never checked in')
                : say('Last check-in {count} {count|day|days} ago', { count: daysSinceCheckIn })}
              {owner(keyResult)}
            </Caption1>
            <ItemActions item={{ kind: 'keyResult', keyResult }} actions={actions} nudge={nudge} />
          </li>
        ))}
      </Section>
      <Section
        title={say('Confidence falling')}
        count={health.fallingConfidence.length}
        empty={say('No confidence is falling.')}
      >
        {health.fallingConfidence.map(({ keyResult, previous, latest }) => (
          <li key={keyResult.id}>
            <Body1>{keyResult.title}</Body1>
            <Caption1 className={styles.detail}>
              {say('From {previous}/{max} to {latest}/{max}', {
                previous,
                latest,
                max: confidenceMax,
              })}
              {owner(keyResult)}
            </Caption1>
            <ItemActions item={{ kind: 'keyResult', keyResult }} actions={actions} nudge={nudge} />
          </li>
        ))}
      </Section>
      <Section
        title={say('Overdue initiatives')}
        count={health.overdueInitiatives.length}
        empty={say('No initiative is past its due date.')}
      >
        {health.overdueInitiatives.map(({ initiative, keyResult }) => (
          <li key={initiative.id}>
            <Body1>{initiative.title}</Body1>
            <Caption1 className={styles.detail}>
              {[
                initiative.dueDate &&
                  say('Due {day}', { day: formatDay(initiative.dueDate, locale) }),
                say('for {title}', { title: keyResult.title }),
                initiative.owner?.displayName,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Caption1>
            <ItemActions item={{ kind: 'keyResult', keyResult }} actions={actions} />
          </li>
        ))}
      </Section>
      <Section
        title={say('Not aligned')}
        count={health.unaligned.length}
        empty={say('Every team objective aligns to another.')}
      >
        {health.unaligned.map((objective) => (
          <li key={objective.id}>
            <Body1>{objective.title}</Body1>
            <ItemActions item={{ kind: 'objective', objective }} actions={actions} />
          </li>
        ))}
      </Section>
      <Section
        title={say('Weakly written')}
        count={health.weaklyWritten.length}
        empty={say('The coach has no wording concerns.')}
      >
        {health.weaklyWritten.map((weak) => (
          <li
            key={`${weak.item.kind}-${weak.item.kind === 'objective' ? weak.item.objective.id : weak.item.keyResult.id}`}
          >
            <Body1>{weak.title}</Body1>
            {weak.findings.map((finding) => (
              <div key={finding.rule} className={styles.detail}>
                <Caption1>
                  {say('{finding} Try: {suggestion}', {
                    finding: finding.message,
                    suggestion: finding.suggestion,
                  })}
                </Caption1>
                {/* The source is there for who asks, not repeated in every line. */}
                <details className={styles.why}>
                  <summary>
                    <Caption1>{say('Why?')}</Caption1>
                  </summary>
                  <Caption1>{finding.citation}</Caption1>
                </details>
              </div>
            ))}
            <ItemActions item={weak.item} actions={actions} />
          </li>
        ))}
      </Section>
      <Section
        title={say('Teams that have not checked in')}
        count={health.quietTeams.length}
        empty={say('Every team checked in this week.')}
      >
        {health.quietTeams.map((team) => (
          <li key={team.id}>
            <Body1>{team.name}</Body1>
          </li>
        ))}
      </Section>
    </div>
  );
}
