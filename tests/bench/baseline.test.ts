import { wrapInFluent } from '../../bench/baseline-source';

// ts/basic-tab/src/Tab/client.tsx of @microsoft/teamsfx-core 3.1.3 (templates/v4/templates.zip).
const templateClient = `import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

import App from "./App";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>
);
`;

describe('baseline B', () => {
  test("wraps the template's App in FluentProvider with the Teams light theme and one Button", () => {
    const wrapped = wrapInFluent(templateClient);
    expect(wrapped).toContain(
      'import { Button, FluentProvider, teamsLightTheme } from "@fluentui/react-components";',
    );
    expect(wrapped).toMatch(
      /<StrictMode>\s*<FluentProvider theme=\{teamsLightTheme\}>\s*<App \/>\s*<Button appearance="primary">Get started<\/Button>\s*<\/FluentProvider>\s*<\/StrictMode>/,
    );
    expect(wrapped.match(/<Button/g)).toHaveLength(1);
  });

  test('a template that no longer renders <App /> the same way is a clear error', () => {
    expect(() => wrapInFluent('createRoot(root).render(<Main />);')).toThrow(
      "The template's client.tsx no longer renders <App /> as expected.",
    );
  });
});
