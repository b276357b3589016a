import type { CoachText } from '../../coach/coach-words';

/** The Coach view in French, with the board's terms (`fr.ts`): confiance, check-in, alignement. */
export const coach: Readonly<Record<CoachText, string>> = {
  'Coaching every team · {cycle}': 'Coaching de toutes les équipes · {cycle}',
  'Coaching {teams} · {cycle}': 'Coaching de {teams} · {cycle}',
  'this tab’s teams': 'les équipes de cet onglet',
  'Health across teams': 'Santé des équipes',
  'Actions on {title}': 'Actions sur {title}',
  'Copy link to {title}': 'Copier le lien de {title}',
  'Nudge owner, {owner}, to check in on {title}':
    'Relancer le responsable, {owner}, pour le check‑in de {title}',
  Open: 'Ouvrir',
  'Open {title} on the board': 'Ouvrir {title} sur le tableau',
  'Stale key results': 'Résultats clés sans check‑in récent',
  'Every key result was checked in recently.': 'Chaque résultat clé a eu un check‑in récemment.',
  'Never checked in': 'Aucun check‑in',
  'Last check-in {count} {count|day|days} ago':
    'Dernier check‑in il y a {count} {count|jour|jours}',
  'Confidence falling': 'Confiance en baisse',
  'No confidence is falling.': 'Aucune confiance n’est en baisse.',
  'From {previous}/{max} to {latest}/{max}': 'De {previous}/{max} à {latest}/{max}',
  'Overdue initiatives': 'Initiatives en retard',
  'No initiative is past its due date.': 'Aucune initiative n’a dépassé son échéance.',
  'Due {day}': 'Échéance : {day}',
  'for {title}': 'pour {title}',
  'Not aligned': 'Non alignés',
  'Every team objective aligns to another.': 'Chaque objectif d’équipe est aligné sur un autre.',
  'Weakly written': 'Mal formulés',
  'The coach has no wording concerns.': 'Le coach n’a aucune remarque sur la formulation.',
  '{finding} Try: {suggestion}': '{finding} Essayez : {suggestion}',
  'Why?': 'Pourquoi ?',
  'Teams that have not checked in': 'Équipes sans check‑in',
  'Every team checked in this week.': 'Chaque équipe a fait son check‑in cette semaine.',
};
