import { officeReady } from '../../host/office';
import { registerCustomFunctions } from './register';

// The stand-alone functions page (custom functions without the task pane). With the shared
// runtime the manifest points Excel at the task pane page, which registers them itself.
void officeReady().then(() => {
  const registered = registerCustomFunctions();
  const root = document.getElementById('root');
  if (root) {
    root.textContent = registered
      ? 'OKR Coach functions are ready: =OKR.PROGRESS, =OKR.STATUS, =OKR.LINT.'
      : 'Open this page from Excel to use the OKR Coach functions.';
  }
});
