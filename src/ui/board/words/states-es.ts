import { describeErrorIn } from '../../errors/error-words';
import type { StatesTranslation } from '../../errors/state-words';

/** Every page's shared states in Spanish, with the board's terms (`es.ts`). */
export const states: StatesTranslation = {
  texts: {
    'Loading the Import page': 'Cargando la página de importación',
    'Loading the programme': 'Cargando el programa',
    'Checking the OKR site': 'Comprobando el sitio de OKR',
    'Set up the OKR site': 'Configurar el sitio de OKR',
    'Your OKRs live in SharePoint lists on your organisation’s OKR site. Some are not there yet. Setting them up adds what is missing and never changes or removes anything.':
      'Sus OKR se guardan en listas de SharePoint del sitio de OKR de su organización. Algunas todavía no están. La configuración agrega lo que falta y nunca cambia ni quita nada.',
    'Missing from the OKR site': 'Lo que falta en el sitio de OKR',
    'The list “{list}”': 'La lista «{list}»',
    'The column “{column}” in {list}': 'La columna «{column}» en {list}',
    'An index with unique values on “{column}” in {list}':
      'Un índice con valores únicos en «{column}» en {list}',
    'An index on “{column}” in {list}': 'Un índice en «{column}» en {list}',
    'This needs the “{manageLists}” permission, usually held by a Microsoft 365 admin. Reading and writing OKRs afterwards needs “{readWriteItems}”.':
      'Esto requiere el permiso «{manageLists}», que suele tener un administrador de Microsoft 365. Para leer y escribir OKR después se necesita «{readWriteItems}».',
    'Setting up…': 'Configurando…',
    'The OKR site is set up': 'El sitio de OKR está configurado',
    'Added {what}; nothing that was there was changed.':
      'Se agregó: {what}; no se cambió nada de lo que ya había.',
    '{count} {count|list|lists}': '{count} {count|lista|listas}',
    '{count} {count|column|columns}': '{count} {count|columna|columnas}',
    '{count} {count|index|indexes}': '{count} {count|índice|índices}',
    'Open OKR Coach': 'Abrir OKR Coach',
  },
  titles: {
    'OKR board · OKR Coach': 'Tablero de OKR · OKR Coach',
    'Tab configuration · OKR Coach': 'Configuración de la pestaña · OKR Coach',
    'Meeting side panel · OKR Coach': 'Panel lateral de la reunión · OKR Coach',
    'Meeting stage · OKR Coach': 'Escenario de la reunión · OKR Coach',
  },
  describeError: describeErrorIn,
};
