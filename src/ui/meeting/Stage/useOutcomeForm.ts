import { useCallback, useEffect, useRef, useState, type Ref } from 'react';
import { formatKeyResultMeasure, type MeasureWords } from '../../../core/format';
import type { ValidationIssue } from '../../../core/issues';
import { formatForTyping } from '../../../core/format-for-typing';
import type { Cycle, KeyResult, Person } from '../../../core/model';
import type { OperatingModel } from '../../../core/operating-model';
import {
  nextRevision,
  roundCheckInClientId,
  type RoundAction,
  type RoundControl,
  type VoteStatistics,
} from '../../../core/rituals';
import { ConflictError } from '../../../store/errors';
import type { OkrRepository, CheckInSaveReport } from '../../../store/repository';
import { useFocusRefusedField } from '../../hooks/useFocusRefusedField';
import { useModuleAfterPaint } from '../../hooks/useModuleAfterPaint';
import type { MeetingSay } from '../meeting-words';
import { reloadable } from '../../../reloadable';
import { dayOf } from '../../app/day-of';

// The check-in's validation (the core's rules and messages) loads once the stage is painted,
// long before the facilitator saves an outcome: saving waits for it only if it has not come yet.
// Which of its issues ask to confirm a value comes with it (not in the stage's first screen).
const loadCheckInRules = reloadable(() => import('../../../core/check-in'));
const loadPlausibility = reloadable(() => import('../../../core/plausibility'));
const loadCheckIn = () =>
  Promise.all([loadCheckInRules(), loadPlausibility()]).then(
    ([{ createCheckIn, typedAgainst }, { asksToConfirmValue, parseKeyResultValue }]) => ({
      createCheckIn,
      typedAgainst,
      asksToConfirmValue,
      parseKeyResultValue,
    }),
  );

/** The outcome's fields that a refused save speaks of, each under its own input. */
const outcomeFields = ['value', 'confidence', 'note'] as const;
export type OutcomeFieldIssues = Partial<Record<(typeof outcomeFields)[number], string>>;

export interface OutcomeForm {
  readonly agreedValue: string;
  /** How an agreed value typed the other way round (`1.5` in German) is read. */
  readonly agreedValueReading: string | undefined;
  /** Why the last save was refused, field by field. */
  readonly fieldIssues: OutcomeFieldIssues;
  /** The form: a save refused for a field takes the focus to that field, as the check-in dialog does. */
  readonly formRef: Ref<HTMLFormElement>;
  /** The agreed value is a big jump or past 100%: why it needs confirming (and a note) before it is saved. */
  readonly jumpToConfirm: string | undefined;
  readonly confirmedJump: boolean;
  readonly setConfirmedJump: (confirmed: boolean) => void;
  readonly setAgreedValue: (value: string) => void;
  readonly agreedConfidence: string;
  readonly setAgreedConfidence: (value: string) => void;
  readonly note: string;
  readonly setNote: (note: string) => void;
  readonly saving: boolean;
  readonly save: () => void;
  /** A newer check-in was saved since the participants saw the KR: what it says now. */
  readonly newerCheckIn: string | undefined;
  /** Shows the KR as it is now, to agree on it and save again. */
  readonly loadNewer: () => void;
}

interface OutcomeContext {
  readonly keyResult: KeyResult | undefined;
  readonly control: RoundControl;
  readonly cycle: Cycle | undefined;
  readonly statistics: VoteStatistics | undefined;
  readonly proposal: string;
  readonly prompt: string | undefined;
  readonly me: Person;
  /** The reader's locale: the value is shown and read in it. */
  readonly locale: string;
  readonly meetingId: string;
  readonly model: OperatingModel;
  readonly repository: OkrRepository;
  readonly onSaved: (report: CheckInSaveReport) => void;
  /** The KR as the store has it now, after a conflict. */
  readonly onNewer: (keyResult: KeyResult) => void;
  readonly step: (action: RoundAction) => Promise<void>;
  readonly setProblem: (problem: string | undefined) => void;
  readonly describe: (error: unknown) => string;
  readonly say: MeetingSay;
  /** A validation issue of the core's, in the reader's language. */
  readonly issue: (issue: ValidationIssue) => string;
  readonly measure: MeasureWords;
}

/**
 * The facilitator's outcome for the KR under review: the agreed value and confidence (proposed
 * from the KR and the median vote), saved once as a meeting check-in, then shared as the outcome.
 */
