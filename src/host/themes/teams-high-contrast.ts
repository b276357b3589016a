import { teamsHighContrastTheme } from '@fluentui/react-theme';
import type { Theme } from '@fluentui/react-theme';

/**
 * Fluent's high-contrast theme paints placeholders (`colorNeutralForeground4`) as white as typed
 * text, so an empty field looks filled. Here they are a light grey: 8.6:1 on the black
 * background, well above WCAG's 4.5:1, and still told apart from text.
 */
export const theme: Theme = { ...teamsHighContrastTheme, colorNeutralForeground4: '#a6a6a6' };
