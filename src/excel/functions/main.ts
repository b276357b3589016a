import { officeDisplayLanguage, officeReady } from '../../host/office';
import { reloadable } from '../../reloadable';
import { registerCustomFunctions } from './register';

const loadFunctionWords = reloadable(() => import('./function-words'));

// The stand-alone functions page (custom functions without the task pane). With the shared
// runtime the manifest points Excel at the task pane page, which registers them itself. It
// speaks Office's display language, as the functions' messages do.
void Promise.all([officeReady(), loadFunctionWords()]).then(([, { sayInFunction }]) => {
  const registered = registerCustomFunctions();
  const locale = officeDisplayLanguage() ?? 'en';
  const root = document.getElementById('root');
  document.documentElement.lang = locale;
  if (root) {
    root.textContent = sayInFunction(registered ? 'pageReady' : 'pageOutsideExcel', locale);
  }
});