export function useOutcomeForm(context: OutcomeContext): OutcomeForm {
  const { keyResult, control, proposal, locale, setProblem, say, issue, measure } = context;
  const [agreedValue, setAgreedValue] = useState('');
  const [agreedConfidence, setAgreedConfidence] = useState('');
  const [note, setNote] = useState('');
  const [confirmedJump, setConfirmedJump] = useState(false);
  const [jumpToConfirm, setJumpToConfirm] = useState<string>();
  const [fieldIssues, setFieldIssues] = useState<OutcomeFieldIssues>({});
  const [saving, setSaving] = useState(false);
  const [newer, setNewer] = useState<KeyResult>();
  const savingRef = useRef(false);
  const refusal = useFocusRefusedField();

  const latest = useRef(context);
  latest.current = context;
  const rules = useModuleAfterPaint(loadCheckIn);
  const typed = rules && keyResult && rules.parseKeyResultValue(agreedValue, keyResult, locale);

  // A new KR, a newer version of it or a new reveal proposes its own outcome: the current value
  // and the median vote. The board is read again while people talk (live refresh, cache
  // revalidation); an unchanged KR read again is not a new one and keeps what the facilitator typed.
  // Proposed in the render that shows the new outcome, not in an effect after it: a value typed
  // into the form as it appears is never replaced a moment later.
  const shownKeyResult =
    keyResult && `${keyResult.id}@${keyResult.version ?? ''}:${keyResult.current}`;
  const outcomeFor = `${shownKeyResult}|${control.phase}|${locale}`;
  const [proposedFor, setProposedFor] = useState<string>();
  const [proposedConfidence, setProposedConfidence] = useState(proposal);
  if (proposedFor !== outcomeFor) {
    setProposedFor(outcomeFor);
    setProposedConfidence(proposal);
    setAgreedValue(keyResult ? formatForTyping(keyResult.current, locale) : '');
    setAgreedConfidence(proposal);
    setNote('');
    setConfirmedJump(false);
    setJumpToConfirm(undefined);
    setFieldIssues({});
    setNewer(undefined);
  } else if (proposedConfidence !== proposal) {
    // The median moved on the same reveal (a vote revealed late, a voter's connection gone): a
    // confidence the facilitator left as proposed follows it; what they typed stays.
    setProposedConfidence(proposal);
    if (agreedConfidence === proposedConfidence) setAgreedConfidence(proposal);
  }
  // The stage's problem line is the stage's state: cleared once the new outcome is shown, but for
  // a save another facilitator's went ahead of, said until the round moves to another KR.
  const outranByOther = useRef<string>();
  const keyResultId = keyResult?.id;
  useEffect(() => {
    if (outranByOther.current === keyResultId) return;
    outranByOther.current = undefined;
    setProblem(undefined);
  }, [outcomeFor, keyResultId, setProblem]);

  const save = useCallback(() => {
    const { keyResult, cycle, me, meetingId, model, repository, statistics, prompt } =
      latest.current;
    if (!keyResult || !cycle || savingRef.current) return;
    // Saved earlier in this round (gone back to): this save is a correction, a check-in of its own.
    const earlier = control.outcomes[keyResult.id];
    const revision = nextRevision(control, keyResult.id);
    savingRef.current = true;
    setSaving(true);
    // Another attempt: what it leads to replaces the notice of the one outrun.
    outranByOther.current = undefined;
    loadCheckIn()
      .then(async ({ createCheckIn, typedAgainst, asksToConfirmValue }) => {
        const checkIn = createCheckIn(
          { value: agreedValue, confidence: agreedConfidence, note, confirmedJump },
          {
            keyResult,
            author: me,
            at: new Date().toISOString(),
            clientId: roundCheckInClientId(control.roundId, keyResult.id, revision),
            source: 'meeting',
            meetingId,
            cycle,
            dayOf,
            confidenceRequired: true,
          },
          { ...model, locale: latest.current.locale },
        );
        if (!checkIn.ok) {
          // Said where it is fixed: under its field, or at the jump's confirmation box.
          const byField: Record<string, string> = {};
          const others: string[] = [];
          const said = latest.current.issue;
          for (const found of checkIn.issues) {
            if (asksToConfirmValue(found)) setJumpToConfirm(said(found));
            else if ((outcomeFields as readonly string[]).includes(found.field))
              byField[found.field] ??= said(found);
            else others.push(said(found));
          }
          setFieldIssues(byField);
          setProblem(others.length > 0 ? others.join(' ') : undefined);
          refusal.check();
          return;
        }
        setFieldIssues({});
        // The KR the participants saw: a check-in saved meanwhile is a conflict, not overwritten.
        const draft = { ...checkIn.value, ...typedAgainst(keyResult) };
        const report = await repository.saveCheckIns([draft]);
        const saved = report.saved[0];
        const conflict = report.conflicts[0]?.error;
        if (!saved && conflict?.theirs) {
          setNewer(conflict.theirs);
          return;
        }
        if (!saved) {
          const failure = report.failed[0]?.error ?? report.conflicts[0]?.error;
          // The round's check-in of this KR is one (its client id), saved with other values:
          // another facilitator (organizer and presenters each have the form) saved first.
          if (failure instanceof ConflictError && !failure.theirs) {
            outranByOther.current = keyResult.id;
            latest.current.setProblem(
              latest.current.say(
                'Someone else saved this round’s check-in of this key result first, with other values: yours ({value}, confidence {confidence}) was not saved. Theirs is the round’s outcome: to change it, save a correction.',
                { value: agreedValue, confidence: agreedConfidence },
              ),
            );
            return;
          }
          throw failure ?? new Error(latest.current.say('The check-in was not saved.'));
        }
        latest.current.onSaved(report);
        await latest.current.step({
          type: 'saved',
          outcome: {
            keyResultId: keyResult.id,
            value: saved.checkIn.value,
            confidence: saved.checkIn.confidence ?? Number(agreedConfidence),
            // A correction keeps what the KR was before the round, and says what it corrects.
            ...(earlier
              ? {
                  ...(earlier.previousValue === undefined
                    ? {}
                    : { previousValue: earlier.previousValue }),
                  ...(earlier.previousConfidence === undefined
                    ? {}
                    : { previousConfidence: earlier.previousConfidence }),
                  revision,
                  corrects: {
                    value: earlier.value,
                    confidence: earlier.confidence,
                    checkInClientId: earlier.checkInClientId,
                    savedBy: earlier.savedBy,
                  },
                }
              : {
                  previousValue: keyResult.current,
                  ...(keyResult.confidence === undefined
                    ? {}
                    : { previousConfidence: keyResult.confidence }),
                }),
            checkInClientId: saved.checkIn.clientId,
            savedBy: me.displayName,
            // A correction without a new vote keeps the votes the saved check-in came from.
            ...(statistics
              ? { votes: { count: statistics.count, median: statistics.median } }
              : earlier?.votes
                ? { votes: earlier.votes }
                : {}),
            ...(prompt ? { prompt } : {}),
          },
        });
      })
      .catch((error: unknown) => setProblem(latest.current.describe(error)))
      .finally(() => {
        savingRef.current = false;
        setSaving(false);
      });
  }, [agreedValue, agreedConfidence, note, confirmedJump, control, setProblem, refusal]);

  return {
    agreedValue,
    agreedValueReading: typed && typed.ok && typed.readAs ? issue(typed.readAs) : undefined,
    fieldIssues,
    formRef: refusal.form,
    jumpToConfirm,
    confirmedJump,
    setConfirmedJump,
    setAgreedValue,
    agreedConfidence,
    setAgreedConfidence,
    note,
    setNote,
    saving,
    save,
    newerCheckIn: newer && newerCheckInText(newer, locale, measure, say),
    loadNewer: () => {
      if (newer) latest.current.onNewer(newer);
    },
  };
}

function newerCheckInText(
  keyResult: KeyResult,
  locale: string,
  measure: MeasureWords,
  say: MeetingSay,
): string {
  const params = {
    title: keyResult.title,
    value: formatKeyResultMeasure(keyResult, keyResult.current, locale, measure),
    confidence: keyResult.confidence ?? '',
  };
  return say(
    keyResult.confidence === undefined
      ? 'A newer check-in was saved while you met: {title} is now {value}. Nothing was saved. Load it, agree again, then save.'
      : 'A newer check-in was saved while you met: {title} is now {value}, confidence {confidence}. Nothing was saved. Load it, agree again, then save.',
    params,
  );
}
