import type { Page } from 'playwright-core';
import {
  dialogScreenshot,
  openNewCycleDialog,
  openOverflowingTab,
  teamsStackPerFile,
  type TeamsStack,
} from './support';

/**
 * Date fields in Teams' language, not the browser's: a Spanish Teams in an English browser showed
 * and took a cycle's dates as mm/dd/yyyy (`<input type="date">` follows the browser).
 */
jest.setTimeout(180_000);
const found = { timeout: 60_000 };

let stack: TeamsStack;
let page: Page;

teamsStackPerFile(
  (started) => (stack = started),
  (opened) => (page = opened),
);

it('takes a new cycle’s dates as dd/mm/aaaa in Spanish, refusing what is no date by its form', async () => {
  const { tab, dialog } = await openNewCycleDialog(page, stack.server.url, {
    locale: 'es-es',
    programme: 'Programa',
    openSection: (tab, name) =>
      openOverflowingTab(
        tab,
        { list: 'Secciones del programa', more: /secci(ón|ones) más$/ },
        name,
      ),
    cycles: 'Ciclos',
    newCycle: 'Nuevo ciclo',
    customDates: 'Fechas personalizadas',
  });
  await dialog.getByRole('textbox', { name: /Nombre/ }).fill('Piloto');
  const starts = dialog.getByRole('textbox', { name: /^Empieza/ });
  const ends = dialog.getByRole('textbox', { name: /^Termina/ });
  expect(await starts.getAttribute('placeholder')).toBe('dd/mm/aaaa');

  await starts.fill('31/02/2031');
  await ends.focus();
  await dialog.getByText('«Empieza» no es una fecha válida (se espera dd/mm/aaaa).').waitFor(found);
  await dialogScreenshot(tab, 'new-cycle-dates-spanish');
  const cyclesBefore = (await stack.repository.listCycles()).length;
  await dialog.getByRole('button', { name: 'Crear ciclo' }).click();
  await dialog.getByText('«Empieza» no es una fecha válida (se espera dd/mm/aaaa).').waitFor();
  expect((await stack.repository.listCycles()).length).toBe(cyclesBefore);

  // The day first, as Spanish writes it: 10 May, not 5 October.
  await starts.fill('10/05/2031');
  await ends.fill('31/07/2031');
  await dialog.getByRole('button', { name: 'Crear ciclo' }).click();
  await dialog.waitFor({ state: 'detached', ...found });
  const pilot = (await stack.repository.listCycles()).find((c) => c.name === 'Piloto');
  expect(pilot).toMatchObject({ start: '2031-05-10', end: '2031-07-31' });
});
