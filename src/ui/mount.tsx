import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';

export function mount(app: ReactNode): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element to mount into.');
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>{app}</FluentProvider>
    </StrictMode>,
  );
}
