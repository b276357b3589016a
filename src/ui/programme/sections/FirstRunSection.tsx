import { useMemo, useState } from 'react';
import {
  Badge,
  Button,
  Dropdown,
  Field,
  Input,
  Option,
  Radio,
  RadioGroup,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { ritualLabels } from '../../../core/coaching-plan';
import { planRituals } from '../../../core/plan-rituals';
import { cycleBeingPlanned } from '../../../core/cycle-picks';
import {
  proposeOperatingModel,
  type Cadence,
  type CommitmentStyle,
  type FirstRunAnswers,
  type OrganisationSize,
} from '../../../core/first-run';
import { dayNumber } from '../../../core/dates';
import { formatDay, formatNumber } from '../../../core/format';
import { parseNumber } from '../../../core/parse';
import { useAppServices, useLocale } from '../../app/AppServices';
import { today } from '../../board/useBoardData';
import { EmptyState } from '../../components/States/EmptyState';
import { ErrorState } from '../../components/States/ErrorState';
import { weekdays } from '../operatingModelFields';
import { useRunAction } from '../../hooks/useRunAction';
import { ChoiceField } from '../parts/ChoiceField';
import { SectionHeading } from '../parts/SectionHeading';
import type { ProgrammeSectionProps } from '../ProgrammeSection.types';
import { shortName } from '../shortName';
import { useSectionStyles } from '../useSectionStyles';
import { useOkrHistory } from '../useOkrHistory';
import { useUnsavedSection } from '../useUnsavedSection';

/** The most teams the first run plans for. */
const maxTeams = 10_000;

/**
 * The guided first run (familiarisation): a few questions, then a proposed operating model and
 * the coaching plan of the first cycle, saved together.
 */
export default function FirstRunSection({
  access,
  programme,
  notify,
  open,
}: ProgrammeSectionProps) {
  const styles = useSectionStyles();
  const { repository, operatingModel, setOperatingModel } = useAppServices();
  const locale = useLocale();
  const { cycles } = programme.data;
  const candidates = cycles.filter((cycle) => cycle.state !== 'closed');
  const history = useOkrHistory(cycles);
  // "Are OKRs new here?" is answered by the site until the admin answers it.
  const [answered, setAnswers] = useState<
    Omit<FirstRunAnswers, 'newToOkrs'> & { newToOkrs?: boolean }
  >({
    size: 'medium',
    teamCount: 5,
    cadence: operatingModel.checkIn.cadenceDays >= 14 ? 'fortnightly' : 'weekly',
    commitment: operatingModel.allowAspirational ? 'both' : 'committedOnly',
    checkInDay: operatingModel.checkIn.day,
  });
  const answers = useMemo<FirstRunAnswers>(
    () => ({ ...answered, newToOkrs: answered.newToOkrs ?? !history }),
    [answered, history],
  );
  const [teamCountText, setTeamCountText] = useState(String(answers.teamCount));
  const [cycleId, setCycleId] = useState(
    cycleBeingPlanned(candidates, today())?.id ?? candidates[0]?.id ?? '',
  );
  const action = useRunAction();
  const choices = JSON.stringify({ answered, teamCountText, cycleId });
  const [savedChoices, setSavedChoices] = useState(choices);
  useUnsavedSection('your answers', choices !== savedChoices);
  // A count of teams is digits (grouped the locale's way or not): no exponent, hex, decimals or %.
  const parsedTeamCount = parseNumber(teamCountText, { locale });
  const teamCount =
    parsedTeamCount.ok && !teamCountText.includes('%') ? parsedTeamCount.value : Number.NaN;
  const teamCountError =
    Number.isInteger(teamCount) && teamCount >= 1 && teamCount <= maxTeams
      ? undefined
      : `Type the number of teams, a whole number from 1 to ${formatNumber(maxTeams, locale)}.`;
  const proposal = useMemo(
    () =>
      proposeOperatingModel(
        { ...answers, teamCount: teamCountError ? 1 : teamCount },
        operatingModel,
      ),
    [answers, teamCount, teamCountError, operatingModel],
  );
  const cycle = cycles.find((candidate) => candidate.id === cycleId);
  const plan = cycle ? planRituals(cycle, proposal.model.checkIn) : undefined;
  const isPast = (date: string) => dayNumber(date) < dayNumber(today());

  const accept = () => {
    if (teamCountError || !cycle || !plan) return;
    action.run(async () => {
      const savedModel = await repository.saveOperatingModel(proposal.model);
      setOperatingModel(savedModel);
      programme.applyCycle(await repository.updateCycle({ ...cycle, coachingPlan: plan }));
      notify(`The operating model and the coaching plan of ${shortName(cycle)} are saved.`);
      setSavedChoices(choices);
    });
  };

  if (!access.setUp) {
    return (
      <EmptyState
        title="The first run is for admins"
        message="An admin answers a few questions about your organisation, with the coach, and saves the proposed operating model and coaching plan (only OKR admins change the operating model). You can read the result under Operating model and Cycles."
      />
    );
  }
  if (candidates.length === 0) {
    return (
      <EmptyState
        title="Create the first cycle"
        message="The coaching plan dates the rituals of a cycle. Create the quarter you are planning, then come back."
        action={<Button onClick={() => open('cycles')}>Go to Cycles</Button>}
      />
    );
  }
  return (
    <div className={styles.section}>
      <SectionHeading
        title="Get started: your operating model and coaching plan"
        intro="Answer a few questions about your organisation. The coach proposes how to run OKRs here and dates the rituals of your first cycle."
      />
      <div className={styles.form}>
        <Field label="How many people will use OKRs?">
          <RadioGroup
            value={answers.size}
            onChange={(_, data) =>
              setAnswers({ ...answered, size: data.value as OrganisationSize })
            }
          >
            <Radio value="small" label="Up to 50" />
            <Radio value="medium" label="51 to 500" />
            <Radio value="large" label="More than 500" />
          </RadioGroup>
        </Field>
        <Field label="How many teams will set OKRs?" validationMessage={teamCountError}>
          <Input
            inputMode="numeric"
            value={teamCountText}
            onChange={(_, data) => setTeamCountText(data.value)}
          />
        </Field>
        <Field label="How often will teams check in?">
          <RadioGroup
            value={answers.cadence}
            onChange={(_, data) => setAnswers({ ...answered, cadence: data.value as Cadence })}
          >
            <Radio value="weekly" label="Every week" />
            <Radio value="fortnightly" label="Every 2 weeks" />
          </RadioGroup>
        </Field>
        <Field label="Check-in day">
          <Dropdown
            value={weekdays[answers.checkInDay] ?? ''}
            selectedOptions={[String(answers.checkInDay)]}
            onOptionSelect={(_, data) =>
              setAnswers({ ...answered, checkInDay: Number(data.optionValue) })
            }
          >
            {weekdays.map((day, index) => (
              <Option key={day} value={String(index)}>
                {day}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field
          label="Are OKRs new here?"
          hint={
            history && answered.newToOkrs === undefined
              ? 'This site holds closed cycles with objectives, so OKRs are not new here.'
              : undefined
          }
        >
          <RadioGroup
            value={answers.newToOkrs ? 'yes' : 'no'}
            onChange={(_, data) => setAnswers({ ...answered, newToOkrs: data.value === 'yes' })}
          >
            <Radio value="yes" label="Yes, this is our first cycle" />
            <Radio value="no" label="No, we have run OKRs before" />
          </RadioGroup>
        </Field>
        <Field label="Committed and aspirational OKRs?">
          <RadioGroup
            value={answers.commitment}
            onChange={(_, data) =>
              setAnswers({ ...answered, commitment: data.value as CommitmentStyle })
            }
          >
            <Radio value="both" label="Both: some OKRs stretch, some are promises" />
            <Radio value="committedOnly" label="Committed only: every OKR is a promise" />
          </RadioGroup>
        </Field>
        <ChoiceField
          label="Cycle to plan"
          items={candidates}
          value={cycleId}
          onChange={setCycleId}
        />
      </div>
      <section className={styles.card} aria-label="Proposed operating model">
        <Subtitle2 as="h3">Proposed operating model</Subtitle2>
        <ul className={styles.list}>
          {proposal.reasons.map((reason) => (
            <li key={reason}>
              <Text>{reason}</Text>
            </li>
          ))}
        </ul>
      </section>
      {plan && cycle ? (
        <section className={styles.card} aria-label="Coaching plan">
          <Subtitle2 as="h3">Coaching plan for {cycle.name}</Subtitle2>
          <Table size="small" aria-label={`Coaching plan for ${cycle.name}`}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Date</TableHeaderCell>
                <TableHeaderCell>Ritual</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {plan.rituals.map((ritual) => (
                <TableRow
                  key={`${ritual.kind}-${ritual.date}`}
                  className={isPast(ritual.date) ? styles.muted : undefined}
                >
                  <TableCell>{formatDay(ritual.date, locale)}</TableCell>
                  <TableCell>
                    <span className={styles.row}>
                      {ritualLabels[ritual.kind]}
                      {isPast(ritual.date) ? (
                        <Badge appearance="outline" color="informative">
                          Past
                        </Badge>
                      ) : null}
                    </span>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      ) : null}
      {action.error ? <ErrorState error={action.error} /> : null}
      <div className={styles.toolbar}>
        <Button
          appearance="primary"
          disabled={Boolean(teamCountError)}
          disabledFocusable={action.busy}
          onClick={accept}
        >
          Use this operating model and coaching plan
        </Button>
      </div>
    </div>
  );
}
