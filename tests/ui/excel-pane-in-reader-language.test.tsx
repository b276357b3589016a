/**
 * The Excel task pane's coach section in Office's display language: "Coach this sheet" says what
 * its findings are (Likely weak, Try:, Source:) in German, as the editors' coaching does.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { lintText } from '../../src/core/coaching/engine';
import { defaultOperatingModel } from '../../src/core/operating-model';
import { paneWordsFor } from '../../src/excel/pane-words';
import { SheetFindings } from '../../src/excel/taskpane/TaskPaneCoaching';
import { englishOnScreen } from './support/english-on-screen';

jest.setTimeout(60_000);

it('says a sheet’s findings in German on a German Office (de-DE)', async () => {
  const model = { ...defaultOperatingModel, locale: 'de-DE' };
  const text = 'Website starten';
  const findings = lintText('key_result', text, { model }).map((finding) => ({
    keyResultId: 'k1',
    column: 'keyResult' as const,
    text,
    finding,
  }));
  expect(findings.length).toBeGreaterThan(0);
  render(
    <FluentProvider theme={webLightTheme}>
      <SheetFindings findings={findings} words={paneWordsFor('de-DE')} />
    </FluentProvider>,
  );
  expect((await screen.findAllByText(/^Versuchen Sie:|^Quelle:/)).length).toBeGreaterThan(0);
  expect(englishOnScreen(['Needs fixing', 'Likely weak', 'Tip', 'Try', 'Source'])).toEqual([]);
});
