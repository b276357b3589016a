/**
 * Microsoft's German for Teams' meeting stage: the stage is the „Besprechungsphase“ and an app is
 * shared to it „für die Besprechungsphase freigeben“, its button „Für Besprechungsphase
 * freigeben“ (https://learn.microsoft.com/de-de/microsoftteams/platform/apps-in-teams-meetings/build-apps-for-teams-meeting-stage).
 * The panel said „In Besprechungsphase teilen“: Teams' own button beside it says otherwise.
 */
import { meeting } from '../../src/ui/board/words/meeting-de';

const texts = Object.entries(meeting.texts) as [string, string][];

it('says Share to stage as Teams’ German does', () => {
  expect(meeting.texts['Share to stage']).toBe('Für Besprechungsphase freigeben');
  expect(meeting.texts['Shared to the stage.']).toBe('Für die Besprechungsphase freigegeben.');
});

it('shares to the meeting stage with „freigeben“, never „teilen“, in every German text', () => {
  // Where the English shares something (to the stage: the panel's drafts are shared otherwise).
  const sharing = texts.filter(
    ([english]) => /\bshar(e|es|ing)\b/i.test(english) && !/drafts?\b/i.test(english),
  );
  expect(sharing.length).toBeGreaterThan(4);
  expect(sharing.filter(([, german]) => /teil(en|t)|geteilt/i.test(german))).toEqual([]);
  expect(
    sharing.filter(([, german]) => !/frei(gabe|geben|gegeben)|gebe[n]? .* frei/i.test(german)),
  ).toEqual([]);
});
