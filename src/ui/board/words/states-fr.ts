import { describeErrorIn } from '../../errors/error-words';
import type { StatesTranslation } from '../../errors/state-words';

/** Every page's shared states in French, with the board's terms (`fr.ts`). */
export const states: StatesTranslation = {
  texts: {
    'Loading the Import page': 'Chargement de la page d’importation',
    'Loading the programme': 'Chargement du programme',
    'Checking the OKR site': 'Vérification du site OKR',
    'Set up the OKR site': 'Configurer le site OKR',
    'Your OKRs live in SharePoint lists on your organisation’s OKR site. Some are not there yet. Setting them up adds what is missing and never changes or removes anything.':
      'Vos OKR sont stockés dans des listes SharePoint sur le site OKR de votre organisation. Certaines n’y sont pas encore. La configuration ajoute ce qui manque, sans jamais modifier ni supprimer quoi que ce soit.',
    'Missing from the OKR site': 'Éléments manquants sur le site OKR',
    'The list “{list}”': 'La liste « {list} »',
    'The column “{column}” in {list}': 'La colonne « {column} » dans {list}',
    'An index with unique values on “{column}” in {list}':
      'Un index à valeurs uniques sur « {column} » dans {list}',
    'An index on “{column}” in {list}': 'Un index sur « {column} » dans {list}',
    'This needs the “{manageLists}” permission, usually held by a Microsoft 365 admin. Reading and writing OKRs afterwards needs “{readWriteItems}”.':
      'Cela nécessite l’autorisation « {manageLists} », que détient généralement un administrateur Microsoft 365. Lire et écrire des OKR nécessite ensuite « {readWriteItems} ».',
    'Setting up…': 'Configuration…',
    'The OKR site is set up': 'Le site OKR est configuré',
    'Added {what}; nothing that was there was changed.':
      'Ajout de {what} ; rien de ce qui existait n’a été modifié.',
    '{count} {count|list|lists}': '{count} {count|liste|listes}',
    '{count} {count|column|columns}': '{count} {count|colonne|colonnes}',
    '{count} {count|index|indexes}': '{count} index',
    'Open OKR Coach': 'Ouvrir OKR Coach',
  },
  titles: {
    'OKR board · OKR Coach': 'Tableau OKR · OKR Coach',
    'Tab configuration · OKR Coach': 'Configuration de l’onglet · OKR Coach',
    'Meeting side panel · OKR Coach': 'Panneau latéral de la réunion · OKR Coach',
    'Meeting stage · OKR Coach': 'Scène de la réunion · OKR Coach',
  },
  describeError: describeErrorIn,
};
