/**
 * Viva Goals' HTML notes, descriptions and comments as the plain text a person wrote: every
 * character reference decoded (the whole HTML5 set of names, not a handful, and numbers), line
 * breaks kept where <br>, <p> and <li> made them, and a link kept with its address.
 */
import { defaultOperatingModel } from '../../src/core/operating-model';
import { planImport, readImportFile } from '../../src/migrate';
import { htmlToText } from '../../src/migrate/values';
import { vivaRecords, vivaZip } from './fixtures';

describe('an HTML note as text', () => {
  it('decodes entities, keeps line breaks and a link’s address', () => {
    expect(
      htmlToText(
        '<p>Outage 11/9 &mdash; DB failover<br/>Postmortem: <a href="https://contoso.sharepoint.com/pm/42">PM-42</a></p>',
      ),
    ).toBe('Outage 11/9 — DB failover\nPostmortem: PM-42 (https://contoso.sharepoint.com/pm/42)');
  });

  it.each([
    [
      '&euro;&nbsp;5&hellip; &ndash; &laquo;ok&raquo; &auml;&szlig; &copy; &trade;',
      '€ 5… – «ok» äß © ™',
    ],
    ['&#8364; &#x20AC; &#128512; &#x1F600;', '€ € 😀 😀'],
    ['&lt;script&gt; &amp;amp; &quot;x&quot; &apos;y&apos;', '<script> &amp; "x" \'y\''],
    ['&rightarrow; &NotEqualTilde; &frac12; &check;', '→ ≂̸ ½ ✓'],
    ['&unknownentity; stays', '&unknownentity; stays'],
  ])('%s reads %s', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('puts list items and paragraphs on lines of their own', () => {
    expect(
      htmlToText('<p>Fokus: Bayern &amp; Österreich.</p><ul><li>Partner</li><li>Events</li></ul>'),
    ).toBe('Fokus: Bayern & Österreich.\n• Partner\n• Events');
  });

  it('writes a link once where its text is its address, and never a script link', () => {
    expect(
      htmlToText('<a href="https://x.example/a?b=1&amp;c=2">https://x.example/a?b=1&amp;c=2</a>'),
    ).toBe('https://x.example/a?b=1&c=2');
    expect(htmlToText("<a href='mailto:pat@contoso.com'>pat@contoso.com</a>")).toBe(
      'pat@contoso.com',
    );
    expect(htmlToText('<a href="https://x.example/?q=&amp;lt;">Search</a>')).toBe(
      'Search (https://x.example/?q=&lt;)',
    );
    expect(htmlToText('<a href="javascript:alert(1)">Click</a>')).toBe('Click');
  });
});

it("imports a Viva Goals check-in's HTML note as that text", async () => {
  const records = {
    ...vivaRecords,
    checkins: vivaRecords.checkins.map((checkIn) =>
      checkIn.ID === 8001
        ? {
            ...checkIn,
            'Check In Note': {
              'Check In Note': 'Outage 11/9 — DB failover',
              'Check In Note HTML':
                '<p>Outage 11/9 &mdash; DB failover<br/>Postmortem: <a href="https://contoso.sharepoint.com/pm/42">PM-42</a></p>',
            },
          }
        : checkIn,
    ),
  };
  const plan = planImport(await readImportFile('export.zip', await vivaZip(records)), {
    today: '2025-02-20',
    rules: defaultOperatingModel,
  });
  expect(plan.checkIns.find((c) => c.sourceId === 'viva:c:8001')?.draft.note).toBe(
    'Outage 11/9 — DB failover\nPostmortem: PM-42 (https://contoso.sharepoint.com/pm/42)',
  );
});
