import { useCallback, useEffect, useId, useRef, useState } from 'react';
import {
  Badge,
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Text,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import { AddRegular, EditRegular, LockClosed20Regular } from '@fluentui/react-icons';
import {
  annualCycle,
  cycleDays,
  quarterCycles,
  nextQuarterOn,
  validateCycleDays,
  validateCycleName,
  validateCyclePlacement,
  validateCycleYear,
} from '../../../core/cycle-templates';
import { cyclePhase, type CyclePhase } from '../../../core/cycles';
import { addDays, daysBetween, isIsoDate } from '../../../core/dates';
import { validationIssue, type ValidationIssue } from '../../../core/issues';
import type { Cycle } from '../../../core/model';
import type { FiscalYear } from '../../../core/operating-model';
import { parseNumber } from '../../../core/parse';
import { validateCycle, validateBackToPlanning } from '../../../core/validation';
import { formatDay } from '../../../core/format';
import { useAppServices, useLocale } from '../../app/AppServices';
import { today } from '../../board/useBoardData';
import { useDialogWords } from '../../board/dialog-words';
import { DateField } from '../../components/DateField/DateField';
import {
  cycleDates,
  cycleStateBadgeSaid,
  cycleTimeLeft,
  dayAhead,
} from '../../components/CycleSwitcher/cycleTiming';
import { EmptyState } from '../../components/States/EmptyState';
import { ErrorState } from '../../components/States/ErrorState';
import { useSaveWithConflict, withEdits } from '../../hooks/useSaveWithConflict';
import { ConfirmDialog } from '../parts/ConfirmDialog';
import { DeleteCycleButton } from '../parts/DeleteCycleButton';
import { DeleteCycleDialog } from '../parts/DeleteCycleDialog';
import { ProgrammeDialog } from '../parts/ProgrammeDialog';
import {
  ProgrammeActionsCell,
  ProgrammeTable,
  ProgrammeTableCell,
  ProgrammeTableRow,
} from '../parts/ProgrammeTable';
import { compareFields, SaveConflict } from '../parts/SaveConflict';
import { SectionHeading } from '../parts/SectionHeading';
import type { ProgrammeSectionProps } from '../ProgrammeSection.types';
import { shortName } from '../shortName';
import { useCycleHoldings } from '../useCycleHoldings';
import { useSectionStyles } from '../useSectionStyles';
import { useProgrammeSay, type ProgrammeSay } from '../programme-words';

type Template = 'quarter' | 'year' | 'custom';

interface CycleForm {
  readonly template: Template;
  readonly year: string;
  readonly quarter: string;
  readonly name: string;
  readonly start: string;
  readonly end: string;
}

/**
 * The year a quarter or annual template is laid on, read as the product reads a typed number (in
 * the reader's locale), or what is wrong with it: a whole year from 2000 to 2100.
 */
function readTemplateYear(
  text: string,
  example: number,
  locale: string,
): { readonly year: number } | { readonly issue: ValidationIssue } {
  if (text.trim() === '') return { issue: validationIssue('required', 'year', {}, locale) };
  const read = parseNumber(text, { locale, field: 'year' });
  const year = read.ok ? read.value : NaN;
  const issue = validateCycleYear(text, year, example, locale);
  return issue ? { issue } : { year };
}

function proposal(
  form: CycleForm,
  year: number,
  fiscal: FiscalYear,
): { name: string; start: string; end: string } {
  if (form.template === 'custom') return { name: form.name, start: form.start, end: form.end };
  const template =
    form.template === 'year'
      ? annualCycle(year, fiscal)
      : quarterCycles(year, fiscal)[Number(form.quarter) - 1]!;
  return { ...template, name: form.name || template.name };
}

/** A cycle's state badge: running green, upcoming in the brand's colour, closed grey. */
const phaseColours: Record<CyclePhase, 'success' | 'brand' | 'informative' | 'subtle'> = {
  planning: 'informative',
  upcoming: 'brand',
  planningWeek: 'brand',
  running: 'success',
  ended: 'success',
  closed: 'subtle',
};

/** What a 412 on a cycle shows: each field, mine and theirs. */
const cycleConflictRows = (locale: string, say: ProgrammeSay) =>
  compareFields<Cycle>([
    [say('Name'), (cycle) => cycle.name],
    [say('Dates'), (cycle) => cycleDates(cycle, locale)],
    [say('State'), (cycle) => cycleStateBadgeSaid(cycle, today(), locale, say)],
    [
      say('Coaching plan'),
      (cycle) =>
        cycle.coachingPlan
          ? say('{count} {count|ritual|rituals}', { count: cycle.coachingPlan.rituals.length })
          : say('None'),
    ],
  ]);

function CycleDialog({
  cycle,
  cycles,
  onDismiss,
  onSaved,
}: {
  readonly cycle: Cycle | undefined;
  readonly cycles: readonly Cycle[];
  readonly onDismiss: () => void;
  readonly onSaved: (cycle: Cycle) => void;
}) {
  const styles = useSectionStyles();
  const { repository, operatingModel } = useAppServices();
  const locale = useLocale();
  const say = useProgrammeSay();
  const { issue: sayIssue } = useDialogWords();
  const { fiscalYear } = operatingModel;
  const fiscal = fiscalYear.firstMonth !== 1;
  // The quarter after this one: the one being planned.
  const next = nextQuarterOn(today(), fiscalYear);
  const nextYear = next.year;
  const [opened] = useState<CycleForm>(() => ({
    template: cycle ? 'custom' : 'quarter',
    year: String(nextYear),
    quarter: String(next.quarter),
    name: cycle?.name ?? '',
    start: cycle?.start ?? '',
    end: cycle?.end ?? '',
  }));
  const [form, setForm] = useState(opened);
  const [submitted, setSubmitted] = useState(false);
  // One per dialog: saving again after a lost answer finds the first cycle, never a second one.
  const [clientId] = useState(() => crypto.randomUUID());
  const datesLocked = cycle !== undefined && cycle.state !== 'planning';
  const typedYear = readTemplateYear(form.year, nextYear, locale);
  // The last year read keeps proposing the name while the year is being retyped or is wrong.
  const [lastYear, setLastYear] = useState(nextYear);
  const readYear = 'year' in typedYear ? typedYear.year : undefined;
  const proposed = proposal(form, readYear ?? lastYear, fiscalYear);
  // An edited cycle keeps what the form does not show (its state, coaching plan, source id).
  const candidate: Cycle = cycle
    ? withEdits(cycle, proposed)
    : { id: '', state: 'planning', ...proposed };
  // Days in the reader's words, as the dialog's other messages.
  const checked = validateCycle(candidate, { ...operatingModel, locale });
  const issues = [
    ...(checked.ok ? [] : checked.issues),
    // Checked where the dates are set: a cycle kept on its dates (renamed) is not refused for them.
    ...(form.template === 'custom' &&
    (candidate.start !== cycle?.start || candidate.end !== cycle.end)
      ? validateCycleDays(candidate, locale)
      : []),
  ];
  const placement =
    isIsoDate(candidate.start) && isIsoDate(candidate.end)
      ? validateCyclePlacement(candidate, cycles, locale)
      : undefined;
  // A cycle edited under its own name keeps it, even one another cycle shares.
  const nameTaken =
    candidate.name === cycle?.name ? undefined : validateCycleName(candidate, cycles, locale);
  const messageFor = (field: string) =>
    submitted
      ? issues
          .filter((issue) => issue.field === field)
          .map(sayIssue)
          .concat(field === 'start' && placement ? [sayIssue(placement)] : [])
          .concat(field === 'name' && nameTaken ? [sayIssue(nameTaken)] : [])
          .join(' ') || undefined
      : undefined;
  // Said as soon as the year cannot be one (letters, five digits), not only on saving; the name
  // proposed stays meanwhile, and the dates go blank.
  const typed = form.year.trim();
  const yearError =
    form.template !== 'custom' &&
    'issue' in typedYear &&
    (submitted || typed.length >= 4 || /[^\d]/.test(typed))
      ? sayIssue(typedYear.issue)
      : undefined;

  const write = (mine: Cycle) =>
    cycle
      ? repository.updateCycle(mine)
      : repository.createCycle({
          name: mine.name,
          start: mine.start,
          end: mine.end,
          state: 'planning',
          clientId,
        });
  const saving = useSaveWithConflict(write, onSaved, undefined, cycle);
  const save = () => {
    setSubmitted(true);
    // A year still being typed is no error yet, but nothing is made of it.
    const yearWrong = form.template !== 'custom' && 'issue' in typedYear;
    if (issues.length > 0 || placement || nameTaken || yearWrong) return;
    saving.save(candidate);
  };

  return (
    <ProgrammeDialog
      title={cycle ? say('Edit {title}', { title: cycle.name }) : say('New cycle')}
      submitLabel={cycle ? say('Save') : say('Create cycle')}
      what={say('the cycle')}
      changedWhat={say('this cycle')}
      saving={saving}
      conflictRows={cycleConflictRows(locale, say)}
      changed={JSON.stringify(form) !== JSON.stringify(opened)}
      onSubmit={save}
      onDismiss={onDismiss}
    >
      {cycle ? null : (
        <Field label={say('Template')}>
          <RadioGroup
            value={form.template}
            onChange={(_, data) => setForm({ ...form, template: data.value as Template })}
          >
            <Radio
              value="quarter"
              label={fiscal ? say('A quarter of the fiscal year') : say('A quarter of a year')}
            />
            <Radio
              value="year"
              label={
                fiscal
                  ? say('A whole fiscal year (annual cycle)')
                  : say('A whole year (annual cycle)')
              }
            />
            <Radio value="custom" label={say('Custom dates')} />
          </RadioGroup>
        </Field>
      )}
      {form.template !== 'custom' ? (
        <div className={styles.row}>
          <Field label={fiscal ? say('Fiscal year') : say('Year')} validationMessage={yearError}>
            <Input
              value={form.year}
              inputMode="numeric"
              onChange={(_, data) => {
                setForm({ ...form, year: data.value });
                const read = readTemplateYear(data.value, nextYear, locale);
                if ('year' in read) setLastYear(read.year);
              }}
            />
          </Field>
          {form.template === 'quarter' ? (
            <Field label={say('Quarter')}>
              <RadioGroup
                layout="horizontal"
                value={form.quarter}
                onChange={(_, data) => setForm({ ...form, quarter: data.value })}
              >
                {['1', '2', '3', '4'].map((quarter) => (
                  <Radio key={quarter} value={quarter} label={`Q${quarter}`} />
                ))}
              </RadioGroup>
            </Field>
          ) : null}
        </div>
      ) : null}
      <Field label={say('Name')} required validationMessage={messageFor('name')}>
        <Input
          value={form.template === 'custom' ? form.name : form.name || proposed.name}
          onChange={(_, data) => setForm({ ...form, name: data.value })}
        />
      </Field>
      {form.template === 'custom' ? (
        <div className={styles.pair}>
          <DateField
            label={say('Starts')}
            required
            validationMessage={messageFor('start')}
            hint={
              datesLocked ? say('Dates change only while the cycle is being planned.') : undefined
            }
            value={form.start}
            disabled={datesLocked}
            min={cycleDays.first}
            max={cycleDays.last}
            // Over the end's field when the pair stacks in a narrow panel: it leaves the end in
            // sight.
            calendarPosition="above"
            onChange={(start) => setForm({ ...form, start })}
          />
          <DateField
            label={say('Ends')}
            required
            validationMessage={messageFor('end')}
            value={form.end}
            disabled={datesLocked}
            // The calendars offer only the days the form accepts: a cycle ends after it starts
            // (validateCycle), within `cycleDays` (validateCycleDays).
            min={isIsoDate(form.start) ? addDays(form.start, 1) : cycleDays.first}
            max={cycleDays.last}
            onChange={(end) => setForm({ ...form, end })}
          />
        </div>
      ) : (
        <span className={styles.muted}>
          {readYear !== undefined && isIsoDate(proposed.start)
            ? `${formatDay(proposed.start, locale)} – ${formatDay(proposed.end, locale)}`
            : ''}
          {submitted && readYear !== undefined && placement ? ` — ${placement.message}` : ''}
        </span>
      )}
    </ProgrammeDialog>
  );
}

export default function CyclesSection({ access, programme, notify, open }: ProgrammeSectionProps) {
  const styles = useSectionStyles();
  const { repository } = useAppServices();
  const locale = useLocale();
  const say = useProgrammeSay();
  const { cycles } = programme.data;
  const holdings = useCycleHoldings(
    access.setUp ? cycles.filter((cycle) => cycle.state !== 'closed').map((cycle) => cycle.id) : [],
  );
  const [editing, setEditing] = useState<{ cycle?: Cycle } | undefined>(undefined);
  const [deleting, setDeleting] = useState<Cycle | undefined>(undefined);
  // The dialogs open from state, not a DialogTrigger: their openers are where focus goes back.
  const opensDialog = useRestoreFocusTarget();
  const [starting, setStarting] = useState<Cycle | undefined>(undefined);
  // A move or a delete takes away the button it was asked from (Start, Reopen, Delete): focus
  // goes on to the cycle's Edit button, or to New cycle once the row is gone.
  const ids = useId();
  const newCycleId = `${ids}-new`;
  const editId = useCallback((cycleId: string) => `${ids}-edit-${cycleId}`, [ids]);
  const [landing, setLanding] = useState<{ readonly id: string } | undefined>(undefined);
  useEffect(() => {
    if (landing) document.getElementById(landing.id)?.focus();
  }, [landing]);
  // The confirmation of the move under way (a ref: the save's callback outlives the render).
  const done = useRef('');
  const now = today();
  const { applyCycle } = programme;
  const moving = useSaveWithConflict(
    useCallback((cycle: Cycle) => repository.updateCycle(cycle), [repository]),
    useCallback(
      (saved: Cycle) => {
        applyCycle(saved);
        setStarting(undefined);
        setLanding({ id: editId(saved.id) });
        notify(done.current);
      },
      [applyCycle, notify, editId],
    ),
  );
  const move = (cycle: Cycle, state: Cycle['state'], message: string) => {
    done.current = message;
    moving.save({ ...cycle, state });
  };

  return (
    <div className={styles.section}>
      <SectionHeading
        title={say('Cycles')}
        action={
          access.setUp ? (
            <Button
              id={newCycleId}
              appearance="primary"
              icon={<AddRegular />}
              {...opensDialog}
              onClick={() => setEditing({})}
            >
              {say('New cycle')}
            </Button>
          ) : null
        }
      />
      {moving.error && !starting ? (
        <ErrorState error={moving.error} onRetry={programme.reload} />
      ) : null}
      {cycles.length === 0 ? (
        <EmptyState
          title={say('No cycles yet')}
          message={say(
            'Create the quarter you plan next. Annual and quarterly cycles may run side by side.',
          )}
        />
      ) : (
        <ProgrammeTable
          label={say('Cycles')}
          fitted
          columns={[say('Cycle'), say('Dates'), say('State'), say('Time'), say('Coaching plan')]}
          actions={(access.setUp || access.coach) && say('Actions')}
        >
          {[...cycles].reverse().map((cycle) => (
            <ProgrammeTableRow key={cycle.id}>
              <ProgrammeTableCell>{cycle.name}</ProgrammeTableCell>
              <ProgrammeTableCell>
                <span className={styles.day}>{formatDay(cycle.start, locale)}</span>
                {' – '}
                <span className={styles.day}>{formatDay(cycle.end, locale)}</span>
              </ProgrammeTableCell>
              <ProgrammeTableCell>
                <Badge
                  appearance="tint"
                  color={phaseColours[cyclePhase(cycle, now)]}
                  className={styles.wrappingBadge}
                >
                  {cycleStateBadgeSaid(cycle, now, locale, say)}
                </Badge>
              </ProgrammeTableCell>
              <ProgrammeTableCell>{cycleTimeLeft(cycle, now, say)}</ProgrammeTableCell>
              <ProgrammeTableCell>
                {cycle.coachingPlan
                  ? say('{count} {count|ritual|rituals}', {
                      count: cycle.coachingPlan.rituals.length,
                    })
                  : '—'}
              </ProgrammeTableCell>
              {access.setUp || access.coach ? (
                <ProgrammeActionsCell>
                  <div className={styles.rowActions}>
                    {access.setUp && cycle.state !== 'closed' ? (
                      <Button
                        size="small"
                        appearance="subtle"
                        icon={<EditRegular />}
                        id={editId(cycle.id)}
                        aria-label={say('Edit {title}', { title: cycle.name })}
                        {...opensDialog}
                        onClick={() => setEditing({ cycle })}
                      >
                        {say('Edit')}
                      </Button>
                    ) : null}
                    {access.setUp && cycle.state === 'planning' ? (
                      <Button
                        size="small"
                        appearance="subtle"
                        aria-label={say('Start {cycle}', { cycle: cycle.name })}
                        {...opensDialog}
                        onClick={() => setStarting(cycle)}
                      >
                        {say('Start…')}
                      </Button>
                    ) : null}
                    {access.setUp &&
                    cycle.state === 'active' &&
                    !validateBackToPlanning(cycle, cycle.state, now) ? (
                      // Started early: no check-in can be due before its first day.
                      <Button
                        size="small"
                        appearance="subtle"
                        aria-label={say('Put {cycle} back to planning', { cycle: cycle.name })}
                        disabledFocusable={moving.saving}
                        onClick={() =>
                          move(
                            cycle,
                            'planning',
                            say('{cycle} is back in planning: its dates can change again.', {
                              cycle: shortName(cycle),
                            }),
                          )
                        }
                      >
                        {say('Back to planning')}
                      </Button>
                    ) : null}
                    {/* A cycle whose first day is ahead has nothing to close: it goes back to planning. */}
                    {access.coach &&
                    (cyclePhase(cycle, now) === 'running' || cyclePhase(cycle, now) === 'ended') ? (
                      <Button
                        size="small"
                        appearance="subtle"
                        // Closing scores the cycle and makes it read-only (an admin may reopen it).
                        // The 20 px icon: the unsized one shares its module with the board's
                        // icons, which would carry it on the board's first screen (+311 B gzip).
                        icon={<LockClosed20Regular />}
                        aria-label={say('Close {cycle}', { cycle: cycle.name })}
                        onClick={() => open('close', cycle.id)}
                      >
                        {say('Close…')}
                      </Button>
                    ) : null}
                    {access.setUp && cycle.state === 'closed' ? (
                      <Button
                        size="small"
                        appearance="subtle"
                        aria-label={say('Reopen {cycle}', { cycle: cycle.name })}
                        onClick={() =>
                          move(
                            cycle,
                            'active',
                            say('{cycle} is open again.', { cycle: shortName(cycle) }),
                          )
                        }
                      >
                        {say('Reopen')}
                      </Button>
                    ) : null}
                    {/* A closed cycle is the programme's history, scored: it is not offered. */}
                    {access.setUp && cycle.state !== 'closed' ? (
                      <DeleteCycleButton
                        cycle={cycle}
                        held={holdings.heldBy(cycle.id)}
                        size="small"
                        appearance="subtle"
                        {...opensDialog}
                        onClick={() => setDeleting(cycle)}
                      >
                        {say('Delete…')}
                      </DeleteCycleButton>
                    ) : null}
                  </div>
                </ProgrammeActionsCell>
              ) : null}
            </ProgrammeTableRow>
          ))}
        </ProgrammeTable>
      )}
      <SaveConflict
        saving={moving}
        what={say('this cycle')}
        rows={cycleConflictRows(locale, say)}
      />
      {starting ? (
        <ConfirmDialog
          title={say('Start {cycle}?', { cycle: shortName(starting) })}
          confirmLabel={say('Start cycle')}
          busyLabel={say('Starting…')}
          busy={moving.saving}
          error={moving.error}
          onConfirm={() =>
            move(
              starting,
              'active',
              daysBetween(now, starting.start) > 0
                ? say('{cycle} is started: it is upcoming until {day}.', {
                    cycle: shortName(starting),
                    day: formatDay(starting.start, locale),
                  })
                : say('{cycle} is active.', { cycle: shortName(starting) }),
            )
          }
          onDismiss={() => setStarting(undefined)}
        >
          <Text block>
            {say(
              '{cycle} ({dates}) becomes active: it is the running cycle on every board when its dates come, and check-ins and reminders follow its dates. Its dates no longer change once it is active.',
              { cycle: shortName(starting), dates: cycleDates(starting, locale) },
            )}
          </Text>
          {daysBetween(now, starting.start) > 0 ? (
            <Text block weight="semibold">
              {say(
                'It starts on {day}, {when}. Until then, an admin can put it back to planning.',
                {
                  day: formatDay(starting.start, locale),
                  when: dayAhead(starting.start, now, say),
                },
              )}
            </Text>
          ) : null}
        </ConfirmDialog>
      ) : null}
      {deleting ? (
        <DeleteCycleDialog
          cycle={deleting}
          onDismiss={() => setDeleting(undefined)}
          onRefused={(theirs) => {
            if (theirs) {
              programme.applyCycle(theirs);
              setDeleting(theirs);
            }
            holdings.reload();
          }}
          onDeleted={(deleted) => {
            programme.removeCycle(deleted.id);
            setDeleting(undefined);
            setLanding({ id: newCycleId });
            notify(say('{cycle} is deleted.', { cycle: shortName(deleted) }));
          }}
        />
      ) : null}
      {editing ? (
        <CycleDialog
          cycle={editing.cycle}
          cycles={cycles}
          onDismiss={() => setEditing(undefined)}
          onSaved={(saved) => {
            programme.applyCycle(saved);
            setEditing(undefined);
            notify(
              say(editing.cycle ? '{cycle} is saved.' : '{cycle} is created.', {
                cycle: shortName(saved),
              }),
            );
          }}
        />
      ) : null}
    </div>
  );
}
