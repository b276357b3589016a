export { webLightTheme as theme } from '@fluentui/react-theme';
