import type { CoachText } from '../../coach/coach-words';

/** The Coach view in Spanish, with the board's terms (`es.ts`): confianza, check-in, alineación. */
export const coach: Readonly<Record<CoachText, string>> = {
  'Coaching every team · {cycle}': 'Coaching de todos los equipos · {cycle}',
  'Coaching {teams} · {cycle}': 'Coaching de {teams} · {cycle}',
  'this tab’s teams': 'los equipos de esta pestaña',
  'Health across teams': 'Estado de los equipos',
  'Actions on {title}': 'Acciones sobre {title}',
  'Copy link to {title}': 'Copiar vínculo de {title}',
  'Nudge owner, {owner}, to check in on {title}':
    'Recordar al responsable, {owner}, que haga el check‑in de {title}',
  Open: 'Abrir',
  'Open {title} on the board': 'Abrir {title} en el tablero',
  'Stale key results': 'Resultados clave sin check‑in reciente',
  'Every key result was checked in recently.':
    'Todos los resultados clave tuvieron un check‑in reciente.',
  'Never checked in': 'Sin ningún check‑in',
  'Last check-in {count} {count|day|days} ago': 'Último check‑in hace {count} {count|día|días}',
  'Confidence falling': 'Confianza en descenso',
  'No confidence is falling.': 'Ninguna confianza está bajando.',
  'From {previous}/{max} to {latest}/{max}': 'De {previous}/{max} a {latest}/{max}',
  'Overdue initiatives': 'Iniciativas vencidas',
  'No initiative is past its due date.': 'Ninguna iniciativa ha superado su fecha de vencimiento.',
  'Due {day}': 'Vence el {day}',
  'for {title}': 'para {title}',
  'Not aligned': 'Sin alinear',
  'Every team objective aligns to another.':
    'Todos los objetivos de equipo están alineados con otro.',
  'Weakly written': 'Redacción mejorable',
  'The coach has no wording concerns.': 'El coach no tiene observaciones sobre la redacción.',
  '{finding} Try: {suggestion}': '{finding} Pruebe: {suggestion}',
  'Why?': '¿Por qué?',
  'Teams that have not checked in': 'Equipos sin check‑in',
  'Every team checked in this week.': 'Todos los equipos hicieron check‑in esta semana.',
};
