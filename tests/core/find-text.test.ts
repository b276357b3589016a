import fc from 'fast-check';
import { textFinder } from '../../src/core/find-text';

const finds = (query: string, text: string, locale = 'en-us') => textFinder(query, locale)(text);

describe('finding typed text in a name or an email', () => {
  it.each([
    ['jose', 'José Álvarez'],
    ['JOSÉ', 'jose.alvarez@contoso.com'],
    ['alvarez', 'José Álvarez'],
    ['muller', 'Jürgen Müller'],
    ['zoe', 'Zoë Durand'],
    ['zoë', 'Zoe Durand'],
    ['francois', 'François Dubois'],
    ['pena', 'Ana Peña'],
    ['strasse', 'Anna Straße'],
    ['straße', 'Anna Strasse'],
    ['soren', 'Søren Kierkegaard'],
    ['lodz', 'Łódź office'],
    ['ae', 'Æsa Olsen'],
  ])('“%s” finds “%s”, in each language the app speaks', (query, text) => {
    for (const locale of ['en-us', 'de-de', 'fr-fr', 'es-es'])
      expect(finds(query, text, locale)).toBe(true);
  });

  it('finds a name typed decomposed (e + combining acute), as a Mac keyboard may give it', () => {
    expect(finds('Jose\u0301', 'José')).toBe(true);
    expect(finds('josé', 'Jose\u0301 Álvarez')).toBe(true);
  });

  it('adds the reader’s language’s own equivalences: in German “mueller” finds “Müller”', () => {
    expect(finds('mueller', 'Jürgen Müller', 'de-de')).toBe(true);
    expect(finds('mueller', 'Jürgen Müller', 'en-us')).toBe(false);
  });

  it('lowers the case as the reader’s language does: in Turkish “ı” is the lower case of “I”', () => {
    expect(finds('ılgaz', 'ILGAZ Yılmaz', 'tr-tr')).toBe(true);
  });

  it('finds nothing that is not there, with or without accents', () => {
    expect(finds('josef', 'José Álvarez')).toBe(false);
    expect(finds('müllerin', 'Müller')).toBe(false);
    expect(finds('zoey', 'Zoë')).toBe(false);
    expect(finds('e', 'Ana')).toBe(false);
  });

  it('finds an empty or blank query in every text, and trims what is typed', () => {
    expect(finds('', 'Anyone')).toBe(true);
    expect(finds('   ', '')).toBe(true);
    expect(finds('  jose ', 'José')).toBe(true);
  });

  it('survives a locale that is not a well-formed tag', () => {
    expect(finds('jose', 'José', 'not a locale!')).toBe(true);
  });

  it('always finds a text in itself and any part of it, whatever its case', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.nat(), fc.nat(), (text, from, length) => {
        const start = from % (text.length + 1);
        const part = text.slice(start, start + (length % 6)).trim();
        expect(finds(part, text)).toBe(true);
        expect(finds(part.toLocaleUpperCase(), text.toLocaleLowerCase())).toBe(true);
      }),
    );
  });
});
