import { useEffect, useState, type ReactNode } from 'react';
import { FluentProvider, makeStyles, type Theme } from '@fluentui/react-components';
import { loadFluentTheme } from '../../host';
import type { Host } from '../../host/types';

const useStyles = makeStyles({
  root: { height: '100vh', display: 'flex', flexDirection: 'column' },
});

/**
 * Fluent's theme for the host's theme, switched live when the host changes it. Each theme loads
 * on demand; a page that loaded its first one before rendering passes it as `initialTheme`, so
 * its first paint is already themed (without it, nothing renders until the theme is in).
 */
export function HostThemeProvider({
  host,
  initialTheme,
  children,
}: {
  readonly host: Host;
  readonly initialTheme?: Theme;
  readonly children: ReactNode;
}) {
  const styles = useStyles();
  const [themeName, setThemeName] = useState(host.context.theme);
  const [shown, setShown] = useState(
    initialTheme ? { name: host.context.theme, theme: initialTheme } : undefined,
  );
  useEffect(() => host.onThemeChange(setThemeName), [host]);
  useEffect(() => {
    let current = true;
    void loadFluentTheme(themeName, host.context.kind).then((theme) => {
      if (current) setShown((prev) => (prev?.theme === theme ? prev : { name: themeName, theme }));
    });
    return () => {
      current = false;
    };
  }, [themeName, host.context.kind]);
  // Set once the theme is rendered: browser tests wait for it before they look at colours.
  useEffect(() => {
    if (shown) document.documentElement.dataset.theme = shown.name;
  }, [shown]);
  // The browser's default 8 px body margin showed as white gutters around a dark or
  // high-contrast page: the provider, which paints the theme's background, fills the viewport.
  useEffect(() => {
    document.body.style.margin = '0';
  }, []);
  if (!shown) return null;
  return (
    <FluentProvider theme={shown.theme} dir="ltr" lang={host.context.locale}>
      {/* Layout lives on an inner element: the provider's own classes are copied to portals. */}
      <div className={styles.root}>{children}</div>
    </FluentProvider>
  );
}
