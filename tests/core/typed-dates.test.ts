import { formatDateForTyping, parseTypedDate, typedDateForm } from '../../src/core/typed-dates';

describe('dates typed in the app’s locale', () => {
  it('shows a date the way the locale writes it, not as the browser does', () => {
    expect(formatDateForTyping('2027-03-31', 'de-DE')).toBe('31.03.2027');
    expect(formatDateForTyping('2027-03-31', 'es-ES')).toBe('31/03/2027');
    expect(formatDateForTyping('2027-03-31', 'fr-FR')).toBe('31/03/2027');
    expect(formatDateForTyping('2027-03-31', 'en-US')).toBe('03/31/2027');
  });

  it('names the accepted form in the language’s letters', () => {
    expect(typedDateForm('de-DE')).toBe('TT.MM.JJJJ');
    expect(typedDateForm('fr-FR')).toBe('jj/mm/aaaa');
    expect(typedDateForm('es-ES')).toBe('dd/mm/aaaa');
    expect(typedDateForm('en-US')).toBe('mm/dd/yyyy');
    expect(typedDateForm('en-GB')).toBe('dd/mm/yyyy');
  });

  it('reads the day first where the locale writes it first', () => {
    expect(parseTypedDate('05/04/2027', 'es-ES', 'Starts')).toEqual({
      ok: true,
      value: '2027-04-05',
    });
    expect(parseTypedDate('05/04/2027', 'en-US', 'Starts')).toEqual({
      ok: true,
      value: '2027-05-04',
    });
    expect(parseTypedDate('5.4.27', 'de-DE', 'Starts')).toEqual({ ok: true, value: '2027-04-05' });
    expect(parseTypedDate(' 2027-04-05 ', 'fr-FR', 'Starts')).toEqual({
      ok: true,
      value: '2027-04-05',
    });
    expect(parseTypedDate('  ', 'fr-FR', 'Starts')).toEqual({ ok: true, value: undefined });
  });

  it('refuses what is no date, naming the form the locale accepts', () => {
    for (const typed of ['31/02/2027', '13/31/2027', 'tomorrow', '31/03', '31/03/12345']) {
      const read = parseTypedDate(typed, 'es-ES', 'Empieza');
      expect(read.ok).toBe(false);
      if (!read.ok) {
        expect(read.issues[0]).toMatchObject({
          code: 'dateInvalid',
          field: 'Empieza',
          params: { expected: 'dd/mm/aaaa' },
        });
      }
    }
  });
});
