import { useEffect, useState, type ReactNode } from 'react';
import { FluentProvider, makeStyles } from '@fluentui/react-components';
import { fluentThemeFor } from '../../host';
import type { Host } from '../../host/types';

const useStyles = makeStyles({
  root: { height: '100vh', display: 'flex', flexDirection: 'column' },
});

/** Fluent's theme for the host's theme, switched live when the host changes it. */
export function HostThemeProvider({
  host,
  children,
}: {
  readonly host: Host;
  readonly children: ReactNode;
}) {
  const styles = useStyles();
  const [theme, setTheme] = useState(host.context.theme);
  useEffect(() => host.onThemeChange(setTheme), [host]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <FluentProvider
      theme={fluentThemeFor(theme, host.context.kind)}
      dir="ltr"
      lang={host.context.locale}
    >
      {/* Layout lives on an inner element: the provider's own classes are copied to portals. */}
      <div className={styles.root}>{children}</div>
    </FluentProvider>
  );
}
