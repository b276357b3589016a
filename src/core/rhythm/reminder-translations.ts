import { createCatalogue, type Catalogue } from '../i18n';
import { reminderTemplates, type ReminderMessageKey } from './reminders';

/**
 * The activity feed's preview texts in every language the product speaks, for the reminders
 * job. Graph's `sendActivityNotification` takes one `previewText` per call and Teams shows it
 * as sent (only the manifest's `templateText` is localized by the reader's Teams language):
 * https://learn.microsoft.com/graph/api/userteamwork-sendactivitynotification ("previewText"),
 * so the job says it in the organisation's language (`OKR_LANGUAGE`).
 */
export const localizedReminderMessages: Catalogue<ReminderMessageKey> = createCatalogue(
  reminderTemplates,
  {
    de: {
      'checkInDue.preview.one': 'Zeit für einen Check-in bei „{title}“.',
      'checkInDue.preview.many':
        'Zeit für einen Check-in bei {count} Key Results, zuerst „{title}“.',
      'coachDigest.preview':
        '{stale} {stale|veraltetes Key Result|veraltete Key Results}, {falling} mit sinkender Zuversicht, {quiet} {quiet|Team|Teams} ohne Check-in.',
      'coachDigest.allClear': 'Jedes Team hat eingecheckt, und keine Zuversicht sinkt.',
      'nudge.preview': '{coach} bittet um einen Check-in bei „{title}“.',
      'coachDigest.topic': 'OKR-Zustand',
    },
    fr: {
      'checkInDue.preview.one': 'C’est le moment du check-in sur « {title} ».',
      'checkInDue.preview.many':
        'C’est le moment du check-in sur {count} résultats clés, à commencer par « {title} ».',
      'coachDigest.preview':
        '{stale} {stale|résultat clé|résultats clés} sans check-in récent, {falling} avec une confiance en baisse, {quiet} {quiet|équipe|équipes} sans check-in.',
      'coachDigest.allClear': 'Chaque équipe a fait son check-in et aucune confiance ne baisse.',
      'nudge.preview': '{coach} demande un check-in sur « {title} ».',
      'coachDigest.topic': 'Santé des OKR',
    },
    es: {
      'checkInDue.preview.one': 'Es hora de hacer el check-in de «{title}».',
      'checkInDue.preview.many':
        'Es hora de hacer el check-in de {count} resultados clave, empezando por «{title}».',
      'coachDigest.preview':
        '{stale} {stale|resultado clave|resultados clave} sin check-in reciente, {falling} con confianza en descenso, {quiet} {quiet|equipo|equipos} sin check-in.',
      'coachDigest.allClear': 'Todos los equipos hicieron el check-in y ninguna confianza baja.',
      'nudge.preview': '{coach} pide un check-in de «{title}».',
      'coachDigest.topic': 'Salud de los OKR',
    },
  },
);
