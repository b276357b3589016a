import { useState } from 'react';
import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Radio,
  RadioGroup,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { AddRegular, EditRegular } from '@fluentui/react-icons';
import { annualCycle, quarterCycles, validateCyclePlacement } from '../../../core/cycle-templates';
import { isIsoDate } from '../../../core/dates';
import type { Cycle } from '../../../core/model';
import { validateCycle } from '../../../core/validation';
import { useAppServices } from '../../app/AppServices';
import { today } from '../../board/useBoardData';
import {
  cycleDates,
  cycleStateLabel,
  cycleTimeLeft,
} from '../../components/CycleSwitcher/cycleTiming';
import { EmptyState } from '../../components/States/EmptyState';
import { ErrorState } from '../../components/States/ErrorState';
import type { ProgrammeSectionProps } from '../ProgrammeSection.types';
import { useSectionStyles } from '../useSectionStyles';

type Template = 'quarter' | 'year' | 'custom';

interface CycleForm {
  readonly template: Template;
  readonly year: string;
  readonly quarter: string;
  readonly name: string;
  readonly start: string;
  readonly end: string;
}

function proposal(form: CycleForm): { name: string; start: string; end: string } {
  const year = Number(form.year);
  if (form.template === 'custom' || !Number.isInteger(year)) {
    return { name: form.name, start: form.start, end: form.end };
  }
  const template =
    form.template === 'year' ? annualCycle(year) : quarterCycles(year)[Number(form.quarter) - 1]!;
  return { ...template, name: form.name || template.name };
}

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
  const nextYear = String(Number(today().slice(0, 4)) + (Number(today().slice(5, 7)) > 9 ? 1 : 0));
  const [form, setForm] = useState<CycleForm>({
    template: cycle ? 'custom' : 'quarter',
    year: nextYear,
    quarter: '1',
    name: cycle?.name ?? '',
    start: cycle?.start ?? '',
    end: cycle?.end ?? '',
  });
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const datesLocked = cycle !== undefined && cycle.state !== 'planning';
  const proposed = proposal(form);
  const candidate: Cycle = {
    id: cycle?.id ?? '',
    state: cycle?.state ?? 'planning',
    ...(cycle?.version ? { version: cycle.version } : {}),
    ...(cycle?.coachingPlan ? { coachingPlan: cycle.coachingPlan } : {}),
    ...proposed,
  };
  const checked = validateCycle(candidate, operatingModel);
  const issues = checked.ok ? [] : checked.issues;
  const placement =
    isIsoDate(candidate.start) && isIsoDate(candidate.end)
      ? validateCyclePlacement(candidate, cycles)
      : undefined;
  const messageFor = (field: string) =>
    submitted
      ? issues
          .filter((issue) => issue.field === field)
          .map((issue) => issue.message)
          .concat(field === 'start' && placement ? [placement.message] : [])
          .join(' ') || undefined
      : undefined;
  const year = Number(form.year);
  const yearError =
    submitted &&
    form.template !== 'custom' &&
    !(Number.isInteger(year) && year >= 2000 && year <= 2100)
      ? 'Type a year such as 2027.'
      : undefined;

  const save = async () => {
    setSubmitted(true);
    if (issues.length > 0 || placement || yearError) return;
    setSaving(true);
    setError(undefined);
    try {
      const draft = { name: candidate.name, start: candidate.start, end: candidate.end };
      onSaved(
        cycle
          ? await repository.updateCycle(candidate)
          : await repository.createCycle({ ...draft, state: 'planning' }),
      );
    } catch (caught) {
      setError(caught);
      setSaving(false);
    }
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onDismiss()}>
      <DialogSurface aria-describedby={undefined}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
          noValidate
        >
          <DialogBody>
            <DialogTitle>{cycle ? `Edit ${cycle.name}` : 'New cycle'}</DialogTitle>
            <DialogContent className={styles.form}>
              {cycle ? null : (
                <Field label="Template">
                  <RadioGroup
                    value={form.template}
                    onChange={(_, data) => setForm({ ...form, template: data.value as Template })}
                  >
                    <Radio value="quarter" label="A quarter of a year" />
                    <Radio value="year" label="A whole year (annual cycle)" />
                    <Radio value="custom" label="Custom dates" />
                  </RadioGroup>
                </Field>
              )}
              {form.template !== 'custom' ? (
                <div className={styles.row}>
                  <Field label="Year" validationMessage={yearError}>
                    <Input
                      value={form.year}
                      inputMode="numeric"
                      onChange={(_, data) => setForm({ ...form, year: data.value })}
                    />
                  </Field>
                  {form.template === 'quarter' ? (
                    <Field label="Quarter">
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
              <Field label="Name" required validationMessage={messageFor('name')}>
                <Input
                  value={form.template === 'custom' ? form.name : form.name || proposed.name}
                  onChange={(_, data) => setForm({ ...form, name: data.value })}
                />
              </Field>
              {form.template === 'custom' ? (
                <div className={styles.row}>
                  <Field
                    label="Starts"
                    required
                    validationMessage={messageFor('start')}
                    hint={
                      datesLocked
                        ? 'Dates change only while the cycle is being planned.'
                        : undefined
                    }
                  >
                    <Input
                      type="date"
                      value={form.start}
                      disabled={datesLocked}
                      onChange={(_, data) => setForm({ ...form, start: data.value })}
                    />
                  </Field>
                  <Field label="Ends" required validationMessage={messageFor('end')}>
                    <Input
                      type="date"
                      value={form.end}
                      disabled={datesLocked}
                      onChange={(_, data) => setForm({ ...form, end: data.value })}
                    />
                  </Field>
                </div>
              ) : (
                <span className={styles.muted}>
                  {isIsoDate(proposed.start) ? `${proposed.start} to ${proposed.end}` : ''}
                  {submitted && placement ? ` — ${placement.message}` : ''}
                </span>
              )}
              {error ? <ErrorState error={error} /> : null}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={saving}>
                {cycle ? 'Save' : 'Create cycle'}
              </Button>
              <Button onClick={onDismiss}>Cancel</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

export default function CyclesSection({ access, programme, notify, open }: ProgrammeSectionProps) {
  const styles = useSectionStyles();
  const { repository } = useAppServices();
  const { cycles } = programme.data;
  const [editing, setEditing] = useState<{ cycle?: Cycle } | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const now = today();

  const move = async (cycle: Cycle, state: Cycle['state'], done: string) => {
    setError(undefined);
    try {
      programme.applyCycle(await repository.updateCycle({ ...cycle, state }));
      notify(done);
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <div className={styles.section}>
      <div className={styles.toolbar}>
        <Subtitle2 as="h2">Cycles</Subtitle2>
        <span className={styles.spacer} />
        {access.setUp ? (
          <Button appearance="primary" icon={<AddRegular />} onClick={() => setEditing({})}>
            New cycle
          </Button>
        ) : null}
      </div>
      {error ? <ErrorState error={error} onRetry={programme.reload} /> : null}
      {cycles.length === 0 ? (
        <EmptyState
          title="No cycles yet"
          message="Create the quarter you plan next. Annual and quarterly cycles may run side by side."
        />
      ) : (
        <div className={styles.tableWrap}>
          <Table className={styles.table} aria-label="Cycles" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Cycle</TableHeaderCell>
                <TableHeaderCell>Dates</TableHeaderCell>
                <TableHeaderCell>State</TableHeaderCell>
                <TableHeaderCell>Time</TableHeaderCell>
                <TableHeaderCell>Coaching plan</TableHeaderCell>
                {access.setUp || access.coach ? <TableHeaderCell>Actions</TableHeaderCell> : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {[...cycles].reverse().map((cycle) => (
                <TableRow key={cycle.id}>
                  <TableCell>{cycle.name}</TableCell>
                  <TableCell>{cycleDates(cycle)}</TableCell>
                  <TableCell>
                    <Badge
                      appearance="tint"
                      color={
                        cycle.state === 'active'
                          ? 'success'
                          : cycle.state === 'closed'
                            ? 'subtle'
                            : 'informative'
                      }
                    >
                      {cycleStateLabel(cycle)}
                    </Badge>
                  </TableCell>
                  <TableCell>{cycleTimeLeft(cycle, now)}</TableCell>
                  <TableCell>
                    {cycle.coachingPlan ? `${cycle.coachingPlan.rituals.length} rituals` : '—'}
                  </TableCell>
                  {access.setUp || access.coach ? (
                    <TableCell>
                      {access.setUp && cycle.state !== 'closed' ? (
                        <Button
                          size="small"
                          appearance="subtle"
                          icon={<EditRegular />}
                          aria-label={`Edit ${cycle.name}`}
                          onClick={() => setEditing({ cycle })}
                        >
                          Edit
                        </Button>
                      ) : null}
                      {access.setUp && cycle.state === 'planning' ? (
                        <Button
                          size="small"
                          appearance="subtle"
                          aria-label={`Start ${cycle.name}`}
                          onClick={() => void move(cycle, 'active', `${cycle.name} is active.`)}
                        >
                          Start
                        </Button>
                      ) : null}
                      {access.coach && cycle.state === 'active' ? (
                        <Button
                          size="small"
                          appearance="subtle"
                          aria-label={`Close ${cycle.name}`}
                          onClick={() => open('close', cycle.id)}
                        >
                          Close…
                        </Button>
                      ) : null}
                      {access.setUp && cycle.state === 'closed' ? (
                        <Button
                          size="small"
                          appearance="subtle"
                          aria-label={`Reopen ${cycle.name}`}
                          onClick={() => void move(cycle, 'active', `${cycle.name} is open again.`)}
                        >
                          Reopen
                        </Button>
                      ) : null}
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {editing ? (
        <CycleDialog
          cycle={editing.cycle}
          cycles={cycles}
          onDismiss={() => setEditing(undefined)}
          onSaved={(saved) => {
            programme.applyCycle(saved);
            setEditing(undefined);
            notify(editing.cycle ? `${saved.name} is saved.` : `${saved.name} is created.`);
          }}
        />
      ) : null}
    </div>
  );
}
