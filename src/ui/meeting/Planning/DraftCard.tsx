import { useMemo } from 'react';
import { Field, mergeClasses, Select, Switch, Text, Textarea } from '@fluentui/react-components';
import { objectiveOfDraft } from '../../../core/rituals';
import { useAppServices } from '../../app/AppServices';
import { CoachingFindings } from '../../components/CoachingFindings/CoachingFindings';
import { fieldMessage } from '../../components/FieldMessage/fieldMessage';
import { coachNewObjective } from '../../components/ObjectiveEditor/coachNewObjective';
import { useCoachedText } from '../../hooks/useCoachedText';
import type { DraftView, PlanningState } from './Planning.types';
import type { usePlanningStyles } from './usePlanningStyles';

const fixKinds = ['rewriteAsOutcome', 'addBaseline'] as const;

/** The id of a draft's objective field: where its broken rules are shown and fixed. */
export const draftTitleId = (draftId: string): string => `draft-${draftId}-title`;

interface DraftCardProps {
  readonly view: DraftView;
  readonly position: number;
  readonly state: PlanningState;
  readonly styles: ReturnType<typeof usePlanningStyles>;
}

/**
 * One shared draft: its fields, who is editing it, whether the team accepted it, and last (so
 * that nothing above moves when the coach speaks) the coach's findings, which every
 * participant's coach reads from the same shared text after the same pause.
 */
export function DraftCard({ view, position, state, styles }: DraftCardProps) {
  const { operatingModel, me } = useAppServices();
  const { draft, status, editors } = view;
  const { board } = state;
  const coaching = useCoachedText(draft.title);
  const coached = coaching.coached.trim();
  const findings = useMemo(
    () =>
      coached
        ? coachNewObjective(
            {
              ...objectiveOfDraft(
                { ...draft, title: coached },
                { cycleId: board.cycle.id, owner: me },
              ),
              id: '',
            },
            board,
            operatingModel,
          )
        : [],
    [coached, draft, board, me, operatingModel],
  );
  const open = status.kind === 'open';
  const { say } = state;
  const name = say('Draft {position}', { position });
  const titleId = draftTitleId(draft.id);
  return (
    <li
      className={mergeClasses(styles.draft, editors.length > 0 && styles.editing)}
      aria-label={name}
      data-draft={draft.id}
    >
      <Field
        label={say('Draft {position}: objective', { position })}
        hint={say('Started by {name}', { name: draft.startedBy })}
        {...fieldMessage(view.problem)}
      >
        <Textarea
          id={titleId}
          rows={2}
          resize="vertical"
          value={draft.title}
          disabled={!open}
          onChange={(_event, data) => state.edit(draft.id, { title: data.value })}
          onFocus={() => state.editing(draft.id)}
          onBlur={() => {
            state.editing(undefined);
            coaching.settleNow();
          }}
        />
      </Field>
      {state.teams.length > 1 ? (
        <Field label={say('Draft {position}: team', { position })}>
          <Select
            value={draft.teamId}
            disabled={!open}
            onChange={(_event, data) => state.edit(draft.id, { teamId: data.value })}
            onFocus={() => state.editing(draft.id)}
            onBlur={() => state.editing(undefined)}
          >
            {state.teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Text size={200} className={styles.muted} data-editors={editors.join(', ')}>
        {editors.length
          ? say('Editing now: {names}', { names: editors.join(', ') })
          : say('Nobody is editing it now.')}
      </Text>
      <div className={styles.actions}>
        <Switch
          label={say('Accepted by the team')}
          checked={draft.accepted}
          disabled={!open}
          onChange={(_event, data) => state.edit(draft.id, { accepted: data.checked })}
        />
        {status.kind === 'saving' ? (
          <Text size={200}>{say('Being saved by {name}…', { name: status.by })}</Text>
        ) : status.kind === 'saved' ? (
          <Text size={200} weight="semibold">
            {say('Saved to the board by {name}', { name: status.by })}
          </Text>
        ) : null}
      </div>
      {coached ? (
        <CoachingFindings
          findings={findings}
          label={say('Coaching on draft {position}', { position })}
          coachedText={coached}
          emptyMessage={say('Nothing to add: this reads like a good objective.')}
          fixKinds={fixKinds}
          onFix={(fix) => {
            state.edit(draft.id, { title: fix.text });
            coaching.settleNow(fix.text);
          }}
        />
      ) : null}
    </li>
  );
}
