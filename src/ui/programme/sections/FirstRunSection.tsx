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
import { formatDay } from '../../../core/format';
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
import { useProgrammeSay } from '../programme-words';

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
  const say = useProgrammeSay();
  const days = weekdays(locale);
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
  useUnsavedSection(say('your answers'), choices !== savedChoices);
  // A count of teams is digits (grouped the locale's way or not): no exponent, hex, decimals or %.
  const parsedTeamCount = parseNumber(teamCountText, { locale });
  const teamCount =
    parsedTeamCount.ok && !teamCountText.includes('%') ? parsedTeamCount.value : Number.NaN;
  const teamCountError =
    Number.isInteger(teamCount) && teamCount >= 1 && teamCount <= maxTeams
      ? undefined
      : say('Type the number of teams, a whole number from 1 to {max}.', { max: maxTeams });
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
      notify(
        say('The operating model and the coaching plan of {cycle} are saved.', {
          cycle: shortName(cycle),
        }),
      );
      setSavedChoices(choices);
    });
  };

  if (!access.setUp) {
    return (
      <EmptyState
        title={say('The first run is for admins')}
        message={say(
          'An admin answers a few questions about your organisation, with the coach, and saves the proposed operating model and coaching plan (only OKR admins change the operating model). You can read the result under Operating model and Cycles.',
        )}
      />
    );
  }
  if (candidates.length === 0) {
    return (
      <EmptyState
        title={say('Create the first cycle')}
        message={say(
          'The coaching plan dates the rituals of a cycle. Create the quarter you are planning, then come back.',
        )}
        action={<Button onClick={() => open('cycles')}>{say('Go to Cycles')}</Button>}
      />
    );
  }
  return (
    <div className={styles.section}>
      <SectionHeading
        title={say('Get started: your operating model and coaching plan')}
        intro={say(
          'Answer a few questions about your organisation. The coach proposes how to run OKRs here and dates the rituals of your first cycle.',
        )}
      />
      <div className={styles.form}>
        <Field label={say('How many people will use OKRs?')}>
          <RadioGroup
            value={answers.size}
            onChange={(_, data) =>
              setAnswers({ ...answered, size: data.value as OrganisationSize })
            }
          >
            <Radio value="small" label={say('Up to 50')} />
            <Radio value="medium" label={say('51 to 500')} />
            <Radio value="large" label={say('More than 500')} />
          </RadioGroup>
        </Field>
        <Field label={say('How many teams will set OKRs?')} validationMessage={teamCountError}>
          <Input
            inputMode="numeric"
            value={teamCountText}
            onChange={(_, data) => setTeamCountText(data.value)}
          />
        </Field>
        <Field label={say('How often will teams check in?')}>
          <RadioGroup
            value={answers.cadence}
            onChange={(_, data) => setAnswers({ ...answered, cadence: data.value as Cadence })}
          >
            <Radio value="weekly" label={say('Every week')} />
            <Radio value="fortnightly" label={say('Every 2 weeks')} />
          </RadioGroup>
        </Field>
        <Field label={say('Check-in day')}>
          <Dropdown
            value={days[answers.checkInDay] ?? ''}
            selectedOptions={[String(answers.checkInDay)]}
            onOptionSelect={(_, data) =>
              setAnswers({ ...answered, checkInDay: Number(data.optionValue) })
            }
          >
            {days.map((day, index) => (
              <Option key={day} value={String(index)}>
                {day}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field
          label={say('Are OKRs new here?')}
          hint={
            history && answered.newToOkrs === undefined
              ? say('This site holds closed cycles with objectives, so OKRs are not new here.')
              : undefined
          }
        >
          <RadioGroup
            value={answers.newToOkrs ? 'yes' : 'no'}
            onChange={(_, data) => setAnswers({ ...answered, newToOkrs: data.value === 'yes' })}
          >
            <Radio value="yes" label={say('Yes, this is our first cycle')} />
            <Radio value="no" label={say('No, we have run OKRs before')} />
          </RadioGroup>
        </Field>
        <Field label={say('Committed and aspirational OKRs?')}>
          <RadioGroup
            value={answers.commitment}
            onChange={(_, data) =>
              setAnswers({ ...answered, commitment: data.value as CommitmentStyle })
            }
          >
            <Radio value="both" label={say('Both: some OKRs stretch, some are promises')} />
            <Radio value="committedOnly" label={say('Committed only: every OKR is a promise')} />
          </RadioGroup>
        </Field>
        <ChoiceField
          label={say('Cycle to plan')}
          items={candidates}
          value={cycleId}
          onChange={setCycleId}
        />
      </div>
      <section className={styles.card} aria-label={say('Proposed operating model')}>
        <Subtitle2 as="h3">{say('Proposed operating model')}</Subtitle2>
        <ul className={styles.list}>
          {proposal.reasons.map((reason) => (
            <li key={reason}>
              <Text>{say(reason)}</Text>
            </li>
          ))}
        </ul>
      </section>
      {plan && cycle ? (
        <section className={styles.card} aria-label={say('Coaching plan')}>
          <Subtitle2 as="h3">{say('Coaching plan for {cycle}', { cycle: cycle.name })}</Subtitle2>
          <Table size="small" aria-label={say('Coaching plan for {cycle}', { cycle: cycle.name })}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{say('Date')}</TableHeaderCell>
                <TableHeaderCell>{say('Ritual')}</TableHeaderCell>
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
                      {say(ritualLabels[ritual.kind])}
                      {isPast(ritual.date) ? (
                        <Badge appearance="outline" color="informative">
                          {say('Past')}
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
          {say('Use this operating model and coaching plan')}
        </Button>
      </div>
    </div>
  );
}
