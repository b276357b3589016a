/** Baseline B's source, made from the template's (pure, so it is tested without building). */

/**
 * The template's `react` and `react-dom` (`^19.0.0` in its package.json), pinned so the figures
 * do not move with a new React release.
 */
export const TEMPLATE_REACT_VERSION = '19.2.0';

/** The template's `App`, inside `FluentProvider` with `teamsLightTheme`, with one `Button`. */
export function wrapInFluent(client: string): string {
  const wrapped = client
    .replace(
      /import App from "\.\/App";/,
      'import App from "./App";\nimport { Button, FluentProvider, teamsLightTheme } from "@fluentui/react-components";',
    )
    .replace(
      /<App \/>/,
      '<FluentProvider theme={teamsLightTheme}>\n      <App />\n      <Button appearance="primary">Get started</Button>\n    </FluentProvider>',
    );
  if (!wrapped.includes('FluentProvider theme') || !wrapped.includes('import { Button')) {
    throw new Error("The template's client.tsx no longer renders <App /> as expected.");
  }
  return wrapped;
}
