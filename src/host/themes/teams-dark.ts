export { teamsDarkTheme as theme } from '@fluentui/react-theme';
