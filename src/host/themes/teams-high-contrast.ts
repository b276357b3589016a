import { teamsHighContrastTheme } from '@fluentui/react-theme';
import type { Theme } from '@fluentui/react-theme';

/**
 * Fluent's high-contrast theme paints placeholders (`colorNeutralForeground4`) as white as typed
 * text, so an empty field looks filled. Here they are a light grey: 8.6:1 on the black
 * background, well above WCAG's 4.5:1, and still told apart from text.
 *
 * It also paints a progress bar's track (`colorNeutralBackground6`) as black as the page: a KR at
 * 0% showed no bar at all, and no bar showed how far it had to go. Fluent counts on Windows'
 * forced colours there, which Teams' own contrast theme does not turn on. Here the track is a
 * grey at 4.6:1 against the page and at least 3:1 against every bar's colour, as WCAG 1.4.11
 * asks of a control's parts.
 */
export const theme: Theme = {
  ...teamsHighContrastTheme,
  colorNeutralForeground4: '#a6a6a6',
  colorNeutralBackground6: '#767676',
};
