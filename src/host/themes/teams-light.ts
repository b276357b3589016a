export { teamsLightTheme as theme } from '@fluentui/react-theme';
