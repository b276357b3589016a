import { reminderTemplates } from '../../src/core/rhythm';
import { localizedReminderMessages } from '../../src/core/rhythm/reminder-translations';
import { readReminderJobSettings } from '../../src/jobs/reminders/config';
import { activityOf } from '../../src/jobs/reminders/run-pass';
import { coach, planReminderBoard } from '../core/rhythm/reminder-fixtures';

const { notifications } = planReminderBoard({ coaches: [coach] });
const reminder = notifications.find((n) => n.kind === 'checkInDue')!;
const digest = notifications.find((n) => n.kind === 'coachDigest')!;
const app = { teamsAppId: 'app-id', personalTabEntityId: 'myOkrs' };

describe('the reminders job’s language (OKR_LANGUAGE)', () => {
  it('says the preview text and the digest’s topic in the organisation’s language', () => {
    expect(activityOf(reminder, { ...app, language: 'de' }).previewText).toBe(
      'Zeit für einen Check-in bei 2 Key Results, zuerst „Activation to 40%“.',
    );
    expect(activityOf(reminder, { ...app, language: 'fr' }).previewText).toBe(
      'C’est le moment du check-in sur 2 résultats clés, à commencer par « Activation to 40% ».',
    );
    expect(activityOf(digest, { ...app, language: 'es' })).toMatchObject({
      previewText:
        '3 resultados clave sin check-in reciente, 0 con confianza en descenso, 0 equipos sin check-in.',
      topic: { value: 'Salud de los OKR' },
    });
    expect(activityOf(digest, app).topic.value).toBe('OKR health');
  });

  it('passes the count as a bare number, which every language’s templateText words around', () => {
    expect(activityOf(reminder, { ...app, language: 'de' }).templateParameters).toEqual({
      keyResultCount: '2',
      cycleName: 'Q4 2026',
    });
  });

  it.each(['de', 'fr', 'es'])('has every preview text in %s', (language) => {
    for (const key of Object.keys(reminderTemplates) as (keyof typeof reminderTemplates)[])
      expect([key, localizedReminderMessages.template(key, language)]).not.toEqual([
        key,
        reminderTemplates[key],
      ]);
  });

  it('writes French with non-breaking spaces before : ; ? ! and inside « »', () => {
    for (const key of Object.keys(reminderTemplates) as (keyof typeof reminderTemplates)[]) {
      const french = localizedReminderMessages.template(key, 'fr');
      expect(french).not.toMatch(/ [:;?!»]|« /);
      expect(french).not.toMatch(/[^\u00a0][;?!»]/);
      expect(french).not.toMatch(/«[^\u00a0]/);
    }
  });

  it('reads OKR_LANGUAGE, English by default, and names what it accepts', () => {
    const env = { OKR_SITE: 'contoso.sharepoint.com:/sites/okr', TEAMS_APP_ID: 'app-id' };
    expect(readReminderJobSettings(env).language).toBe('en');
    expect(readReminderJobSettings({ ...env, OKR_LANGUAGE: 'DE' }).language).toBe('de');
    expect(() => readReminderJobSettings({ ...env, OKR_LANGUAGE: 'it' })).toThrow(
      'OKR_LANGUAGE must be one of en, de, fr, es (the language of the notifications\' preview text), not "it".',
    );
  });
});
