import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Label,
  makeStyles,
  Radio,
  RadioGroup,
  tokens,
} from '@fluentui/react-components';
import { Fragment, useId } from 'react';
import { AppHeader } from '../../ui/components/AppHeader/AppHeader';
import { useLocale } from '../../ui/app/AppServices';
import { today } from '../../ui/app/today';
import { useConfigSay, type ConfigSay } from '../../ui/config/config-words';
import { cycleDates, cycleStateBadgeSaid } from '../../ui/components/CycleSwitcher/cycleTiming';
import { EmptyState } from '../../ui/components/States/EmptyState';
import { ErrorStateOnDemand } from '../../ui/components/States/ErrorStateOnDemand';
import { LoadingState } from '../../ui/components/States/LoadingState';
import { useConfigPage, type TeamSuggestion } from './useConfigPage';

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    overflowY: 'auto',
    maxWidth: '640px',
  },
  teams: { display: 'flex', flexDirection: 'column' },
  preview: { color: tokens.colorNeutralForeground2 },
});

/** A team's row in the tree, under its parent as the Programme's Teams section indents it. */
const indent = (depth: number) => ({
  marginInlineStart: `calc(${depth} * ${tokens.spacingHorizontalXL})`,
});

function suggestionText(suggestion: TeamSuggestion, say: ConfigSay): string {
  switch (suggestion.kind) {
    case 'linked':
      return say('{team} is chosen because it is linked to this team in Teams.', {
        team: suggestion.team.name,
      });
    case 'sameName':
      return say('{team} is chosen because it has the name of this team in Teams.', {
        team: suggestion.team.name,
      });
    case 'none': {
      const { name, groupId } = suggestion.hostTeam;
      return groupId
        ? say(
            'No OKR team is linked to {team}, so none is chosen for you. An admin links one in the OKR Coach personal app: Programme → Teams, edit the OKR team and enter the Microsoft 365 group id of this team in Teams ({groupId}).',
            { team: name, groupId },
          )
        : say(
            'No OKR team is linked to {team}, so none is chosen for you. An admin links one in the OKR Coach personal app: Programme → Teams, edit the OKR team and enter the Microsoft 365 group id of this team in Teams.',
            { team: name },
          );
    }
  }
}

/** Chooses the tab's team scope and cycle; Teams' Save button (or ours in a browser) keeps them. */
export function ConfigPage() {
  const styles = useStyles();
  const locale = useLocale();
  const say = useConfigSay();
  const groupId = useId();
  const state = useConfigPage();
  const { data } = state;
  return (
    <>
      <AppHeader
        title={say(state.reconfiguring ? 'Change what this tab shows' : 'Set up the OKR tab')}
        subtitle={say('Choose whose OKRs this tab shows, and for which cycle')}
      />
      <main className={styles.main}>
        {data.status === 'loading' ? (
          <LoadingState label={say('Loading teams and cycles')} rows={4} />
        ) : null}
        {data.status === 'error' ? (
          <ErrorStateOnDemand error={data.error} onRetry={state.retry} />
        ) : null}
        {data.status === 'ready' && state.teams.length === 0 ? (
          <EmptyState
            title={say('No teams yet')}
            message={say(
              'The OKR site has no active teams. An admin adds them in the Programme area of the OKR Coach personal app.',
            )}
          />
        ) : null}
        {data.status === 'ready' && state.teams.length > 0 ? (
          <>
            {/* A group, not a Field: a Field gives every checkbox inside it the same id and name. */}
            <div
              className={styles.teams}
              role="group"
              aria-labelledby={`${groupId}-label`}
              aria-describedby={`${groupId}-hint${state.suggestion ? ` ${groupId}-suggestion` : ''}`}
            >
              <Label id={`${groupId}-label`} required>
                {say('Teams')}
              </Label>
              <Caption1 id={`${groupId}-hint`} className={styles.preview}>
                {say(
                  'One or more teams; their objectives and key results show on the board. A team shows only its own objectives: to see those of the teams under it, choose them too.',
                )}
                {state.teamIds.length === 0 ? ` ${say('Choose at least one team.')}` : ''}
              </Caption1>
              {state.suggestion ? (
                <Caption1 id={`${groupId}-suggestion`} className={styles.preview}>
                  {suggestionText(state.suggestion, say)}
                </Caption1>
              ) : null}
              {state.tree.map(({ team, depth, subTeamIds }) => {
                const chosen = state.teamIds.includes(team.id);
                const subTeamsChosen = subTeamIds.filter((id) => state.teamIds.includes(id));
                return (
                  <Fragment key={team.id}>
                    <Checkbox
                      id={`${groupId}-${team.id}`}
                      style={indent(depth)}
                      label={team.name}
                      checked={chosen}
                      onChange={(_, change) => state.toggleTeam(team.id, change.checked === true)}
                    />
                    {chosen && subTeamIds.length > 0 ? (
                      <Checkbox
                        id={`${groupId}-${team.id}-sub-teams`}
                        style={indent(depth + 1)}
                        label={say('Include the teams under {team} ({count})', {
                          team: team.name,
                          count: subTeamIds.length,
                        })}
                        checked={
                          subTeamsChosen.length === subTeamIds.length
                            ? true
                            : subTeamsChosen.length > 0
                              ? 'mixed'
                              : false
                        }
                        onChange={(_, change) =>
                          state.includeSubTeams(subTeamIds, change.checked === true)
                        }
                      />
                    ) : null}
                  </Fragment>
                );
              })}
            </div>
            <Field
              label={say('Cycle')}
              required
              {...(state.cycles.some((cycle) => cycle.state === 'closed')
                ? { hint: say('A closed cycle is read-only: its board shows how it ended.') }
                : {})}
              {...(state.savedCycleGone
                ? {
                    validationState: 'error' as const,
                    validationMessage: say(
                      'The cycle this tab was saved with no longer exists: it was deleted. Choose one of the cycles below.',
                    ),
                  }
                : {})}
            >
              <RadioGroup
                value={state.cycleId}
                onChange={(_, change) => state.setCycleId(change.value)}
              >
                <Radio
                  value="current"
                  label={say('The current cycle (the tab moves on with each new cycle)')}
                />
                {state.cycles.map((cycle) => (
                  <Radio
                    key={cycle.id}
                    value={cycle.id}
                    label={`${cycle.name} · ${cycleStateBadgeSaid(cycle, today(), locale, say)} (${cycleDates(cycle, locale)})`}
                  />
                ))}
              </RadioGroup>
            </Field>
            <Body1>
              {say('Tab name:')} <strong>{state.displayName}</strong>
            </Body1>
            {state.ownSaveButton ? (
              <>
                {state.saveError ? <ErrorStateOnDemand error={state.saveError} /> : null}
                <Button
                  appearance="primary"
                  disabled={!state.valid}
                  disabledFocusable={state.saving}
                  onClick={state.save}
                >
                  {say(state.saving ? 'Saving…' : 'Save and open the board')}
                </Button>
              </>
            ) : (
              <Caption1 className={styles.preview}>
                {say(
                  state.reconfiguring
                    ? 'Select Save to apply your changes.'
                    : 'Select Save to add the tab.',
                )}
              </Caption1>
            )}
          </>
        ) : null}
      </main>
    </>
  );
}
