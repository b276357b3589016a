import type { ImportTranslation } from '../import-words';

// The core's validation messages in this language, for a draft the core refuses.
export { sayIssue } from '../../../core/issue-words';

/**
 * The Import and export page and its reports in French, with the board's words (« vous »,
 * « objectif », « résultat clé », « check-in », « cycle »); Jira's issues are its French
 * « tickets ». A non-breaking space comes before « : ; ? ! » and inside the quotes, as French
 * typography has it. The source tools' column names and the products' names stay as written.
 */
export const words: ImportTranslation = {
  // The page
  'Move in from Viva Goals or a spreadsheet': 'Migrer depuis Viva Goals ou un tableur',
  'Import from Viva Goals or a spreadsheet': 'Importer depuis Viva Goals ou un tableur',
  "A Viva Goals organisation export (.zip), a Viva Goals explorer export (.csv or .xlsx), the OKR Coach template, your own sheet with one row per key result (an Objective and a Key result column; Owner, Team, Quarter, Baseline, Target, Current, Confidence, Status, Due and Notes if you have them) or one row per objective (its key results in numbered columns: KR1, KR1 Target, KR1 Current, KR2, …), a goal list exported from another OKR tool (one row per goal with a Parent goal column, an outline number such as 1.2, key results indented under their objective, or a Type of Objective, Key result or Initiative on each row), as .csv or .xlsx, or such goal records as JSON, as a tool's API gives them, or Jira issues (CSV), as Jira's Export CSV writes them. You see what would be imported before anything is written; importing the same file again updates what it wrote and adds nothing twice.":
    'Un export d’organisation Viva Goals (.zip), un export de l’explorateur Viva Goals (.csv ou .xlsx), le modèle OKR Coach, votre propre feuille avec une ligne par résultat clé (une colonne « Objective » et une colonne « Key result » ; Owner, Team, Quarter, Baseline, Target, Current, Confidence, Status, Due et Notes si vous les avez) ou une ligne par objectif (ses résultats clés dans des colonnes numérotées : KR1, KR1 Target, KR1 Current, KR2, …), une liste d’objectifs exportée d’un autre outil OKR (une ligne par objectif avec une colonne « Parent goal », un numéro de plan comme 1.2, des résultats clés en retrait sous leur objectif, ou un Type « Objective », « Key result » ou « Initiative » sur chaque ligne), en .csv ou .xlsx, ou ces mêmes objectifs en JSON, tels que l’API d’un outil les fournit, ou des tickets Jira (CSV), tels que l’« Export CSV » de Jira les écrit. Vous voyez ce qui serait importé avant que quoi que ce soit ne soit écrit ; importer à nouveau le même fichier met à jour ce qu’il a écrit et n’ajoute rien en double.',
  'Drag a file here, or': 'Faites glisser un fichier ici, ou',
  'Choose a file': 'Choisir un fichier',
  'Download the template (example)': 'Télécharger le modèle (exemple)',
  'Reading {file}…': 'Lecture de {file}…',
  'This file cannot be imported': 'Ce fichier ne peut pas être importé',
  'The import reads:': 'L’importation lit :',
  // The dry run
  '{format}: what the import writes': '{format} : ce que l’importation écrit',
  'Teams: {count} new; {changed} {onSite}.':
    'Équipes : {count} {count|nouvelle|nouvelles} ; {changed} {onSite}.',
  'Everything maps': 'Tout est repris',
  'What is changed or left out ({count})': 'Ce qui est modifié ou laissé de côté ({count})',
  'What happens': 'Ce qui se passe',
  'Where and why': 'Où et pourquoi',
  Changed: 'Modifié',
  'Left out': 'Omis',
  '{count} more {count|is|are} in the report.':
    '{count} {count|autre figure|autres figurent} dans le rapport.',
  'Not found in your directory': 'Introuvable dans votre annuaire',
  '{count} {count|person is|people are} kept by name only: {names}.':
    '{count} {count|personne est conservée|personnes sont conservées} par leur nom seulement : {names}.',
  // The run and its outcome
  'Importing {kind}: {done} of {total}': 'Importation des {kind} : {done} sur {total}',
  'Import stopped': 'Importation arrêtée',
  'Imported, with {count} not written': 'Importé, {count} non {count|écrit|écrits}',
  'Not imported: {count} not written': 'Non importé : {count} non {count|écrit|écrits}',
  Imported: 'Importé',
  '{written}.': '{written}.',
  'Import the file again to continue; nothing is written twice.':
    'Importez à nouveau le fichier pour continuer ; rien n’est écrit deux fois.',
  'Each is listed below with why: correct the file and import it again. What was written is updated, not made twice.':
    'Chacun est indiqué ci-dessous avec sa raison : corrigez le fichier et importez-le à nouveau. Ce qui a été écrit est mis à jour, pas créé deux fois.',
  'Not written ({count})': 'Non écrits ({count})',
  'What happened': 'Ce qui s’est passé',
  'Not written': 'Non écrit',
  'Nothing to import: this file would write nothing, as everything in it is already on your site as the file has it, left as your site has it, or skipped (each named above). Choose another file to import.':
    'Rien à importer : ce fichier n’écrirait rien, car tout ce qu’il contient est déjà sur votre site tel que le fichier l’indique, laissé tel que votre site l’a, ou ignoré (chaque cas est indiqué ci-dessus). Choisissez un autre fichier à importer.',
  'Only an admin of the OKR programme can import.':
    'Seul un administrateur du programme OKR peut importer.',
  Stop: 'Arrêter',
  Import: 'Importer',
  'Import again': 'Importer à nouveau',
  'See the imported OKRs': 'Voir les OKR importés',
  'They open in All OKRs, every team’s board, on {cycle}.':
    'Ils s’ouvrent dans Tous les OKR, le tableau de toutes les équipes, sur le cycle {cycle}.',
  'They open in All OKRs, every team’s board, on {cycle}: the latest of the {count} cycles imported. Its cycle switcher shows the others.':
    'Ils s’ouvrent dans Tous les OKR, le tableau de toutes les équipes, sur le cycle {cycle} : le plus récent des {count} cycles importés. Son sélecteur de cycle affiche les autres.',
  'Download the report': 'Télécharger le rapport',
  'Choose another file': 'Choisir un autre fichier',
  // Export
  'Export everything': 'Tout exporter',
  "Every cycle, team, objective, key result, initiative and check-in, in the Viva Goals export's JSON shape (which this page imports) or as the template spreadsheet (CSV or Excel). Edit the file and import it here again: the OKRs it names are updated, not made twice.":
    'Tous les cycles, équipes, objectifs, résultats clés, initiatives et check-ins, au format JSON de l’export Viva Goals (que cette page importe) ou comme feuille du modèle (CSV ou Excel). Modifiez le fichier et importez-le à nouveau ici : les OKR qu’il nomme sont mis à jour, pas créés deux fois.',
  'Export as JSON (.zip)': 'Exporter en JSON (.zip)',
  'Export as CSV': 'Exporter en CSV',
  'Export as Excel': 'Exporter en Excel',
  'Exporting…': 'Exportation…',

  // The report: kinds counted, and as a count's label
  '{count} {count|team|teams}': '{count} {count|équipe|équipes}',
  '{count} {count|cycle|cycles}': '{count} {count|cycle|cycles}',
  '{count} {count|objective|objectives}': '{count} {count|objectif|objectifs}',
  '{count} {count|key result|key results}': '{count} {count|résultat clé|résultats clés}',
  '{count} {count|initiative|initiatives}': '{count} {count|initiative|initiatives}',
  '{count} {count|check-in|check-ins}': '{count} {count|check-in|check-ins}',
  teams: 'équipes',
  cycles: 'cycles',
  objectives: 'objectifs',
  'key results': 'résultats clés',
  initiatives: 'initiatives',
  'check-ins': 'check-ins',
  // The kinds of file
  'Viva Goals organisation export': 'Export d’organisation Viva Goals',
  'Viva Goals explorer export': 'Export de l’explorateur Viva Goals',
  'OKR Coach template': 'Modèle OKR Coach',
  'Your own sheet (one row per key result)': 'Votre propre feuille (une ligne par résultat clé)',
  'Your own sheet (one row per objective, its key results in columns)':
    'Votre propre feuille (une ligne par objectif, ses résultats clés en colonnes)',
  'Goal tree from another OKR tool (one row per goal)':
    'Arborescence d’objectifs d’un autre outil OKR (une ligne par objectif)',
  'Jira issues (CSV)': 'Tickets Jira (CSV)',
  '{first}; {then}': '{first} ; {then}',
  '{first}: {then}': '{first} : {then}',
  '{rows} and {count} more': '{rows} et {count} de plus',
  // Teams already on the site
  'already on your site: {teams}': 'déjà sur votre site : {teams}',
  '"{team}" ({changes})': '« {team} » ({changes})',
  "the file's owners given": 'responsables du fichier attribués',
  'its Microsoft 365 group linked': 'son groupe Microsoft 365 lié',
  // What a run wrote
  'Nothing was written': 'Rien n’a été écrit',
  "the file's owners given to {count} {count|team|teams}":
    'les responsables du fichier attribués à {count} {count|équipe|équipes}',
  "the file's Microsoft 365 groups linked to {count} {count|team|teams}":
    'les groupes Microsoft 365 du fichier liés à {count} {count|équipe|équipes}',
  '{written}; {given} already on your site': '{written} ; {given} déjà sur votre site',
  'already imported, unchanged: {counts}': 'déjà importés, inchangés : {counts}',
  '{count} of them updated': 'dont {count} mis à jour',
  '{count} {count|check-in|check-ins} already here left as they were':
    '{count} {count|check-in déjà présent laissé|check-ins déjà présents laissés} tels quels',
  '{count} more already as in the file left as they were':
    '{count} de plus, déjà comme dans le fichier, laissés tels quels',
  '{count} more changed here since the export left as they are':
    '{count} de plus, modifiés ici depuis l’export, laissés tels quels',
  '{written}; the file came from this site: {onSite}':
    '{written} ; le fichier vient de ce site : {onSite}',
  // A write that failed
  'A team': 'Une équipe',
  'A cycle': 'Un cycle',
  'An objective': 'Un objectif',
  'A key result': 'Un résultat clé',
  'An initiative': 'Une initiative',
  'A check-in': 'Un check-in',
  'The team "{title}"': 'L’équipe « {title} »',
  'The cycle "{title}"': 'Le cycle « {title} »',
  'The objective "{title}"': 'L’objectif « {title} »',
  'The key result "{title}"': 'Le résultat clé « {title} »',
  'The initiative "{title}"': 'L’initiative « {title} »',
  'A check-in on "{title}"': 'Un check-in sur « {title} »',
  // Where a problem is
  'row {row}': 'ligne {row}',
  'field "{field}"': 'champ « {field} »',
  'item {item}': 'élément {item}',
  // The reasons
  '"{text}" is not a number (accepted: {accepted}).':
    '« {text} » n’est pas un nombre (acceptés : {accepted}).',
  '"{text}" is not a confidence (accepted: {accepted}).':
    '« {text} » n’est pas une confiance (acceptées : {accepted}).',
  "The row's key result is left out.": 'Le résultat clé de la ligne est laissé de côté.',
  'The row is left out.': 'La ligne est laissée de côté.',
  'The confidence is left out; the key result is imported.':
    'La confiance est laissée de côté ; le résultat clé est importé.',
  'The due date is left out; the key result is imported.':
    'L’échéance est laissée de côté ; le résultat clé est importé.',
  'The due date is left out; the initiative is imported.':
    'L’échéance est laissée de côté ; l’initiative est importée.',
  'The key result has no start (baseline); it starts from 0.':
    'Le résultat clé n’a pas de valeur de départ (référence) ; il part de 0.',
  'Start {start} and target {target} are read from its title.':
    'La valeur de départ {start} et la cible {target} sont lues dans son titre.',
  'Start {start} and target {target} ({unit}) are read from its title.':
    'La valeur de départ {start} et la cible {target} ({unit}) sont lues dans son titre.',
  "The key result is imported without the row's check-in.":
    'Le résultat clé est importé sans le check-in de la ligne.',
  'The score is left out; the key result is imported.':
    'Le score est laissé de côté ; le résultat clé est importé.',
  "The objective's score is left out; the objective is imported.":
    'Le score de l’objectif est laissé de côté ; l’objectif est importé.',
  'The cycle "{cycle}" is taken as {start:day} to {end:day} (a calendar month). Add "Cycle start" and "Cycle end" columns for other dates.':
    'Le cycle « {cycle} » est compris comme allant du {start:day} au {end:day} (un mois civil). Ajoutez les colonnes « Cycle start » et « Cycle end » pour d’autres dates.',
  'The cycle "{cycle}" is taken as {start:day} to {end:day} (a calendar quarter). Add "Cycle start" and "Cycle end" columns for other dates.':
    'Le cycle « {cycle} » est compris comme allant du {start:day} au {end:day} (un trimestre civil). Ajoutez les colonnes « Cycle start » et « Cycle end » pour d’autres dates.',
  'The cycle "{cycle}" is taken as {start:day} to {end:day} (a calendar half). Add "Cycle start" and "Cycle end" columns for other dates.':
    'Le cycle « {cycle} » est compris comme allant du {start:day} au {end:day} (un semestre civil). Ajoutez les colonnes « Cycle start » et « Cycle end » pour d’autres dates.',
  'The cycle "{cycle}" is taken as {start:day} to {end:day} (a calendar year). Add "Cycle start" and "Cycle end" columns for other dates.':
    'Le cycle « {cycle} » est compris comme allant du {start:day} au {end:day} (une année civile). Ajoutez les colonnes « Cycle start » et « Cycle end » pour d’autres dates.',
  'The cycle "{cycle}" is taken as {start:day} to {end:day} (a quarter of your fiscal year). Add "Cycle start" and "Cycle end" columns for other dates.':
    'Le cycle « {cycle} » est compris comme allant du {start:day} au {end:day} (un trimestre de votre exercice). Ajoutez les colonnes « Cycle start » et « Cycle end » pour d’autres dates.',
  'The cycle "{cycle}" is taken as {start:day} to {end:day} (a half of your fiscal year). Add "Cycle start" and "Cycle end" columns for other dates.':
    'Le cycle « {cycle} » est compris comme allant du {start:day} au {end:day} (un semestre de votre exercice). Ajoutez les colonnes « Cycle start » et « Cycle end » pour d’autres dates.',
  'The cycle "{cycle}" is taken as {start:day} to {end:day} (your fiscal year). Add "Cycle start" and "Cycle end" columns for other dates.':
    'Le cycle « {cycle} » est compris comme allant du {start:day} au {end:day} (votre exercice). Ajoutez les colonnes « Cycle start » et « Cycle end » pour d’autres dates.',
  'The cycle "{cycle}" is taken as {start:day} to {end:day}, on a fiscal year starting in January. Set the month yours starts in under Programme › Operating model, or add "Cycle start" and "Cycle end" columns for other dates.':
    'Le cycle « {cycle} » est compris comme allant du {start:day} au {end:day}, sur un exercice commençant en janvier. Indiquez le mois où commence le vôtre sous Programme › Modèle opérationnel, ou ajoutez les colonnes « Cycle start » et « Cycle end » pour d’autres dates.',
  'The current values become check-ins dated {day:day}, the file\'s date, as the sheet has no date column (add a "{column}" column to date each one).':
    'Les valeurs actuelles deviennent des check-ins datés du {day:day}, la date du fichier, car la feuille n’a pas de colonne de date (ajoutez une colonne « {column} » pour dater chacun).',
  'The {count|column|columns} {columns} {count|is|are} not read by the import and {count|is|are} ignored.':
    '{count|La colonne|Les colonnes} {columns} {count|n’est pas lue|ne sont pas lues} par l’importation et {count|est ignorée|sont ignorées}.',
  'The sheet has no cycle column: everything is put in {cycle}, the quarter of the file\'s date ({day:day}). Add a "Quarter" column to say otherwise.':
    'La feuille n’a pas de colonne de cycle : tout est placé dans {cycle}, le trimestre de la date du fichier ({day:day}). Ajoutez une colonne « Quarter » pour en décider autrement.',
  '"{team}" is already a team on your site: its OKRs go there, and no second team of that name is made.':
    '« {team} » est déjà une équipe de votre site : ses OKR y vont, et aucune seconde équipe de ce nom n’est créée.',
  'This file was imported before. Already imported, unchanged: {counts}, left as they are; only what differs is written, updating what the earlier import made.':
    'Ce fichier a déjà été importé. Déjà importés, inchangés : {counts}, laissés tels quels ; seul ce qui diffère est écrit, en mettant à jour ce que l’importation précédente a créé.',
  '{file} is empty.': '{file} est vide.',
  // Teams and cycles already on the site, a header written twice, why a write was refused, the
  // downloadable report's counts and people
  'The team "{team}" in the file is called "{onSite}" on your site now: its OKRs go there, and it keeps its name.':
    'L’équipe « {team} » du fichier s’appelle désormais « {onSite} » sur votre site : ses OKR y vont, et elle garde son nom.',
  'The team "{team}" is on your site.': 'L’équipe « {team} » est sur votre site.',
  'The team "{team}" was imported before.': 'L’équipe « {team} » a déjà été importée.',
  "It has no owners: the file's ({owners}) become its owners.":
    'Elle n’a pas de responsables : ceux du fichier ({owners}) deviennent ses responsables.',
  "The file's owners ({owners}) are not applied: the team has owners on your site ({onSite}), and they are kept.":
    'Les responsables du fichier ({owners}) ne sont pas appliqués : l’équipe a des responsables sur votre site ({onSite}), et ils sont conservés.',
  "It has no Microsoft 365 group on your site: it is linked to the file's ({group}), so who is in the team is that group's membership.":
    'Elle n’a pas de groupe Microsoft 365 sur votre site : elle est liée à celui du fichier ({group}), si bien que les membres de l’équipe sont ceux de ce groupe.',
  "The file links it to the Microsoft 365 group {group}, but your site links it to {onSite}: the site's group is kept and {group} is not linked (if the file is right, change it in Programme, Teams).":
    'Le fichier la lie au groupe Microsoft 365 {group}, mais votre site la lie à {onSite} : le groupe du site est conservé et {group} n’est pas lié (si le fichier est juste, modifiez-le dans Programme › Équipes).',
  '"{cycle}" is already a cycle on your site with the same dates: its OKRs go there, and no second cycle of that name is made.':
    '« {cycle} » est déjà un cycle de votre site avec les mêmes dates : ses OKR y vont, et aucun second cycle de ce nom n’est créé.',
  'The cycle "{cycle}" in the file is called "{onSite}" on your site now: its OKRs go there, and no second cycle is made.':
    'Le cycle « {cycle} » du fichier s’appelle désormais « {onSite} » sur votre site : ses OKR y vont, et aucun second cycle n’est créé.',
  'The cycle "{cycle}" in the file has other dates on your site: its OKRs go there.':
    'Le cycle « {cycle} » du fichier a d’autres dates sur votre site : ses OKR y vont.',
  'The cycle "{cycle}" in the file is called "{onSite}" on your site now (its objectives are there, found by their ids): its OKRs go there, and no second cycle is made.':
    'Le cycle « {cycle} » du fichier s’appelle désormais « {onSite} » sur votre site (ses objectifs y sont, trouvés par leurs ID) : ses OKR y vont, et aucun second cycle n’est créé.',
  'Your site has more than one cycle called "{cycle}" with these dates: the file\'s OKRs go to the one its objectives are in (found by their ids), and no other cycle is made.':
    'Votre site a plus d’un cycle appelé « {cycle} » avec ces dates : les OKR du fichier vont dans celui où se trouvent ses objectifs (trouvés par leurs ID), et aucun autre cycle n’est créé.',
  'The cycle "{cycle}" in the file has other dates on your site (its objectives are there, found by their ids): its OKRs go there, and no second cycle is made.':
    'Le cycle « {cycle} » du fichier a d’autres dates sur votre site (ses objectifs y sont, trouvés par leurs ID) : ses OKR y vont, et aucun second cycle n’est créé.',
  'Its dates on your site ({start:day} to {end:day}) are kept.':
    'Ses dates sur votre site (du {start:day} au {end:day}) sont conservées.',
  // What matching a file to the site says of the site's own OKRs
  '{count} {count|objective is|objectives are} already on your site with the same title, cycle and team, and not from an import of this file: {objectives}. The import makes a second {count|one|of each} beside {count|it|them}, with {count|its|their} key results and check-ins. To change OKRs here from a file, export them from this site and edit that file (it names them by their ids, so they are updated), change them on the board, or take these rows out of the file and import the rest.':
    '{count} {count|objectif est|objectifs sont} déjà sur votre site avec le même titre, le même cycle et la même équipe, et {count|qui ne vient|qui ne viennent} pas d’un import de ce fichier : {objectives}. L’import en crée un second {count|à côté|à côté de chacun}, avec {count|ses|leurs} résultats clés et check-ins. Pour modifier des OKR d’ici à partir d’un fichier, exportez-les depuis ce site et modifiez ce fichier (il les désigne par leurs ID, ils sont donc mis à jour), modifiez-les sur le tableau, ou retirez ces lignes du fichier et importez le reste.',
  '"{title}" (row {row})': '« {title} » (ligne {row})',
  '"{title}"': '« {title} »',
  '{objectives} and {count} more': '{objectives} et {count} de plus',
  'Moved from the team "{from}" to "{to}", as the file has it: this objective goes to the team "{to}" with its key results and initiatives. To keep it in "{from}", give its row that team in the file.':
    'Déplacé de l’équipe « {from} » vers « {to} », comme le veut le fichier : cet objectif va dans l’équipe « {to} » avec ses résultats clés et initiatives. Pour le garder dans « {from} », donnez à sa ligne cette équipe dans le fichier.',
  'Moved from the objective "{from}" to "{to}", as the file has it: this key result goes to the objective "{to}" with its initiatives. To keep it in "{from}", give its row that objective in the file.':
    'Déplacé de l’objectif « {from} » vers « {to} », comme le veut le fichier : ce résultat clé va sous l’objectif « {to} » avec ses initiatives. Pour le garder dans « {from} », donnez à sa ligne cet objectif dans le fichier.',
  'Moved from the key result "{from}" to "{to}", as the file has it: this initiative goes to the key result "{to}". To keep it in "{from}", give its row that key result in the file.':
    'Déplacée du résultat clé « {from} » vers « {to} », comme le veut le fichier : cette initiative va sous le résultat clé « {to} ». Pour la garder dans « {from} », donnez à sa ligne ce résultat clé dans le fichier.',
  'The cycle "{cycle}" in the file is not one of your site\'s, and its objectives are in {count} cycles on your site now: {cycles}. Which one it is is not guessed, so its OKRs are not imported. Give its rows the name of the cycle they belong to (or export again) and import the file again.':
    'Le cycle « {cycle} » du fichier n’est pas un cycle de votre site, et ses objectifs sont maintenant dans {count} cycles de votre site : {cycles}. Lequel c’est n’est pas deviné, donc ses OKR ne sont pas importés. Donnez à ses lignes le nom du cycle auquel elles appartiennent (ou exportez à nouveau) et importez à nouveau le fichier.',
  '"{cycle}" ({count} {count|objective|objectives})':
    '« {cycle} » ({count} {count|objectif|objectifs})',
  'This file was exported from this site, so what it names by its ids here is updated, not made again: {outcomes}.':
    'Ce fichier a été exporté depuis ce site, donc ce qu’il désigne ici par ses ID est mis à jour, pas recréé : {outcomes}.',
  '{count} {count|objective, key result or initiative|objectives, key results and initiatives} updated from the file':
    '{count} {count|objectif, résultat clé ou initiative mis à jour|objectifs, résultats clés et initiatives mis à jour} depuis le fichier',
  '{count} {count|item|items} already as in the file, left as {count|it is|they are}':
    '{count} {count|élément déjà tel que dans le fichier, laissé tel quel|éléments déjà tels que dans le fichier, laissés tels quels}',
  '{count} {count|item|items} changed on your site since the export and different in the file, left as your site has {count|it|them} (named below)':
    '{count} {count|élément modifié sur votre site depuis l’export et différent dans le fichier, laissé tel que votre site l’a|éléments modifiés sur votre site depuis l’export et différents dans le fichier, laissés tels que votre site les a} (voir ci-dessous)',
  '{count} {count|check-in|check-ins} already here, left as they are':
    '{count} {count|check-in déjà ici, laissé tel quel|check-ins déjà ici, laissés tels quels}',
  '{count} {count|new item|new items}': '{count} {count|nouvel élément|nouveaux éléments}',
  'This file was exported from your site, but your site no longer has this objective (its id {id}) in that cycle: it is imported as a new objective.':
    'Ce fichier a été exporté depuis votre site, mais votre site n’a plus cet objectif (ID {id}) dans ce cycle : il est importé comme un nouvel objectif.',
  'This file was exported from your site, but your site no longer has this key result (its id {id}) in that cycle: it is imported as a new key result.':
    'Ce fichier a été exporté depuis votre site, mais votre site n’a plus ce résultat clé (ID {id}) dans ce cycle : il est importé comme un nouveau résultat clé.',
  'This file was exported from your site, but your site no longer has this initiative (its id {id}) in that cycle: it is imported as a new initiative.':
    'Ce fichier a été exporté depuis votre site, mais votre site n’a plus cette initiative (ID {id}) dans ce cycle : elle est importée comme une nouvelle initiative.',
  'This file was exported from your site, but your site no longer has this check-in (its id {id}) in that cycle: it is imported as a new check-in.':
    'Ce fichier a été exporté depuis votre site, mais votre site n’a plus ce check-in (ID {id}) dans ce cycle : il est importé comme un nouveau check-in.',
  'It updates the objective "{title}" an earlier import made from its issues\' Parent summary (issue {issue}): no second objective is made.':
    'Il met à jour l’objectif « {title} » qu’un import précédent a créé à partir du Parent summary de ses tickets (ticket {issue}) : aucun second objectif n’est créé.',
  'It may be the objective "{title}" an earlier import made in the same cycle and team from the Parent summary of issues{rivals}: which is not guessed, so it is imported as an objective of its own. To update the one it is, export with the "Issue id" column (Export CSV (all fields)).':
    'Il pourrait être l’objectif « {title} » qu’un import précédent a créé dans le même cycle et la même équipe à partir du Parent summary de tickets{rivals} : ce n’est pas deviné, il est donc importé comme un objectif à part. Pour mettre à jour le bon, exportez avec la colonne « Issue id » (Export CSV (all fields)).',
  'It may be any of the {count} objectives "{title}" an earlier import made in the same cycle and team from the Parent summary of issues{rivals}: which is not guessed, so it is imported as an objective of its own. To update the one it is, export with the "Issue id" column (Export CSV (all fields)).':
    'Il pourrait être n’importe lequel des {count} objectifs « {title} » qu’un import précédent a créés dans le même cycle et la même équipe à partir du Parent summary de tickets{rivals} : ce n’est pas deviné, il est donc importé comme un objectif à part. Pour mettre à jour le bon, exportez avec la colonne « Issue id » (Export CSV (all fields)).',
  ', as may another epic of that title in the file':
    ', tout comme un autre epic de ce titre dans le fichier',
  ', as may {count} other epics of that title in the file':
    ', tout comme {count} autres epics de ce titre dans le fichier',
  'It updates the objective "{title}" an earlier import made in the same cycle and team from its issues\' Parent summary (issue {issue}), the only one of that title: no second objective is made. The file has no "Issue id" column to find it by its number.':
    'Il met à jour l’objectif « {title} » qu’un import précédent a créé dans le même cycle et la même équipe à partir du Parent summary de ses tickets (ticket {issue}), le seul de ce titre : aucun second objectif n’est créé. Le fichier n’a pas de colonne « Issue id » pour le trouver par son numéro.',
  'The header "{header}" is written twice, in columns {read} and {unread}: column {read} is read and column {unread} is not. If column {unread} holds what should be imported, rename or remove column {read} and import again.':
    'L’en-tête « {header} » figure deux fois, dans les colonnes {read} et {unread} : la colonne {read} est lue et la colonne {unread} ne l’est pas. Si la colonne {unread} contient ce qui doit être importé, renommez ou supprimez la colonne {read} et importez à nouveau.',
  'It was changed on your site while the import ran, so it was not written over. Import the file again to write it.':
    'Il a été modifié sur votre site pendant l’importation, il n’a donc pas été remplacé. Importez à nouveau le fichier pour l’écrire.',
  'Your site was busy or could not be reached when it was written. Import the file again to write it.':
    'Votre site était surchargé ou injoignable au moment de l’écrire. Importez à nouveau le fichier pour l’écrire.',
  'Your account may not write it to the OKR lists. Ask an admin of the OKR site for access.':
    'Votre compte ne peut pas l’écrire dans les listes OKR. Demandez l’accès à un administrateur du site OKR.',
  'What an earlier import wrote for it is gone from your site. Import the file again to write it anew.':
    'Ce qu’une importation précédente avait écrit pour lui n’est plus sur votre site. Importez à nouveau le fichier pour l’écrire de nouveau.',
  'Your site refused it: {reason}': 'Votre site l’a refusé : {reason}',
  'Its owners were not set.': 'Ses responsables n’ont pas été définis.',
  'Its Microsoft 365 group was not set.': 'Son groupe Microsoft 365 n’a pas été défini.',
  'Its owners and Microsoft 365 group were not set.':
    'Ses responsables et son groupe Microsoft 365 n’ont pas été définis.',
  '{planned} planned': '{planned} prévus',
  '{planned} planned, {written} written': '{planned} prévus, {written} écrits',
  'owners of teams already on your site': 'responsables d’équipes déjà sur votre site',
  'Microsoft 365 groups of teams already on your site':
    'groupes Microsoft 365 d’équipes déjà sur votre site',
  '{name} is not in the directory; kept by name.':
    '{name} n’est pas dans l’annuaire ; conservé par son nom.',
  // The Viva Goals organisation export's rarer reasons
  'A team needs an ID and a Team Name.': 'Une équipe a besoin d’un ID et d’un Team Name.',
  'A time period needs an ID, a name, a Start Date and an End Date.':
    'Une période a besoin d’un ID, d’un nom, d’une Start Date et d’une End Date.',
  'Weight "{weight}" is not a percentage; weighted equally.':
    'Le poids « {weight} » n’est pas un pourcentage ; la pondération est égale.',
  'An item needs an ID and a Title.': 'Un élément a besoin d’un ID et d’un Title.',
  'Type "{type}" is not one the import knows (Big rock, Kpi, Project).':
    'Le Type « {type} » n’est pas connu de l’importation (Big rock, Kpi, Project).',
  'Its Outcome Type "{type}" is not one the import knows ({accepted}, or done / not done such as Achieved/Not achieved): it is measured from its Start to its Target as a metric. Check it on its board after the import.':
    'L’Outcome Type « {type} » n’est pas connu de l’importation ({accepted}, ou fait / pas fait comme Achieved/Not achieved) : il est mesuré comme un indicateur, de son Start à son Target. Vérifiez-le sur son tableau après l’importation.',
  "Weight {weight} is not above 0; the key result is weighted by its Alignment's share.":
    'Le poids {weight} n’est pas supérieur à 0 ; le résultat clé est pondéré selon sa part dans l’Alignment.',
  "The scores of initiatives are not kept: Viva Goals scores an initiative by its last progress, which its status keeps; objectives' and key results' scores are.":
    'Les scores des initiatives ne sont pas conservés : Viva Goals note une initiative d’après sa dernière progression, que son statut conserve ; les scores des objectifs et des résultats clés le sont.',
  'A check-in needs an ID and the OKR ID it belongs to.':
    'Un check-in a besoin d’un ID et de l’OKR ID auquel il appartient.',
  '"{text}" is not a date and time (expected YYYY-MM-DD HH:MM:SS).':
    '« {text} » n’est pas une date et une heure (attendu : AAAA-MM-JJ HH:MM:SS).',
  'A check-in needs its CheckIn Date.': 'Un check-in a besoin de sa CheckIn Date.',
  'A check-in dated {date:day}, after today, is left out: a check-in says what was measured. Correct its date in the file and import it again.':
    'Un check-in daté du {date:day}, après aujourd’hui, est laissé de côté : un check-in dit ce qui a été mesuré. Corrigez sa date dans le fichier et importez-le à nouveau.',
  'This file is not part of a Viva Goals organisation export (objectives, checkins, comments, Teams, TimePeriods, Users, Tags); it was left out.':
    'Ce fichier ne fait pas partie d’un export d’organisation Viva Goals (objectives, checkins, comments, Teams, TimePeriods, Users, Tags) ; il a été laissé de côté.',
  '{value} is read as done: its key result is done or not done (1 or 0), and a value of 1 or more is done.':
    '{value} est lu comme fait : son résultat clé est fait ou pas fait (1 ou 0), et une valeur de 1 ou plus est faite.',
  '{value} is read as not done: its key result is done or not done (1 or 0), and a value of 1 or more is done.':
    '{value} est lu comme pas fait : son résultat clé est fait ou pas fait (1 ou 0), et une valeur de 1 ou plus est faite.',
  "The people in this file are not imported as such: everyone is in the organisation's directory (Microsoft Entra ID), and the owners and check-in authors the OKRs name are matched to it by email, then by name.":
    'Les personnes de ce fichier ne sont pas importées en tant que telles : chacun est dans l’annuaire de l’organisation (Microsoft Entra ID), et les responsables et auteurs de check-ins que nomment les OKR y sont retrouvés par e-mail, puis par nom.',
  'Tags are not imported: OKR Coach has no tags.':
    'Les tags ne sont pas importés : OKR Coach n’a pas de tags.',
  'The field "{field}" (filled in {count} {count|record|records}) is not imported.':
    'Le champ « {field} » (rempli dans {count} {count|enregistrement|enregistrements}) n’est pas importé.',
  'The import does not read it.': 'L’importation ne le lit pas.',
  'The check-ins themselves are imported from the checkins file.':
    'Les check-ins eux-mêmes sont importés depuis le fichier checkins.',
  'OKR Coach has one owner per objective and key result, who checks in; the Owner field is imported.':
    'OKR Coach a un responsable par objectif et résultat clé, qui fait les check-ins ; le champ Owner est importé.',
  'OKR Coach has no tags: name what a tag grouped by a team or a cycle.':
    'OKR Coach n’a pas de tags : regroupez ce qu’un tag regroupait par une équipe ou un cycle.',
  'An OKR is dated by its cycle and its check-ins.':
    'Un OKR est daté par son cycle et ses check-ins.',
  'It is left empty.': 'Il est laissé vide.',
  '"{text}" is not a date (expected YYYY-MM-DD).':
    '« {text} » n’est pas une date (attendu : AAAA-MM-JJ).',
  '"{text}" is not a score: write a grade from 0.0 to 1.0.':
    '« {text} » n’est pas un score : écrivez une note de 0,0 à 1,0.',
  'The score is left out; the item is imported.':
    'Le score est laissé de côté ; l’élément est importé.',
  // A goal tree's and Jira's rarer reasons
  'The sprints ({count} "Sprint" columns) are not imported: a key result\'s time is its cycle, from its epic\'s start and due dates, and a sprint is not a cycle.':
    'Les sprints ({count} colonnes « Sprint ») ne sont pas importés : le temps d’un résultat clé est son cycle, tiré des dates de début et d’échéance de son epic, et un sprint n’est pas un cycle.',
  'The sprints (column "Sprint") are not imported: a key result\'s time is its cycle, from its epic\'s start and due dates, and a sprint is not a cycle.':
    'Les sprints (colonne « Sprint ») ne sont pas importés : le temps d’un résultat clé est son cycle, tiré des dates de début et d’échéance de son epic, et un sprint n’est pas un cycle.',
  'The row has no goal name; it is left out.':
    'La ligne n’a pas de nom d’objectif ; elle est laissée de côté.',
  'The rows are read as an outline by how far each is indented in column "{column}": the least-indented rows are objectives, the rows indented under them their key results, and the rows indented deeper initiatives of the key result above them.':
    'Les lignes sont lues comme un plan, selon le retrait de chacune dans la colonne « {column} » : les lignes les moins en retrait sont des objectifs, celles en retrait en dessous leurs résultats clés, et celles plus en retrait encore des initiatives du résultat clé au-dessus.',
  'The rows are read as an outline by how far each is indented in column "{column}": the least-indented rows are objectives, and the rows indented under them their key results.':
    'Les lignes sont lues comme un plan, selon le retrait de chacune dans la colonne « {column} » : les lignes les moins en retrait sont des objectifs, et celles en retrait en dessous leurs résultats clés.',
  'Row {row} is indented less than row {sibling} above it, but more than row {parent}, so what it belongs under is not clear: indent it as far as row {parent} or as far as row {sibling}.':
    'La ligne {row} est moins en retrait que la ligne {sibling} au-dessus, mais plus que la ligne {parent} ; on ne sait donc pas sous quoi elle se place : mettez-la au même retrait que la ligne {parent} ou que la ligne {sibling}.',
  'Row {row} is indented, but no row above it is less indented for it to sit under: the least-indented rows are objectives, and a key result is indented under its objective. Move the row below its objective, or indent it less.':
    'La ligne {row} est en retrait, mais aucune ligne au-dessus n’est moins en retrait pour qu’elle se place dessous : les lignes les moins en retrait sont des objectifs, et un résultat clé est en retrait sous son objectif. Déplacez la ligne sous son objectif, ou réduisez son retrait.',
  '"{text}" is not an outline number: number the goals at the top 1, 2, 3 and those under a goal by its number and their own (1.1, 1.2; 1.2.1).':
    '« {text} » n’est pas un numéro de plan : numérotez les objectifs du niveau supérieur 1, 2, 3, et ceux placés sous un objectif avec son numéro suivi du leur (1.1, 1.2 ; 1.2.1).',
  'The goal has no outline number: number the goals at the top 1, 2, 3 and those under a goal by its number and their own (1.1, 1.2; 1.2.1).':
    'L’objectif n’a pas de numéro de plan : numérotez les objectifs du niveau supérieur 1, 2, 3, et ceux placés sous un objectif avec son numéro suivi du leur (1.1, 1.2 ; 1.2.1).',
  'The outline number "{number}" is also row {row}\'s: each goal needs a number of its own (a number such as 1.10 that a spreadsheet keeps as a number shows as 1.1: format the column as text and type it again).':
    'Le numéro de plan « {number} » est aussi celui de la ligne {row} : chaque objectif a besoin de son propre numéro (un numéro comme 1.10 qu’un tableur garde comme nombre s’affiche 1.1 : mettez la colonne au format texte et saisissez-le de nouveau).',
  'The outline number "{number}" is also row {row}\'s: each goal needs a number of its own.':
    'Le numéro de plan « {number} » est aussi celui de la ligne {row} : chaque objectif a besoin de son propre numéro.',
  'The outline number "{number}" places the goal under {above}, which no goal in the file has: number it under its parent\'s number, or add the goal numbered {above}.':
    'Le numéro de plan « {number} » place l’objectif sous {above}, qu’aucun objectif du fichier ne porte : numérotez-le sous le numéro de son parent, ou ajoutez l’objectif numéroté {above}.',
  'The outline number "{number}" places the goal under {above}, which no goal in the file has: number it under its parent\'s number, or give the goal at the top the number {above}.':
    'Le numéro de plan « {number} » place l’objectif sous {above}, qu’aucun objectif du fichier ne porte : numérotez-le sous le numéro de son parent, ou donnez le numéro {above} à l’objectif du niveau supérieur.',
  "The goal is at level {level}, but no goal at level {above} is above it: a goal sits under the nearest row above it one level up, so the rows must run in tree order (each goal's parent above it, levels going down one at a time).":
    'L’objectif est au niveau {level}, mais aucun objectif du niveau {above} ne se trouve au-dessus : un objectif se place sous la ligne la plus proche au-dessus d’un niveau plus haut ; les lignes doivent donc suivre l’ordre de l’arbre (le parent de chaque objectif au-dessus de lui, les niveaux descendant un par un).',
  'Row {row}, field "{field}":': 'Ligne {row}, champ « {field} » :',
  'Nothing is imported until the goal tree holds.':
    'Rien n’est importé tant que l’arbre des objectifs n’est pas cohérent.',
  'Read as a Jira export with Objective and Key Result issue types: the issues under them (epics, stories, tasks) are initiatives of the key result, or objective, they sit under.':
    'Lu comme un export Jira avec les types de ticket Objective et Key Result : les tickets en dessous (epics, stories, tâches) sont des initiatives du résultat clé, ou de l’objectif, sous lequel ils se trouvent.',
  'Read as a Jira export: each epic is an objective, the issues in it (stories, tasks, bugs) its key results, done when their status is Done, and sub-tasks initiatives of their issue.':
    'Lu comme un export Jira : chaque epic est un objectif, ses tickets (stories, tâches, bugs) ses résultats clés, faits quand leur statut est Done, et les sous-tâches des initiatives de leur ticket.',
  'Its parent, issue {issue} ("{summary}"), is not in the file (the export\'s filter left it out): an objective "{summary}" is made from its Parent summary to hold the issues under it. To import the parent\'s own details, export it too (add it to the filter) and import again.':
    'Son parent, le ticket {issue} (« {summary} »), n’est pas dans le fichier (le filtre de l’export l’a laissé de côté) : un objectif « {summary} » est créé à partir de son Parent summary pour accueillir les tickets en dessous. Pour importer les détails propres du parent, exportez-le aussi (ajoutez-le au filtre) et importez à nouveau.',
  'Its parent, issue {issue} ("{summary}"), is not in the file (the export\'s filter left it out), so it is imported as if it had none. To keep it under its parent, export the parent too (add it to the filter) and import again.':
    'Son parent, le ticket {issue} (« {summary} »), n’est pas dans le fichier (le filtre de l’export l’a laissé de côté) : il est donc importé comme s’il n’en avait pas. Pour le garder sous son parent, exportez aussi le parent (ajoutez-le au filtre) et importez à nouveau.',
  "Its parent, issue {issue}, is not in the file (the export's filter left it out), so it is imported as if it had none. To keep it under its parent, export the parent too (add it to the filter) and import again.":
    'Son parent, le ticket {issue}, n’est pas dans le fichier (le filtre de l’export l’a laissé de côté) : il est donc importé comme s’il n’en avait pas. Pour le garder sous son parent, exportez aussi le parent (ajoutez-le au filtre) et importez à nouveau.',
  'The value is left out.': 'La valeur est laissée de côté.',
  'The confidence is left out; the goal is imported.':
    'La confiance est laissée de côté ; l’objectif est importé.',
  'The goal has no start and due dates, nor a goal above or below it with them, and the file has no date: fill in its "{start}" and "{due}".':
    'L’objectif n’a ni date de début ni échéance, aucun objectif au-dessus ou en dessous n’en a, et le fichier n’a pas de date : remplissez ses « {start} » et « {due} ».',
  'The goal has no start and due dates, nor a goal above or below it with them, and the file has no date: add "Start date" and "Due date" columns.':
    'L’objectif n’a ni date de début ni échéance, aucun objectif au-dessus ou en dessous n’en a, et le fichier n’a pas de date : ajoutez les colonnes « Start date » et « Due date ».',
  'The cycle "{named}" names no dates the import can read (it reads names such as Q3 2026, H2 2026, FY2026, 2026), and the goal has no start and due dates: it goes in {cycle}, the quarter of its due date. Give it start and due dates, or name the cycle so, to keep it in its own.':
    'Le cycle « {named} » ne donne pas de dates que l’importation sait lire (elle lit des noms comme Q3 2026, H2 2026, FY2026, 2026), et l’objectif n’a ni date de début ni échéance : il va dans {cycle}, le trimestre de son échéance. Donnez-lui des dates de début et d’échéance, ou nommez ainsi le cycle, pour le garder dans le sien.',
  'The cycle "{named}" names no dates the import can read (it reads names such as Q3 2026, H2 2026, FY2026, 2026), and the goal has no start and due dates: it goes in {cycle}, the quarter of the file\'s date ({day:day}). Give it start and due dates, or name the cycle so, to keep it in its own.':
    'Le cycle « {named} » ne donne pas de dates que l’importation sait lire (elle lit des noms comme Q3 2026, H2 2026, FY2026, 2026), et l’objectif n’a ni date de début ni échéance : il va dans {cycle}, le trimestre de la date du fichier ({day:day}). Donnez-lui des dates de début et d’échéance, ou nommez ainsi le cycle, pour le garder dans le sien.',
  "Goals without start and due dates go in {cycle}, the quarter of the file's date ({day:day}).":
    'Les objectifs sans dates de début ni d’échéance vont dans {cycle}, le trimestre de la date du fichier ({day:day}).',
  // A goal list typed as an outline without a header row
  'The file has no header row: it is read as an outline by how far each row is indented, the first row the first objective. The least-indented rows are objectives, and the rows indented under them their key results.':
    'Le fichier n’a pas de ligne d’en-tête : il est lu comme un plan, selon le retrait de chaque ligne, la première ligne étant le premier objectif. Les lignes les moins en retrait sont des objectifs, et celles en retrait en dessous leurs résultats clés.',
  'The file has no header row: it is read as an outline by how far each row is indented, the first row the first objective. The least-indented rows are objectives, the rows indented under them their key results, and the rows indented deeper initiatives of the key result above them.':
    'Le fichier n’a pas de ligne d’en-tête : il est lu comme un plan, selon le retrait de chaque ligne, la première ligne étant le premier objectif. Les lignes les moins en retrait sont des objectifs, celles en retrait en dessous leurs résultats clés, et celles plus en retrait encore des initiatives du résultat clé au-dessus.',
  // Confidences on the organisation's scale
  'Confidence {confidence} is outside your scale of {min} to {max}: the confidence is left out; the key result is imported.':
    'La confiance {confidence} est hors de votre échelle de {min} à {max} : la confiance est laissée de côté ; le résultat clé est importé.',
  'Confidence {confidence} is outside your scale of {min} to {max}: the confidence is left out; the key result and its check-in are imported.':
    'La confiance {confidence} est hors de votre échelle de {min} à {max} : la confiance est laissée de côté ; le résultat clé et son check-in sont importés.',
  "Confidences written as words are put on your scale of {min} to {max} at the middle of the third each names, the third the board's Confidence filter calls so: {placed}.":
    'Les confiances écrites en mots sont placées sur votre échelle de {min} à {max} au milieu du tiers que chacune nomme, le tiers que le filtre Confiance du tableau appelle ainsi : {placed}.',
  'The confidences are shares of one (all 1 or less, such as 0.7): each is read out of ten, 0.7 as 7 and 1.0 as 10.':
    'Les confiances sont des parts de un (toutes 1 ou moins, comme 0,7) : chacune est lue sur dix, 0,7 comme 7 et 1,0 comme 10.',
  // Dates and numbers as read
  '"{text}" is not a date (accepted: {accepted}).':
    '« {text} » n’est pas une date (acceptées : {accepted}).',
  '"{text}" could be {dmy} or {mdy}: column "{column}" has dates written day first and others month first. Write it as YYYY-MM-DD.':
    '« {text} » pourrait être le {dmy} ou le {mdy} : la colonne « {column} » a des dates écrites le jour d’abord et d’autres le mois d’abord. Écrivez-la sous la forme AAAA-MM-JJ.',
  '"{text}" could be {dmy} or {mdy}: no date in column "{column}" has a day above 12, and the file\'s other columns write dates both day first and month first. Write it as YYYY-MM-DD.':
    '« {text} » pourrait être le {dmy} ou le {mdy} : aucune date de la colonne « {column} » n’a de jour au-delà de 12, et les autres colonnes du fichier écrivent les dates tantôt le jour d’abord, tantôt le mois d’abord. Écrivez-la sous la forme AAAA-MM-JJ.',
  '"{text}" could be {dmy} or {mdy}: no date in column "{column}" or elsewhere in the file has a day above 12 to tell day/month from month/day. Write it as YYYY-MM-DD.':
    '« {text} » pourrait être le {dmy} ou le {mdy} : aucune date de la colonne « {column} » ni d’ailleurs dans le fichier n’a de jour au-delà de 12 pour distinguer jour/mois de mois/jour. Écrivez-la sous la forme AAAA-MM-JJ.',
  'Numbers like "{text}" are read with "{mark}" as the decimal mark ({value}).':
    'Les nombres comme « {text} » sont lus avec « {mark} » comme séparateur décimal ({value}).',
  'Numbers like "{text}" are read with "{mark}" as the thousands separator ({value}).':
    'Les nombres comme « {text} » sont lus avec « {mark} » comme séparateur des milliers ({value}).',
  'Dates like "{text}" are read as day/month ({day}).':
    'Les dates comme « {text} » sont lues comme jour/mois ({day}).',
  'Dates like "{text}" are read as month/day ({day}).':
    'Les dates comme « {text} » sont lues comme mois/jour ({day}).',
  'Nothing in the file shows which, so they are read as {locale} writes them. If it was written otherwise, write those numbers without the thousands separator and import it again.':
    'Rien dans le fichier ne l’indique : ils sont donc lus comme {locale} les écrit. S’il a été écrit autrement, écrivez ces nombres sans séparateur des milliers et importez-le à nouveau.',
  'Nothing in the file shows which, so they are read as {locale} writes them. If it was written otherwise, write those dates as YYYY-MM-DD and import it again.':
    'Rien dans le fichier ne l’indique : elles sont donc lues comme {locale} les écrit. S’il a été écrit autrement, écrivez ces dates sous la forme AAAA-MM-JJ et importez-le à nouveau.',
  'Nothing in the file shows which, so they are read as {locale} writes them. If it was written otherwise, write those numbers without the thousands separator and those dates as YYYY-MM-DD and import it again.':
    'Rien dans le fichier ne l’indique : ils sont donc lus comme {locale} les écrit. S’il a été écrit autrement, écrivez ces nombres sans séparateur des milliers et ces dates sous la forme AAAA-MM-JJ, et importez-le à nouveau.',
  'Amounts written with a magnitude are read in full: "{text}" as {value} (k is a thousand, M or mn a million, bn or B a billion).':
    'Les montants écrits avec une abréviation de grandeur sont lus en entier : « {text} » comme {value} (k vaut mille, M ou mn un million, bn ou B un milliard).',
  '"{text}" is read as {value} with the unit m (metres, minutes): a lowercase m is a million only beside a currency or a unit, or where the row\'s unit is a currency (€3.5m, 12m users). Write {number}M for {value} million.':
    '« {text} » est lu comme {value} avec l’unité m (mètres, minutes) : un m minuscule ne vaut un million qu’à côté d’une devise ou d’une unité, ou quand l’unité de la ligne est une devise (€3.5m, 12m users). Écrivez {number}M pour {value} millions.',
  // Not written, as what it refers to was not
  'Not imported: its parent team "{title}" was not written (it is listed here too).':
    'Non importé : son équipe parente « {title} » n’a pas été écrite (elle figure aussi dans cette liste).',
  'Not imported: its cycle "{title}" was not written (it is listed here too).':
    'Non importé : son cycle « {title} » n’a pas été écrit (il figure aussi dans cette liste).',
  'Not imported: its team "{title}" was not written (it is listed here too).':
    'Non importé : son équipe « {title} » n’a pas été écrite (elle figure aussi dans cette liste).',
  'Not imported: the objective it aligns to "{title}" was not written (it is listed here too).':
    'Non importé : l’objectif « {title} » auquel il est aligné n’a pas été écrit (il figure aussi dans cette liste).',
  'Not imported: an objective it aligns to "{title}" was not written (it is listed here too).':
    'Non importé : un objectif auquel il est aligné, « {title} », n’a pas été écrit (il figure aussi dans cette liste).',
  'Not imported: its objective "{title}" was not written (it is listed here too).':
    'Non importé : son objectif « {title} » n’a pas été écrit (il figure aussi dans cette liste).',
  'Not imported: an OKR it rolls up from "{title}" was not written (it is listed here too).':
    'Non importé : un OKR dont il tire sa progression, « {title} », n’a pas été écrit (il figure aussi dans cette liste).',
  'Not imported: its key result "{title}" was not written (it is listed here too).':
    'Non importé : son résultat clé « {title} » n’a pas été écrit (il figure aussi dans cette liste).',
  // A header below a title row
  'The header is on row {row}; the rows above it are not read.':
    'L’en-tête est à la ligne {row} ; les lignes au-dessus ne sont pas lues.',
  // An item the file gives more than once; a score above the top kept at the top
  "It appears more than once (first in {file}, row {row}): this row's check-in is kept in its history, and the rest of the row is the first's.":
    'Il figure plusieurs fois (d’abord dans {file}, ligne {row}) : le check-in de cette ligne est conservé dans son historique, et le reste de la ligne est celui de la première.',
  "It appears more than once (first in {file}): this row's check-in is kept in its history, and the rest of the row is the first's.":
    'Il figure plusieurs fois (d’abord dans {file}) : le check-in de cette ligne est conservé dans son historique, et le reste de la ligne est celui de la première.',
  'It appears more than once (first in {file}, row {row}); the first is kept.':
    'Il figure plusieurs fois (d’abord dans {file}, ligne {row}) ; le premier est conservé.',
  'It appears more than once (first in {file}); the first is kept.':
    'Il figure plusieurs fois (d’abord dans {file}) ; le premier est conservé.',
  '{percent}% is above the top of the scale; scores go from 0.0 to 1.0 (0–100%). It is kept as 1.0, the top.':
    '{percent} % dépasse le haut de l’échelle ; les scores vont de 0,0 à 1,0 (0–100 %). Il est ramené à 1,0, le maximum.',
  '{score} ({percent}%) is above the top of the scale; scores go from 0.0 to 1.0 (0–100%). It is kept as 1.0, the top.':
    '{score} ({percent} %) dépasse le haut de l’échelle ; les scores vont de 0,0 à 1,0 (0–100 %). Il est ramené à 1,0, le maximum.',
  // Objectives that name no team
  '{count} {count|objective|objectives} ({count|row|rows} {rows}) {count|names|name} no team: {count|it goes|they go} in a team called "{team}", which the import makes unless your site has one of that name. Fill in {count|its|their} team in the file to put {count|it|them} in a team of your own.':
    '{count} {count|objectif|objectifs} ({count|ligne|lignes} {rows}) {count|ne nomme|ne nomment} aucune équipe : {count|il va|ils vont} dans une équipe nommée « {team} », que l’importation crée sauf si votre site en a une de ce nom. Indiquez {count|son|leur} équipe dans le fichier pour {count|le|les} mettre dans une équipe à vous.',
  // A goal tree's and Jira's notes on rows
  '"Individual" ({count|row|rows} {rows}) marks a person\'s own OKRs, and your site keeps every OKR in a team: they go where OKRs that name no team go.':
    '« Individual » ({count|ligne|lignes} {rows}) désigne les OKR propres à une personne, et votre site range chaque OKR dans une équipe : ils vont là où vont les OKR qui ne nomment aucune équipe.',
  'The latest comment on an issue (row {rows}) becomes the note of its check-in. Earlier comments, and who wrote them (Jira writes an account id), are not imported.':
    'Le dernier commentaire d’un ticket (ligne {rows}) devient la note de son check-in. Les commentaires antérieurs, et leurs auteurs (Jira écrit un ID de compte), ne sont pas importés.',
  'The latest comment on each of {count} issues (rows {rows}) becomes the note of its check-in. Earlier comments, and who wrote them (Jira writes an account id), are not imported.':
    'Le dernier commentaire de chacun des {count} tickets (lignes {rows}) devient la note de son check-in. Les commentaires antérieurs, et leurs auteurs (Jira écrit un ID de compte), ne sont pas importés.',
  'The latest comment on an issue (row {rows}) becomes the note of its check-in, dated by the comment where the issue has no "{column}" date (row {dated}). Earlier comments, and who wrote them (Jira writes an account id), are not imported.':
    'Le dernier commentaire d’un ticket (ligne {rows}) devient la note de son check-in, daté par le commentaire là où le ticket n’a pas de date « {column} » (ligne {dated}). Les commentaires antérieurs, et leurs auteurs (Jira écrit un ID de compte), ne sont pas importés.',
  'The latest comment on each of {count} issues (rows {rows}) becomes the note of its check-in, dated by the comment where the issue has no "{column}" date ({datedCount|row|rows} {dated}). Earlier comments, and who wrote them (Jira writes an account id), are not imported.':
    'Le dernier commentaire de chacun des {count} tickets (lignes {rows}) devient la note de son check-in, daté par le commentaire là où le ticket n’a pas de date « {column} » ({datedCount|ligne|lignes} {dated}). Les commentaires antérieurs, et leurs auteurs (Jira écrit un ID de compte), ne sont pas importés.',
  "The comments on an issue (row {rows}) are not imported: a comment becomes the note of a key result's check-in, and this issue is an objective or an initiative (an epic, a sub-task).":
    'Les commentaires d’un ticket (ligne {rows}) ne sont pas importés : un commentaire devient la note du check-in d’un résultat clé, et ce ticket est un objectif ou une initiative (un epic, une sous-tâche).',
  "The comments on {count} issues (rows {rows}) are not imported: a comment becomes the note of a key result's check-in, and these issues are objectives or initiatives (epics, sub-tasks).":
    'Les commentaires de {count} tickets (lignes {rows}) ne sont pas importés : un commentaire devient la note du check-in d’un résultat clé, et ces tickets sont des objectifs ou des initiatives (epics, sous-tâches).',
  "The progress written on goals that are objectives ({count|row|rows} {rows}) is not imported: an objective's progress follows from its key results.":
    'La progression écrite sur les lignes qui sont des objectifs ({count|ligne|lignes} {rows}) n’est pas importée : la progression d’un objectif découle de ses résultats clés.',
  'Its parent, issue {issue} ("{summary}"), is not found in the file: an objective "{summary}" is made from its Parent summary to hold the issues under it.':
    'Son parent, le ticket {issue} (« {summary} »), est introuvable dans le fichier : un objectif « {summary} » est créé à partir de son Parent summary pour accueillir les tickets en dessous.',
  'The file has no "Issue id" column to find the epic by its number, and {count} epics in it are named "{summary}" (rows {rows}), so which is its parent is not guessed: export with the "Issue id" column (Export CSV (all fields)) to place it.':
    'Le fichier n’a pas de colonne « Issue id » pour trouver l’epic par son numéro, et {count} epics y sont nommés « {summary} » (lignes {rows}) : lequel est son parent n’est donc pas deviné. Exportez avec la colonne « Issue id » (Export CSV (all fields)) pour le placer.',
  'The file has no "Issue id" column to find the epic by its number, and the one epic of that name (row {row}) is taken to be issue {issue}, the parent of other issues, so which is its parent is not guessed: export with the "Issue id" column (Export CSV (all fields)) to place it.':
    'Le fichier n’a pas de colonne « Issue id » pour trouver l’epic par son numéro, et le seul epic de ce nom (ligne {row}) est considéré comme le ticket {issue}, parent d’autres tickets : lequel est son parent n’est donc pas deviné. Exportez avec la colonne « Issue id » (Export CSV (all fields)) pour le placer.',
  'The issue whose parent is issue {issue} (row {rows}) goes under the epic "{epic}" (row {row}), the one its Parent summary names: the file has no "Issue id" column to find it by its number.':
    'Le ticket dont le parent est le ticket {issue} (ligne {rows}) va sous l’epic « {epic} » (ligne {row}), celui que nomme son Parent summary : le fichier n’a pas de colonne « Issue id » pour le trouver par son numéro.',
  'The issues whose parent is issue {issue} (rows {rows}) go under the epic "{epic}" (row {row}), the one its Parent summary names: the file has no "Issue id" column to find it by its number.':
    'Les tickets dont le parent est le ticket {issue} (lignes {rows}) vont sous l’epic « {epic} » (ligne {row}), celui que nomme leur Parent summary : le fichier n’a pas de colonne « Issue id » pour le trouver par son numéro.',
  'The {type} "{name}" comes before any objective or key result: in a sheet without a parent column, an initiative belongs to the nearest key result (or objective) above it. Move it below them, or add a parent column; the row is left out.':
    '« {name} » (type « {type} ») vient avant tout objectif ou résultat clé : dans une feuille sans colonne parent, une initiative appartient au résultat clé (ou à l’objectif) le plus proche au-dessus d’elle. Déplacez-la en dessous, ou ajoutez une colonne parent ; la ligne est laissée de côté.',
  'The type "{type}" says neither objective nor key result nor initiative (accepted: {accepted}), and the sheet has no parent column to place it by; the row is left out.':
    'Le type « {type} » n’indique ni objectif, ni résultat clé, ni initiative (acceptés : {accepted}), et la feuille n’a pas de colonne parent pour le placer ; la ligne est laissée de côté.',
  'The row has no type: it says neither objective nor key result nor initiative (accepted: {accepted}), and the sheet has no parent column to place it by; the row is left out.':
    'La ligne n’a pas de type : elle n’indique ni objectif, ni résultat clé, ni initiative (acceptés : {accepted}), et la feuille n’a pas de colonne parent pour la placer ; la ligne est laissée de côté.',
  // What planning an import says of teams, cycles, OKRs, check-ins and comments
  'Its parent team "{parent}" is not in the file; it is kept at the top level.':
    'Son équipe parente « {parent} » n’est pas dans le fichier ; elle reste au niveau supérieur.',
  'Its parent teams form a loop; "{team}" is kept at the top level.':
    'Ses équipes parentes forment une boucle ; « {team} » reste au niveau supérieur.',
  'The time period "{period}" ends ({end:day}) before it starts ({start:day}).':
    'La période « {period} » se termine ({end:day}) avant de commencer ({start:day}).',
  'The title is longer than {max} characters; it is shortened (the full title is kept in the report).':
    'Le titre dépasse {max} caractères ; il est raccourci (le titre complet figure dans le rapport).',
  'It belongs to {count} teams; it is kept in the first, "{team}".':
    'Il appartient à {count} équipes ; il est conservé dans la première, « {team} ».',
  'Its time period "{period}" is not in the file.':
    'Sa période « {period} » n’est pas dans le fichier.',
  'It has no time period.': 'Il n’a pas de période.',
  'It aligns to "{parent}", which is not in the file; that alignment is left out.':
    'Il est aligné sur « {parent} », qui n’est pas dans le fichier ; cet alignement est laissé de côté.',
  'The objective it aligns to, "{parent}", is left out (see that row); so is this alignment.':
    'L’objectif auquel il est aligné, « {parent} », est laissé de côté (voir sa ligne) ; cet alignement aussi.',
  'Its alignments form a loop ({loop}); its alignment to "{parent}" is left out.':
    'Ses alignements forment une boucle ({loop}) ; son alignement sur « {parent} » est laissé de côté.',
  'It is a sub-key result of "{parent}"; it is placed beside it, under the same objective, and rolls up into it.':
    'C’est un sous-résultat clé de « {parent} » ; il est placé à côté, sous le même objectif, et sa progression remonte vers lui.',
  'It is a sub-key result of "{parent}", whose progress was updated by hand; it is placed beside it, under the same objective, and counts towards that objective.':
    'C’est un sous-résultat clé de « {parent} », dont la progression était mise à jour à la main ; il est placé à côté, sous le même objectif, et compte pour cet objectif.',
  'Its parent "{parents}" is not in the file, and it has no time period of its own to be placed under "{objective}".':
    'Son parent « {parents} » n’est pas dans le fichier, et il n’a pas de période à lui pour être placé sous « {objective} ».',
  'It has no parent objective and no time period to place one in.':
    'Il n’a ni objectif parent ni période où en placer un.',
  'It had no parent objective; it is placed under a new objective "{objective}".':
    'Il n’avait pas d’objectif parent ; il est placé sous un nouvel objectif « {objective} ».',
  'It has no metric target; it is measured as a percentage from 0 to 100 %.':
    'Il n’a pas de cible chiffrée ; il est mesuré en pourcentage de 0 à 100 %.',
  'The unit is longer than {max} characters; it is shortened to “{unit}”.':
    'L’unité dépasse {max} caractères ; elle est raccourcie en « {unit} ».',
  'The due date of 1 key result is not kept: a key result is due when its cycle ends ({end:day}). To keep a date, give the key result a phased target on that day, or an initiative under it due then.':
    'L’échéance d’un résultat clé n’est pas conservée : un résultat clé arrive à échéance à la fin de son cycle ({end:day}). Pour garder une date, donnez au résultat clé une cible intermédiaire ce jour-là, ou une initiative en dessous qui arrive à échéance ce jour-là.',
  'The due dates of {count} key results are not kept: a key result is due when its cycle ends ({end:day}). To keep a date, give the key result a phased target on that day, or an initiative under it due then.':
    'Les échéances de {count} résultats clés ne sont pas conservées : un résultat clé arrive à échéance à la fin de son cycle ({end:day}). Pour garder une date, donnez au résultat clé une cible intermédiaire ce jour-là, ou une initiative en dessous qui arrive à échéance ce jour-là.',
  'The due date of 1 key result (row {rows}) is not kept: a key result is due when its cycle ends ({end:day}). To keep a date, give the key result a phased target on that day, or an initiative under it due then.':
    'L’échéance d’un résultat clé (ligne {rows}) n’est pas conservée : un résultat clé arrive à échéance à la fin de son cycle ({end:day}). Pour garder une date, donnez au résultat clé une cible intermédiaire ce jour-là, ou une initiative en dessous qui arrive à échéance ce jour-là.',
  'The due dates of {count} key results ({rowCount|row|rows} {rows}) are not kept: a key result is due when its cycle ends ({end:day}). To keep a date, give the key result a phased target on that day, or an initiative under it due then.':
    'Les échéances de {count} résultats clés ({rowCount|ligne|lignes} {rows}) ne sont pas conservées : un résultat clé arrive à échéance à la fin de son cycle ({end:day}). Pour garder une date, donnez au résultat clé une cible intermédiaire ce jour-là, ou une initiative en dessous qui arrive à échéance ce jour-là.',
  'It rolls up from "{source}", which is not an objective or another key result imported from the file; that source is left out.':
    'Sa progression vient de « {source} », qui n’est ni un objectif ni un autre résultat clé importé du fichier ; cette source est laissée de côté.',
  'None of what it rolls up from is imported; it moves with its own check-ins.':
    'Rien de ce dont il tire sa progression n’est importé ; il avance avec ses propres check-ins.',
  'Its progress in the file, {written}%, is not kept: an initiative has a status, not a progress.':
    'Sa progression dans le fichier, {written} %, n’est pas conservée : une initiative a un statut, pas une progression.',
  'Its progress in the file, {written}%, is not kept: OKR Coach works progress out from the OKRs it rolls up from, which give {shows}%.':
    'Sa progression dans le fichier, {written} %, n’est pas conservée : OKR Coach calcule la progression à partir des OKR dont il tire sa progression, qui donnent {shows} %.',
  'Its progress in the file, {written}%, is not kept: OKR Coach works progress out from its start, target and last check-in, which give {shows}%.':
    'Sa progression dans le fichier, {written} %, n’est pas conservée : OKR Coach calcule la progression à partir de son point de départ, de sa cible et de son dernier check-in, qui donnent {shows} %.',
  'Its progress in the file, {written}%, is not kept: OKR Coach works progress out from its key results and the objectives aligned to it, which give {shows}%.':
    'Sa progression dans le fichier, {written} %, n’est pas conservée : OKR Coach calcule la progression à partir de ses résultats clés et des objectifs alignés sur lui, qui donnent {shows} %.',
  'Its progress in the file, {written}%, is not kept: OKR Coach works progress out from its key results, which give {shows}%.':
    'Sa progression dans le fichier, {written} %, n’est pas conservée : OKR Coach calcule la progression à partir de ses résultats clés, qui donnent {shows} %.',
  'Its progress came from its children in Viva Goals, and none of them is in the file; here it moves with its own check-ins (their history is imported).':
    'Sa progression venait de ses enfants dans Viva Goals, et aucun n’est dans le fichier ; ici il avance avec ses propres check-ins (leur historique est importé).',
  "It sat under an objective; it is kept under that objective's first key result.":
    'Il était sous un objectif ; il est placé sous le premier résultat clé de cet objectif.',
  'An initiative belongs under a key result, and it has none (nor an objective with one).':
    'Une initiative se place sous un résultat clé, et elle n’en a pas (ni d’objectif qui en ait un).',
  'Its task belongs under a key result, and it has none.':
    'Sa tâche se place sous un résultat clé, et il n’en a pas.',
  'Its {count} tasks belong under a key result, and it has none.':
    'Ses {count} tâches se placent sous un résultat clé, et il n’en a pas.',
  'A check-in for "{item}", which is not in the file.':
    'Un check-in pour « {item} », qui n’est pas dans le fichier.',
  'Its objective or project is left out (see that row), so its check-in is too.':
    'Son objectif ou projet est laissé de côté (voir sa ligne), donc son check-in aussi.',
  'Its key result is left out (see that row), so its check-in is too.':
    'Son résultat clé est laissé de côté (voir sa ligne), donc son check-in aussi.',
  'A check-in on a key result needs its Current Value.':
    'Un check-in sur un résultat clé a besoin de sa Current Value.',
  'A check-in note is longer than {max} characters; it is shortened.':
    'Une note de check-in dépasse {max} caractères ; elle est raccourcie.',
  'A check-in\'s status "{status}" is not one of {statuses}; the check-in is kept without a status.':
    'Le statut « {status} » d’un check-in n’est pas l’un de {statuses} ; le check-in est conservé sans statut.',
  'The item it is on is left out (see that row), so the comment is too.':
    'L’élément auquel il se rapporte est laissé de côté (voir sa ligne), donc le commentaire aussi.',
  'A comment on "{item}", which is not in the file.':
    'Un commentaire sur « {item} », qui n’est pas dans le fichier.',
  'Its description with the check-in notes and comments is longer than {max} characters; the oldest notes are cut.':
    'Sa description avec les notes de check-in et les commentaires dépasse {max} caractères ; les notes les plus anciennes sont coupées.',
  '{count} {count|objective|objectives} {count|names|name} no team: {count|it goes|they go} in the file\'s team "{team}", the organisation\'s own ({file}), and no second team of that name is made.':
    '{count} {count|objectif|objectifs} {count|ne nomme|ne nomment} aucune équipe : {count|il va|ils vont} dans l’équipe « {team} » du fichier, celle de l’organisation ({file}), et aucune seconde équipe de ce nom n’est créée.',
  '{count} {count|objective|objectives} ({rowCount|row|rows} {rows}) {count|names|name} no team: {count|it goes|they go} in the file\'s team "{team}", the organisation\'s own ({file}), and no second team of that name is made.':
    '{count} {count|objectif|objectifs} ({rowCount|ligne|lignes} {rows}) {count|ne nomme|ne nomment} aucune équipe : {count|il va|ils vont} dans l’équipe « {team} » du fichier, celle de l’organisation ({file}), et aucune seconde équipe de ce nom n’est créée.',
  '{count} {count|objective|objectives} {count|names|name} no team: {count|it goes|they go} in the file\'s team "{team}", the organisation\'s own ({file}, row {row}), and no second team of that name is made.':
    '{count} {count|objectif|objectifs} {count|ne nomme|ne nomment} aucune équipe : {count|il va|ils vont} dans l’équipe « {team} » du fichier, celle de l’organisation ({file}, ligne {row}), et aucune seconde équipe de ce nom n’est créée.',
  '{count} {count|objective|objectives} ({rowCount|row|rows} {rows}) {count|names|name} no team: {count|it goes|they go} in the file\'s team "{team}", the organisation\'s own ({file}, row {row}), and no second team of that name is made.':
    '{count} {count|objectif|objectifs} ({rowCount|ligne|lignes} {rows}) {count|ne nomme|ne nomment} aucune équipe : {count|il va|ils vont} dans l’équipe « {team} » du fichier, celle de l’organisation ({file}, ligne {row}), et aucune seconde équipe de ce nom n’est créée.',
  '{count} {count|objective|objectives} {count|names|name} no team: {count|it goes|they go} in a team called "{team}", which the import makes unless your site has one of that name. Fill in {count|its|their} team in the file to put {count|it|them} in a team of your own.':
    '{count} {count|objectif|objectifs} {count|ne nomme|ne nomment} aucune équipe : {count|il va|ils vont} dans une équipe nommée « {team} », que l’importation crée sauf si votre site en a une de ce nom. Indiquez {count|son|leur} équipe dans le fichier pour {count|le|les} mettre dans une équipe à vous.',
  '{count} {count|objective|objectives} {count|names|name} no team: {count|it goes|they go} in a team called "{team}" for the organisation\'s own objectives, which the import makes unless your site has one of that name.':
    '{count} {count|objectif|objectifs} {count|ne nomme|ne nomment} aucune équipe : {count|il va|ils vont} dans une équipe nommée « {team} » pour les objectifs propres à l’organisation, que l’importation crée sauf si votre site en a une de ce nom.',
  '{count} {count|objective|objectives} ({rowCount|row|rows} {rows}) {count|names|name} no team: {count|it goes|they go} in a team called "{team}" for the organisation\'s own objectives, which the import makes unless your site has one of that name.':
    '{count} {count|objectif|objectifs} ({rowCount|ligne|lignes} {rows}) {count|ne nomme|ne nomment} aucune équipe : {count|il va|ils vont} dans une équipe nommée « {team} » pour les objectifs propres à l’organisation, que l’importation crée sauf si votre site en a une de ce nom.',
  // Viva Goals' teams, the explorer export's notes, and scores off the scale
  'Team "{team}" is linked to its Microsoft 365 group ({group}), as in Viva Goals: who is in the team is that group\'s membership.':
    'L’équipe « {team} » est liée à son groupe Microsoft 365 ({group}), comme dans Viva Goals : les membres de l’équipe sont ceux de ce groupe.',
  'Team "{team}" is linked to its Microsoft 365 group ({group}), as in Viva Goals: who is in the team is that group\'s membership, so its {count} {count|member|members} in the file {count|is|are} not imported one by one.':
    'L’équipe « {team} » est liée à son groupe Microsoft 365 ({group}), comme dans Viva Goals : les membres de l’équipe sont ceux de ce groupe, donc {count|son|ses} {count} {count|membre|membres} du fichier {count|n’est pas importé|ne sont pas importés} un par un.',
  'Team "{team}" was linked to the Microsoft 365 group "{group}" in Viva Goals; the export names the group but not its id: link the team to that group (Programme, Teams, "Microsoft 365 group id").':
    'L’équipe « {team} » était liée au groupe Microsoft 365 « {group} » dans Viva Goals ; l’export nomme le groupe mais pas son ID : liez l’équipe à ce groupe (Programme › Équipes, « ID de groupe Microsoft 365 »).',
  'Team "{team}": its {count} {count|member|members} {count|is|are} not imported. OKR Coach keeps a team\'s owners (imported); who is in a team is its Microsoft 365 group\'s membership.':
    'Équipe « {team} » : {count|son|ses} {count} {count|membre n’est pas importé|membres ne sont pas importés}. OKR Coach garde les responsables d’une équipe (importés) ; les membres d’une équipe sont ceux de son groupe Microsoft 365.',
  'In Viva Goals it was linked to the Microsoft 365 group "{group}": link the team to that group (Programme, Teams, "Microsoft 365 group id") and its members come from there.':
    'Dans Viva Goals, elle était liée au groupe Microsoft 365 « {group} » : liez l’équipe à ce groupe (Programme › Équipes, « ID de groupe Microsoft 365 ») et ses membres viendront de là.',
  'Link the team to its Microsoft 365 group (Programme, Teams, "Microsoft 365 group id") and its members come from there.':
    'Liez l’équipe à son groupe Microsoft 365 (Programme › Équipes, « ID de groupe Microsoft 365 ») et ses membres viendront de là.',
  'The export has no Id column (add it to the explorer view to keep every item apart): items are known by the id their children name in "Aligned To", or else by title and period.':
    'L’export n’a pas de colonne Id (ajoutez-la à la vue de l’explorateur pour distinguer chaque élément) : les éléments sont reconnus par l’ID que leurs enfants nomment dans « Aligned To », sinon par titre et période.',
  'A row needs an Id and a Title.': 'Une ligne a besoin d’un Id et d’un Title.',
  '"{type}" is not Objective, Key result or Deliverable (nor a term Viva Goals offered instead: Goal, Theme, Big Rock, Metric, Outcome, Result, Project, To Do, Milestone, Action).':
    '« {type} » n’est ni Objective, ni Key result, ni Deliverable (ni un terme que Viva Goals proposait à la place : Goal, Theme, Big Rock, Metric, Outcome, Result, Project, To Do, Milestone, Action).',
  'A check-in needs a "Checkin Date: YYYY-MM-DD HH:MM:SS"; found "{found}".':
    'Un check-in a besoin d’une « Checkin Date: AAAA-MM-JJ HH:MM:SS » ; trouvé : « {found} ».',
  'Current Value "{text}" is not a number (accepted: {accepted}).':
    'La Current Value « {text} » n’est pas un nombre (acceptés : {accepted}).',
  'The scores (column "Score") are kept as the closing scores Viva Goals gave: a key result\'s is the one Close a cycle proposes (where its progress earns another, the reason says Viva Goals scored it), an objective\'s is its score, and Cycle review counts them.':
    'Les scores (colonne « Score ») sont conservés comme les scores de clôture donnés par Viva Goals : celui d’un résultat clé est celui que propose « Clôturer un cycle » (là où sa progression en vaut un autre, la raison indique que Viva Goals l’a noté), celui d’un objectif est son score, et le Bilan du cycle les compte.',
  'The score is left out; the objective is imported.':
    'Le score est laissé de côté ; l’objectif est importé.',
  'The score is left out; the row is imported.':
    'Le score est laissé de côté ; la ligne est importée.',
  '{percent}% is below the bottom of the scale; scores go from 0.0 to 1.0 (0–100%).':
    '{percent} % est en dessous du bas de l’échelle ; les scores vont de 0,0 à 1,0 (0–100 %).',
  '{score} ({percent}%) is below the bottom of the scale; scores go from 0.0 to 1.0 (0–100%).':
    '{score} ({percent} %) est en dessous du bas de l’échelle ; les scores vont de 0,0 à 1,0 (0–100 %).',
  '{percent}% is above the top of the scale; scores go from 0.0 to 1.0 (0–100%).':
    '{percent} % dépasse le haut de l’échelle ; les scores vont de 0,0 à 1,0 (0–100 %).',
  '{score} is not a score: scores go from 0.0 to 1.0 (0–100%); a percentage is written with its sign ({score}%).':
    '{score} n’est pas un score : les scores vont de 0,0 à 1,0 (0–100 %) ; un pourcentage s’écrit avec son signe ({score} %).',
  // How the sheets' readers read a cell, a row or a column otherwise, or leave it out
  'The key result "{name}" comes before any objective: in a sheet without a parent column, a key result belongs to the nearest row above it whose type says Objective. Move it below its objective, or add a parent column.':
    'Le résultat clé « {name} » vient avant tout objectif : dans une feuille sans colonne de parent, un résultat clé appartient à la ligne la plus proche au-dessus de lui dont le type indique Objective. Placez-le sous son objectif, ou ajoutez une colonne de parent.',
  'The id "{id}" is also the id of row {row}: each goal needs an id of its own.':
    'L’identifiant « {id} » est aussi celui de la ligne {row} : chaque objectif a besoin de son propre identifiant.',
  'The parent goal "{parent}" could be any of the {count} goals of that name (rows {rows}): give each goal a name of its own, or name the parent by its id (column "{idColumn}").':
    'L’objectif parent « {parent} » peut être n’importe lequel des {count} objectifs de ce nom (lignes {rows}) : donnez à chaque objectif un nom qui lui est propre, ou désignez le parent par son identifiant (colonne « {idColumn} »).',
  'The parent goal "{parent}" could be any of the {count} goals of that name (rows {rows}): give each goal a name of its own, or add a "Goal ID" column and name each parent by its id.':
    'L’objectif parent « {parent} » peut être n’importe lequel des {count} objectifs de ce nom (lignes {rows}) : donnez à chaque objectif un nom qui lui est propre, ou ajoutez une colonne « Goal ID » et désignez chaque parent par son identifiant.',
  'The parent goal "{parent}" is not in the file: a parent is named by its id, as written in column "{idColumn}"; leave the cell empty for a goal at the top.':
    'L’objectif parent « {parent} » n’est pas dans le fichier : un parent est désigné par son identifiant, tel qu’il est écrit dans la colonne « {idColumn} » ; laissez la cellule vide pour un objectif au sommet.',
  'The parent goal "{parent}" is not in the file: a parent is named by its goal name, as written in column "{nameColumn}" or by its id (column "{idColumn}"); leave the cell empty for a goal at the top.':
    'L’objectif parent « {parent} » n’est pas dans le fichier : un parent est désigné par son nom d’objectif, tel qu’il est écrit dans la colonne « {nameColumn} », ou par son identifiant (colonne « {idColumn} ») ; laissez la cellule vide pour un objectif au sommet.',
  'The parent goal "{parent}" is not in the file: a parent is named by its goal name, as written in column "{nameColumn}"; leave the cell empty for a goal at the top.':
    'L’objectif parent « {parent} » n’est pas dans le fichier : un parent est désigné par son nom d’objectif, tel qu’il est écrit dans la colonne « {nameColumn} » ; laissez la cellule vide pour un objectif au sommet.',
  'The parent goals form a loop: {loop}. A goal cannot be its own parent or ancestor: clear the parent of the goal that belongs at the top.':
    'Les objectifs parents forment une boucle : {loop}. Un objectif ne peut pas être son propre parent ni son propre ancêtre : videz le parent de l’objectif qui doit être au sommet.',
  '"{name}" (row {row})': '« {name} » (ligne {row})',
  'It names {count} teams ({teams}); it is kept in the first, "{team}".':
    'Il nomme {count} équipes ({teams}) ; il est gardé dans la première, « {team} ».',
  'It sits under "{initiative}", itself an initiative; initiatives do not nest, so it is an initiative of "{above}".':
    'Elle se trouve sous « {initiative} », elle-même une initiative ; les initiatives ne s’imbriquent pas, elle devient donc une initiative de « {above} ».',
  'It sits under "{initiative}", itself an initiative; initiatives do not nest, so it is an initiative of no key result.':
    'Elle se trouve sous « {initiative} », elle-même une initiative ; les initiatives ne s’imbriquent pas, elle devient donc une initiative sans résultat clé.',
  '"{status}" is not a status the import knows (accepted: On track, At risk, Behind, Not started, Closed, Postponed, and the words your own sheet reads for them); the objective is imported as active.':
    '« {status} » n’est pas un statut que l’import connaît (acceptés : On track, At risk, Behind, Not started, Closed, Postponed, et les mots que votre propre feuille lit pour eux) ; l’objectif est importé comme actif.',
  'A key result belongs to one objective: it is placed under "{parent}", the first parent named; {others} {count|is|are} left out.':
    'Un résultat clé appartient à un seul objectif : il est placé sous « {parent} », le premier parent nommé ; {others} {count|est laissé|sont laissés} de côté.',
  '"{name}"': '« {name} »',
  '"{type}" is not a kind of key result (accepted: {accepted}); it is measured by its values.':
    '« {type} » n’est pas un type de résultat clé (acceptés : {accepted}) ; il est mesuré par ses valeurs.',
  'The current value is taken from the progress ({percent}% of the way from start to target).':
    'La valeur actuelle est tirée de la progression ({percent} % du chemin entre le départ et la cible).',
  'The current values are not imported as check-ins: the sheet has no date column and the file no date. Add a "{column}" column.':
    'Les valeurs actuelles ne sont pas importées comme check-ins : la feuille n’a pas de colonne de date et le fichier pas de date. Ajoutez une colonne « {column} ».',
  '{count} {count|row|rows} with a current value {count|has|have} no date in "{column}" ({count|row|rows} {rows}): {count|its current value becomes a check-in|their current values become check-ins} dated {day:day}, the file\'s date. Fill in "{column}" to date {count|it|each one}.':
    '{count} {count|ligne|lignes} avec une valeur actuelle {count|n’a|n’ont} pas de date dans « {column} » ({count|ligne|lignes} {rows}) : {count|sa valeur actuelle devient un check-in daté|leurs valeurs actuelles deviennent des check-ins datés} du {day:day}, la date du fichier. Remplissez « {column} » pour {count|la dater|dater chacune}.',
  '{count} {count|row|rows} with a current value {count|has|have} no date in "{column}" ({count|row|rows} {rows}), and the file has no date: {count|its current value is|their current values are} not imported as check-ins. Fill in "{column}" to import {count|it|them}.':
    '{count} {count|ligne|lignes} avec une valeur actuelle {count|n’a|n’ont} pas de date dans « {column} » ({count|ligne|lignes} {rows}), et le fichier n’a pas de date : {count|sa valeur actuelle n’est pas importée|leurs valeurs actuelles ne sont pas importées} comme check-in. Remplissez « {column} » pour {count|l’importer|les importer}.',
  'one start': 'une seule valeur de départ',
  'one target': 'une seule cible',
  'one current': 'une seule valeur actuelle',
  'one progress': 'une seule progression',
  'one score': 'un seul score',
  '"{heading}" is read as the heading of the key results listed under it, not as one of them.':
    '« {heading} » est lu comme le titre des résultats clés listés dessous, et non comme l’un d’eux.',
  'The cell lists {lines} lines for the {count} key results in "{column}": which line is whose cannot be told, so none is read. Write one line for each key result, a "-" for none.':
    'La cellule liste {lines} lignes pour les {count} résultats clés de « {column} » : on ne peut pas savoir quelle ligne est à qui, donc aucune n’est lue. Écrivez une ligne par résultat clé, un « - » pour aucun.',
  'The cell holds {one} for the {count} key results in "{column}": which one it is for cannot be told, so it is not read. Write one line for each key result, a "-" for none.':
    'La cellule contient {one} pour les {count} résultats clés de « {column} » : on ne peut pas savoir à quel résultat clé la valeur revient, donc la cellule n’est pas lue. Écrivez une ligne par résultat clé, un « - » pour aucun.',
  'one initiative': 'une seule initiative',
  'The {lines} lines of "{column}" are read as {count} key results, one a line (a line starting in lower case carrying on the one before), as "{listing}" lists {count} lines too. If they are one title, write it on one line.':
    'Les {lines} lignes de « {column} » sont lues comme {count} résultats clés, un par ligne (une ligne qui commence par une minuscule prolonge la précédente), car « {listing} » liste aussi {count} lignes. S’il s’agit d’un seul titre, écrivez-le sur une ligne.',
  'The {lines} lines of "{column}" are read as {count} key results, one a line, as "{listing}" lists {count} lines too. If they are one title, write it on one line.':
    'Les {lines} lignes de « {column} » sont lues comme {count} résultats clés, un par ligne, car « {listing} » liste aussi {count} lignes. S’il s’agit d’un seul titre, écrivez-le sur une ligne.',
  'The {lines} lines of "{column}" are read as one key result, "{title}", its title broken over lines, as "{single}" holds {one} for it. To list several key results in one cell, start each line with "1.", "•" or "-" and give each its line in "{single}".':
    'Les {lines} lignes de « {column} » sont lues comme un seul résultat clé, « {title} », son titre étant coupé sur plusieurs lignes, car « {single} » contient {one} pour lui. Pour lister plusieurs résultats clés dans une cellule, commencez chaque ligne par « 1. », « • » ou « - » et donnez à chacun sa ligne dans « {single} ».',
  'The {lines} lines of "{column}" are read as one key result, "{title}", as each line after the first starts in lower case, carrying on the one before.':
    'Les {lines} lignes de « {column} » sont lues comme un seul résultat clé, « {title} », car chaque ligne après la première commence par une minuscule et prolonge la précédente.',
  'The {lines} lines of "{column}" are read as {count} key results, one a line (a line starting in lower case carrying on the one before): nothing else on the row says whether they are one title. If they are, write it on one line.':
    'Les {lines} lignes de « {column} » sont lues comme {count} résultats clés, un par ligne (une ligne qui commence par une minuscule prolonge la précédente) : rien d’autre sur la ligne n’indique s’il s’agit d’un seul titre. Si c’est le cas, écrivez-le sur une ligne.',
  'The {lines} lines of "{column}" are read as {count} key results, one a line: nothing else on the row says whether they are one title. If they are, write it on one line.':
    'Les {lines} lignes de « {column} » sont lues comme {count} résultats clés, un par ligne : rien d’autre sur la ligne n’indique s’il s’agit d’un seul titre. Si c’est le cas, écrivez-le sur une ligne.',
  "The current value is left out; the key result is imported without the row's check-in.":
    'La valeur actuelle est laissée de côté ; le résultat clé est importé sans le check-in de la ligne.',
  "The progress is left out; the key result is imported without the row's check-in.":
    'La progression est laissée de côté ; le résultat clé est importé sans le check-in de la ligne.',
  'The row has no objective, and no row above names one: write the objective in column "{column}".':
    'La ligne n’a pas d’objectif, et aucune ligne au-dessus n’en nomme un : écrivez l’objectif dans la colonne « {column} ».',
  'The sheet has no cycle column: its rows go in the cycle "{cycle}", the sheet\'s name.':
    'La feuille n’a pas de colonne de cycle : ses lignes vont dans le cycle « {cycle} », le nom de la feuille.',
  'The sheet has no cycle column: each objective goes in the cycle its first row\'s dates give (row {row}: {cycle}). Add a "Quarter" column to say otherwise.':
    'La feuille n’a pas de colonne de cycle : chaque objectif va dans le cycle que donnent les dates de sa première ligne (ligne {row} : {cycle}). Ajoutez une colonne « Quarter » pour en décider autrement.',
  'The row has no cycle, and the file has no date to take one from: add a "Quarter" column (e.g. Q1 2026).':
    'La ligne n’a pas de cycle, et le fichier n’a pas de date d’où en tirer un : ajoutez une colonne « Quarter » (p. ex. Q1 2026).',
  'The cycle "{cycle}" has no dates: name it like "Q1 2026", "H1 2026" or "2026", or add "Cycle start" and "Cycle end" columns. The row is left out.':
    'Le cycle « {cycle} » n’a pas de dates : nommez-le comme « Q1 2026 », « H1 2026 » ou « 2026 », ou ajoutez les colonnes « Cycle start » et « Cycle end ». La ligne est laissée de côté.',
  '"{group}" is not a Microsoft 365 group id (one looks like 5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d: Teams admin center, the team, Group id). The team "{team}" is imported without its group: link it in Programme, Teams.':
    '« {group} » n’est pas un ID de groupe Microsoft 365 (il ressemble à 5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d : Centre d’administration Teams, l’équipe, ID de groupe). L’équipe « {team} » est importée sans son groupe : liez-le dans Programme › Équipes.',
  'The team "{team}" is given the group {given} on row {row}; {group} is not linked.':
    'L’équipe « {team} » reçoit le groupe {given} à la ligne {row} ; {group} n’est pas lié.',
  '"{commitment}" is not Committed or Aspirational; the objective is imported as committed.':
    '« {commitment} » n’est ni Committed ni Aspirational ; l’objectif est importé comme engagé.',
  'The objectives\' scores (column "{column}") are kept as their closing scores, on your scale; Cycle review counts them.':
    'Les scores des objectifs (colonne « {column} ») sont conservés comme leurs scores de clôture, sur votre échelle ; le Bilan du cycle les compte.',
  '{score} differs from the score {kept} given to "{objective}" on row {row}; that one is kept.':
    '{score} diffère du score {kept} donné à « {objective} » à la ligne {row} ; c’est celui-là qui est gardé.',
  '"{text}" is read as {percent}%, as the row writes its other values as percentages.':
    '« {text} » est lu comme {percent} %, car la ligne écrit ses autres valeurs en pourcentages.',
  '{values} {count|is|are} read as {percents}. If {count|it is a share|they are shares} of one (0.45 for 45 %), write {count|it|them} as a percentage (45%) and import again.':
    '{values} {count|est lu|sont lus} comme {percents}. S’il s’agit {count|d’une part|de parts} de un (0,45 pour 45 %), écrivez-{count|la|les} en pourcentage (45 %) et importez de nouveau.',
  'The column "{column}" says statuses (such as "{status}"), not a confidence from 1 to 10: each is kept as its check-in\'s status, as a status column would be.':
    'La colonne « {column} » indique des statuts (comme « {status} »), pas une confiance de 1 à 10 : chacun est gardé comme statut de son check-in, comme le ferait une colonne de statut.',
  'The scores (column "{column}") are kept as the key results\' closing scores: Close a cycle proposes each in place of the score its progress earns (the reason says it was graded in this file), and Cycle review counts it; an objective of a cycle that has ended is scored from them as closing the cycle would.':
    'Les scores (colonne « {column} ») sont conservés comme scores de clôture des résultats clés : « Clôturer un cycle » propose chacun à la place du score que vaut sa progression (la raison indique qu’il a été noté dans ce fichier), et le Bilan du cycle le compte ; un objectif d’un cycle terminé est noté à partir d’eux, comme le ferait la clôture du cycle.',
  'The key result has no current value, so its status and notes have no check-in to go with and are left out.':
    'Le résultat clé n’a pas de valeur actuelle, donc son statut et ses notes n’ont pas de check-in auquel se rattacher et sont laissés de côté.',
  'It aligns to "{title}" of the cycle "{cycle}", whose objectives are not in the file; the objective is imported without aligning to it. To keep the alignment, import the rows of "{cycle}" in the same file.':
    'Il est aligné sur « {title} » du cycle « {cycle} », dont les objectifs ne sont pas dans le fichier ; l’objectif est importé sans cet alignement. Pour garder l’alignement, importez les lignes de « {cycle} » dans le même fichier.',
  'No objective "{title}" is in the file\'s cycle "{cycle}"; the objective is imported without aligning to it.':
    'Aucun objectif « {title} » n’est dans le cycle « {cycle} » du fichier ; l’objectif est importé sans cet alignement.',
  '{count} objectives "{title}" are in the cycle "{cycle}" (in several teams): which one is meant cannot be told, so the objective is imported without aligning to it.':
    '{count} objectifs « {title} » sont dans le cycle « {cycle} » (dans plusieurs équipes) : on ne peut pas savoir lequel est visé, donc l’objectif est importé sans cet alignement.',
  '"{address}" is not an email address (accepted: ana@contoso.com, or a name with its email, Ana Silva <ana@contoso.com>): the owner is found in your directory by the name "{name}".':
    '« {address} » n’est pas une adresse e-mail (acceptés : ana@contoso.com, ou un nom avec son adresse, Ana Silva <ana@contoso.com>) : le propriétaire est recherché dans votre annuaire par le nom « {name} ».',
  '"{address}" is not an email address (accepted: ana@contoso.com, or a name with its email, Ana Silva <ana@contoso.com>): it is kept as the owner\'s name, and the directory is searched by that name.':
    '« {address} » n’est pas une adresse e-mail (acceptés : ana@contoso.com, ou un nom avec son adresse, Ana Silva <ana@contoso.com>) : elle est gardée comme nom du propriétaire, et l’annuaire est cherché par ce nom.',
  'It names {count} owners ({owners}); the first, "{first}", owns it, as each objective and key result has one owner. Name the others in its description or as owners of its key results.':
    'Il nomme {count} propriétaires ({owners}) ; le premier, « {first} », en est propriétaire, car chaque objectif et chaque résultat clé a un seul propriétaire. Nommez les autres dans sa description ou comme propriétaires de ses résultats clés.',
  '"{text}" is the error a formula gave in the spreadsheet, not a value: fix the formula (or type the value) and import again.':
    '« {text} » est l’erreur d’une formule du tableur, pas une valeur : corrigez la formule (ou saisissez la valeur) et importez de nouveau.',
  '"{text}" could be {point} or {comma}: the file writes decimals both with "." and with ",". Write it without the thousands separator (e.g. {point}).':
    '« {text} » peut valoir {point} ou {comma} : le fichier écrit les décimales à la fois avec « . » et avec « , ». Écrivez le nombre sans séparateur de milliers (p. ex. {point}).',
  '"{text}" could be {point} or {comma}: no other number in the file shows whether "," or "." marks the decimals. Write it without the thousands separator (e.g. {point}).':
    '« {text} » peut valoir {point} ou {comma} : aucun autre nombre du fichier n’indique si « , » ou « . » marque les décimales. Écrivez le nombre sans séparateur de milliers (p. ex. {point}).',
  '"{text}" is out of nothing: write progress as done out of all (3/10), as a percentage (30%) or as a share (0.3).':
    '« {text} » est une part de rien : écrivez la progression comme le fait sur le total (3/10), en pourcentage (30 %) ou en part (0,3).',
  // The template's, a wide sheet's and the lists' column limits
  'Its {column} is {length} characters long, and your site holds at most {max} there':
    'Le champ « {column} » fait {length} caractères, et votre site en accepte au plus {max} à cet endroit',
  'Its column {column} is {length} characters long, and your site holds at most {max} there':
    'La colonne {column} fait {length} caractères, et votre site en accepte au plus {max} à cet endroit',
  '{overlong}: the team is not imported, with its objectives. Shorten it in the file and import the file again.':
    '{overlong} : l’équipe n’est pas importée, ni ses objectifs. Raccourcissez le texte dans le fichier et importez le fichier de nouveau.',
  '{overlong}: the cycle is not imported, with its objectives. Shorten it in the file and import the file again.':
    '{overlong} : le cycle n’est pas importé, ni ses objectifs. Raccourcissez le texte dans le fichier et importez le fichier de nouveau.',
  '{overlong}: the objective is not imported, with its key results. Shorten it in the file and import the file again.':
    '{overlong} : l’objectif n’est pas importé, ni ses résultats clés. Raccourcissez le texte dans le fichier et importez le fichier de nouveau.',
  '{overlong}: the key result is not imported, with its initiatives and check-ins. Shorten it in the file and import the file again.':
    '{overlong} : le résultat clé n’est pas importé, ni ses initiatives et check-ins. Raccourcissez le texte dans le fichier et importez le fichier de nouveau.',
  '{overlong}: the initiative is not imported. Shorten it in the file and import the file again.':
    '{overlong} : l’initiative n’est pas importée. Raccourcissez le texte dans le fichier et importez le fichier de nouveau.',
  '{overlong}: the check-in is not imported. Shorten it in the file and import the file again.':
    '{overlong} : le check-in n’est pas importé. Raccourcissez le texte dans le fichier et importez le fichier de nouveau.',
  '"{column}" is filled on {count} {type} {count|row|rows} ({count|row|rows} {rows}) and is not read there: {why}. "{column}" is read on {readBy} rows.':
    '« {column} » est rempli sur {count} {count|ligne|lignes} de type {type} ({count|ligne|lignes} {rows}) et n’y est pas lu : {why}. « {column} » est lu sur les lignes de type {readBy}.',
  '"{column}" is filled on {count} {type} {count|row|rows} ({count|row|rows} {rows}) and is not read there. "{column}" is read on {readBy} rows.':
    '« {column} » est rempli sur {count} {count|ligne|lignes} de type {type} ({count|ligne|lignes} {rows}) et n’y est pas lu. « {column} » est lu sur les lignes de type {readBy}.',
  'The file is missing the {count|column|columns} {missing}. The template has the columns {columns}.':
    'Il manque au fichier {count|la colonne|les colonnes} {missing}. Le modèle a les colonnes {columns}.',
  '"{type}" is not Objective, Key result, Initiative or Check-in.':
    '« {type} » n’est ni Objective, ni Key result, ni Initiative, ni Check-in.',
  "An objective's row has both a Score and an Objective score: its Objective score ({score}) is its score; the Score is not read.":
    'La ligne d’un objectif a à la fois un Score et un Objective score : son Objective score ({score}) est son score ; le Score n’est pas lu.',
  'A check-in needs its date.': 'Un check-in a besoin de sa date.',
  'A check-in needs a value.': 'Un check-in a besoin d’une valeur.',
  'A {type} row needs an Id and a Title.':
    'Une ligne de type {type} a besoin d’un Id et d’un Title.',
  'A cycle needs a start and an end date (YYYY-MM-DD).':
    'Un cycle a besoin d’une date de début et d’une date de fin (AAAA-MM-JJ).',
  '"{kind}" is not one of {kinds}.': '« {kind} » n’est pas l’un de {kinds}.',
  '"{text}" is not accepted for an objective: write "{aligned}" to roll up the objectives aligned to it beside its key results, or leave it empty.':
    '« {text} » n’est pas accepté pour un objectif : écrivez « {aligned} » pour agréger les objectifs alignés sur lui à côté de ses résultats clés, ou laissez le champ vide.',
  'An initiative does not roll up: leave "Rolls up from" empty (only objectives and key results roll up).':
    'Une initiative n’agrège rien : laissez « Rolls up from » vide (seuls les objectifs et les résultats clés agrègent).',
  'Only a key result has phased targets: leave it empty on this row.':
    'Seul un résultat clé a des cibles intermédiaires : laissez le champ vide sur cette ligne.',
  '"{text}" is not a dated target: write each as YYYY-MM-DD: value, separated by ";" (e.g. 2026-01-31: 40; 2026-02-28: 55).':
    '« {text} » n’est pas une cible datée : écrivez chacune sous la forme AAAA-MM-JJ: valeur, séparées par « ; » (p. ex. 2026-01-31: 40 ; 2026-02-28: 55).',
  'The columns "{first}" and "{second}" both give key result {group}\'s {field}: keep one, or number them as the key results they belong to.':
    'Les colonnes « {first} » et « {second} » donnent toutes deux « {field} » du résultat clé {group} : gardez-en une, ou numérotez-les selon les résultats clés auxquels elles appartiennent.',
  'The column "{column}" is for key result {group}, and no column holds key result {group}\'s title: add a "KR{group}" column with the titles, or number the column as the key result it belongs to.':
    'La colonne « {column} » est pour le résultat clé {group}, et aucune colonne ne contient le titre du résultat clé {group} : ajoutez une colonne « KR{group} » avec les titres, ou numérotez la colonne selon le résultat clé auquel elle appartient.',
  '"{name}" gives objectives a value of their own ({count|row|rows} {rows}), which is not imported: an objective\'s progress follows from its key results. To keep it, give each a key result measured by it.':
    '« {name} » donne aux objectifs une valeur propre ({count|ligne|lignes} {rows}), qui n’est pas importée : la progression d’un objectif découle de ses résultats clés. Pour la garder, donnez à chacun un résultat clé mesuré par elle.',
  'The column "{column}" has no key result number, so which key result it is for cannot be told and it is not read: name it as the key result\'s ("KR{group} {column}").':
    'La colonne « {column} » n’a pas de numéro de résultat clé, donc on ne peut pas savoir à quel résultat clé elle se rapporte et elle n’est pas lue : nommez-la d’après le résultat clé (« KR{group} {column} »).',
  'Key result {group} has no title, though {given} {count|is|are} filled in; it is left out.':
    'Le résultat clé {group} n’a pas de titre, bien que {given} {count|soit rempli|soient remplis} ; il est laissé de côté.',
  'an initiative has no closing score (its Status keeps how it ended); only objectives and key results are scored':
    'une initiative n’a pas de score de clôture (son Status garde comment elle s’est terminée) ; seuls les objectifs et les résultats clés sont notés',
  'an initiative has no closing score (its Status keeps how it ended)':
    'une initiative n’a pas de score de clôture (son Status garde comment elle s’est terminée)',
  "a check-in has no score: a key result is scored when its cycle closes, by its own row's Score":
    'un check-in n’a pas de score : un résultat clé est noté à la clôture de son cycle, par le Score de sa propre ligne',
  "a check-in has no score: an objective's is its own row's Objective score":
    'un check-in n’a pas de score : celui d’un objectif est l’Objective score de sa propre ligne',
  'a check-in is told by its Parent and Date; write what it says in Note':
    'un check-in se reconnaît à son Parent et à sa Date ; écrivez ce qu’il dit dans Note',
  "a key result's current value comes from its Check-in rows (Type Check-in, Parent the key result's Id, Date, Value)":
    'la valeur actuelle d’un résultat clé vient de ses lignes Check-in (Type Check-in, Parent l’Id du résultat clé, Date, Value)',
  'a note belongs on a Check-in row': 'une note va sur une ligne Check-in',
  "a key result's dates are its cycle's": 'les dates d’un résultat clé sont celles de son cycle',
  "an objective's progress comes from its key results":
    'la progression d’un objectif vient de ses résultats clés',
  'an initiative keeps a title, owner, status, date and link':
    'une initiative garde un titre, un propriétaire, un statut, une date et un lien',
  "an initiative's progress is its Status": 'la progression d’une initiative est son Status',
  "owner's name": 'nom du propriétaire',
  "owner's email": 'adresse e-mail du propriétaire',
  "owner's id": 'identifiant du propriétaire',
  "author's name": 'nom de l’auteur',
  "author's email": 'adresse e-mail de l’auteur',
  "author's id": 'identifiant de l’auteur',
  link: 'lien',
  unit: 'unité',
  'id in the file': 'identifiant dans le fichier',
  'Microsoft 365 group id': 'ID de groupe Microsoft 365',
  'meeting id': 'identifiant de réunion',
  name: 'nom',
  title: 'titre',
  owner: 'propriétaire',
  'owner email': 'adresse e-mail du propriétaire',
  start: 'valeur de départ',
  target: 'cible',
  current: 'valeur actuelle',
  progress: 'progression',
  confidence: 'confiance',
  status: 'statut',
  type: 'type',
  due: 'échéance',
  date: 'date',
  notes: 'notes',
  score: 'score',
  // What the import reads
  'A Viva Goals organisation export: the .zip of JSON files as Viva Goals gave it.':
    'Un export d’organisation Viva Goals : le .zip de fichiers JSON tel que Viva Goals l’a fourni.',
  'A Viva Goals explorer export (.csv or .xlsx): "Title" and "Object Type" columns.':
    'Un export de l’explorateur Viva Goals (.csv ou .xlsx) : colonnes « Title » et « Object Type ».',
  'The OKR Coach template (.csv or .xlsx): "Type" and "Title" columns ("Download the template" has every column the import reads).':
    'Le modèle OKR Coach (.csv ou .xlsx) : colonnes « Type » et « Title » (« Télécharger le modèle » contient toutes les colonnes que l’importation lit).',
  'Your own sheet, one row per key result: an "Objective" and a "Key result" (or "KR") column.':
    'Votre propre feuille, une ligne par résultat clé : une colonne « Objective » et une colonne « Key result » (ou « KR »).',
  'Your own sheet, one row per objective: an "Objective" column and numbered key result columns ("KR1", "KR2", …).':
    'Votre propre feuille, une ligne par objectif : une colonne « Objective » et des colonnes de résultats clés numérotées (« KR1 », « KR2 », …).',
  'Jira issues (CSV): Jira\'s "Export CSV (all fields)" as it is (Summary, Issue key, Issue Type, Parent).':
    'Des tickets Jira (CSV) : l’« Export CSV (all fields) » de Jira tel quel (Summary, Issue key, Issue Type, Parent).',
  'A goal list from another tool (Lattice, Asana, …), one row per goal: a goal column ("Goal name", "Summary") and a parent column ("Parent goal", "Parent ID"), an outline number ("Order": 1, 1.1), a level ("Level": 1, 2) or a type on each row (Objective, Key result); or a JSON file of such goal records, as a tool\'s API gives them.':
    'Une liste d’objectifs d’un autre outil (Lattice, Asana, …), une ligne par objectif : une colonne d’objectif (« Goal name », « Summary ») et une colonne de parent (« Parent goal », « Parent ID »), un numéro de plan (« Order » : 1, 1.1), un niveau (« Level » : 1, 2) ou un type sur chaque ligne (Objective, Key result) ; ou un fichier JSON de tels objectifs, tels que l’API d’un outil les fournit.',
  // Whole files refused, what reading says of the whole file, a goal tree not placed
  'An outline of goals in one column (.txt, .csv or .xlsx), a header row or none: each objective on a line of its own, its key results indented under it.':
    'Un plan d’objectifs dans une colonne (.txt, .csv ou .xlsx), avec ou sans ligne d’en-tête : chaque objectif sur sa propre ligne, ses résultats clés en retrait en dessous.',
  '{file} is a Word document, not a spreadsheet. If your OKRs are in a table in it, copy the table into Excel and save that as an Excel Workbook (.xlsx).':
    '{file} est un document Word, pas une feuille de calcul. Si vos OKR sont dans un tableau de ce document, copiez le tableau dans Excel et enregistrez-le comme classeur Excel (.xlsx).',
  '{file} is a PowerPoint presentation, not a spreadsheet.':
    '{file} est une présentation PowerPoint, pas une feuille de calcul.',
  '{file} is an Excel Binary Workbook (.xlsb), which the import cannot read. Open it in Excel and save it as an Excel Workbook (.xlsx) or as "CSV UTF-8".':
    '{file} est un classeur binaire Excel (.xlsb), que l’importation ne sait pas lire. Ouvrez-le dans Excel et enregistrez-le comme classeur Excel (.xlsx) ou en « CSV UTF-8 ».',
  '{file} is an Apple Numbers spreadsheet, which the import cannot read. In Numbers, choose File > Export To > Excel (or CSV) and import that.':
    '{file} est une feuille de calcul Apple Numbers, que l’importation ne sait pas lire. Dans Numbers, choisissez Fichier > Exporter vers > Excel (ou CSV) et importez ce fichier.',
  '{file} is an OpenDocument spreadsheet (.ods). Save it as an Excel Workbook (.xlsx) or as "CSV UTF-8" and import that.':
    '{file} est une feuille de calcul OpenDocument (.ods). Enregistrez-la comme classeur Excel (.xlsx) ou en « CSV UTF-8 » et importez ce fichier.',
  '{file} is an Excel 97-2003 workbook (.xls) or a password-protected workbook, which the import cannot read. Open it in Excel, remove any password, and save it as an Excel Workbook (.xlsx) or as "CSV UTF-8".':
    '{file} est un classeur Excel 97-2003 (.xls) ou un classeur protégé par mot de passe, que l’importation ne sait pas lire. Ouvrez-le dans Excel, retirez tout mot de passe et enregistrez-le comme classeur Excel (.xlsx) ou en « CSV UTF-8 ».',
  '{file} is a PDF document, not a spreadsheet: the import cannot read OKRs from a PDF. Export them from the tool that made it as CSV or Excel.':
    '{file} est un document PDF, pas une feuille de calcul : l’importation ne peut pas lire d’OKR dans un PDF. Exportez-les en CSV ou Excel depuis l’outil qui l’a produit.',
  '{file} is a PNG image, not a spreadsheet.':
    '{file} est une image PNG, pas une feuille de calcul.',
  '{file} is a JPEG image, not a spreadsheet.':
    '{file} est une image JPEG, pas une feuille de calcul.',
  '{file} is a GIF image, not a spreadsheet.':
    '{file} est une image GIF, pas une feuille de calcul.',
  '{file} is a web page (HTML), not a spreadsheet, though it may be named .xls: some tools\' "Export Excel" (Jira\'s among them) write one. Export as CSV instead (in Jira: Export, then "Export CSV (all fields)"), or open it in Excel and save it as an Excel Workbook (.xlsx).':
    '{file} est une page web (HTML), pas une feuille de calcul, même si son nom peut finir en .xls : l’« Export Excel » de certains outils (dont Jira) en produit une. Exportez plutôt en CSV (dans Jira : Exporter, puis « Export CSV (all fields) »), ou ouvrez-la dans Excel et enregistrez-la comme classeur Excel (.xlsx).',
  '{file} is one file of a Viva Goals organisation export. Import the whole export: the .zip file as Viva Goals gave it (it holds the objectives, check-ins, teams and time periods together), not one file taken out of it.':
    '{file} est un seul fichier d’un export d’organisation Viva Goals. Importez l’export entier : le fichier .zip tel que Viva Goals l’a fourni (il contient ensemble les objectifs, les check-ins, les équipes et les périodes), pas un fichier sorti de celui-ci.',
  "{file} is a JSON file with no list of records in it: the import reads JSON inside a Viva Goals organisation export (.zip), or a file of goal records (an array of them, one a goal, as a tool's API gives them).":
    '{file} est un fichier JSON sans liste d’enregistrements : l’importation lit le JSON d’un export d’organisation Viva Goals (.zip), ou un fichier d’enregistrements d’objectifs (un tableau, un enregistrement par objectif, tel que l’API d’un outil le fournit).',
  '{file} cannot be opened: it is a ZIP file (as an Excel workbook (.xlsx) and a Viva Goals export are) that is damaged, cut off or password-protected. Download or save it again and import that. (Technical detail: {error})':
    '{file} ne peut pas être ouvert : c’est un fichier ZIP (comme un classeur Excel (.xlsx) et un export Viva Goals) endommagé, tronqué ou protégé par mot de passe. Téléchargez-le ou enregistrez-le à nouveau, puis importez-le. (Détail technique : {error})',
  "{file} is not valid JSON: it may be cut off or damaged, so no goal records can be read from it. The import reads JSON inside a Viva Goals organisation export (.zip), or a file of goal records (an array of them, one a goal, as a tool's API gives them). (Technical detail: {error})":
    '{file} n’est pas du JSON valide : il est peut-être tronqué ou endommagé, aucun enregistrement d’objectif ne peut donc y être lu. L’importation lit le JSON d’un export d’organisation Viva Goals (.zip), ou un fichier d’enregistrements d’objectifs (un tableau, un enregistrement par objectif, tel que l’API d’un outil le fournit). (Détail technique : {error})',
  '{file} holds no Viva Goals objectives file (objectives_export_file_….json).':
    '{file} ne contient aucun fichier d’objectifs Viva Goals (objectives_export_file_….json).',
  '{file} cannot be unpacked: its part {part} is damaged or cut off. Download or export the file again and import that. (Technical detail: {error})':
    '{file} ne peut pas être décompressé : sa partie {part} est endommagée ou tronquée. Téléchargez ou exportez à nouveau le fichier, puis importez-le. (Détail technique : {error})',
  '{file} is empty: it has no rows with anything in them.':
    '{file} est vide : il n’a aucune ligne remplie.',
  '{file} is empty: none of its sheets has rows with anything in them.':
    '{file} est vide : aucune de ses feuilles n’a de ligne remplie.',
  '{file} is empty: a goal tree starts with a header row (Goal name, Parent goal, …).':
    '{file} est vide : un arbre d’objectifs commence par une ligne d’en-tête (Goal name, Parent goal, …).',
  '{file} is empty: your own sheet starts with a header row (Objective, Key result, …).':
    '{file} est vide : votre propre feuille commence par une ligne d’en-tête (Objective, Key result, …).',
  '{file} is empty: the template starts with a header row ({columns}).':
    '{file} est vide : le modèle commence par une ligne d’en-tête ({columns}).',
  '{file} is empty: it starts with a header row (Objective, KR1, …).':
    '{file} est vide : il commence par une ligne d’en-tête (Objective, KR1, …).',
  '{file} is empty: an explorer export starts with a header row.':
    '{file} est vide : un export de l’explorateur commence par une ligne d’en-tête.',
  'is {size}, more than the {max} an import takes at once. Export one time period (or one team) at a time and import each.':
    'fait {size}, plus que les {max} qu’une importation accepte en une fois. Exportez une période (ou une équipe) à la fois et importez chacune.',
  'unpacks to more than {max} (at {part}); it is refused as it could be a ZIP bomb. Export fewer time periods at a time.':
    'se décompresse en plus de {max} (à {part}) ; il est refusé car il pourrait s’agir d’une bombe ZIP. Exportez moins de périodes à la fois.',
  'a cell in this row opens with a double quote (") that is never closed, so everything after it to the end of the file would be read as one cell. The file may have been cut off: export or save it again; or close the quote (a quote inside a quoted cell is written twice, "").':
    'une cellule de cette ligne s’ouvre par un guillemet droit (") qui n’est jamais fermé : tout ce qui suit jusqu’à la fin du fichier serait lu comme une seule cellule. Le fichier a peut-être été tronqué : exportez-le ou enregistrez-le de nouveau, ou fermez le guillemet (un guillemet dans une cellule entre guillemets s’écrit deux fois : "").',
  'has its header row but no rows below it with anything to import. Fill in the rows under the header, or choose the file that has them.':
    'a sa ligne d’en-tête, mais aucune ligne en dessous avec quelque chose à importer. Remplissez les lignes sous l’en-tête, ou choisissez le fichier qui les contient.',
  'has its header row (sheet "{sheet}") but no rows below it with anything to import. Fill in the rows under the header, or choose the file that has them.':
    'a sa ligne d’en-tête (feuille « {sheet} »), mais aucune ligne en dessous avec quelque chose à importer. Remplissez les lignes sous l’en-tête, ou choisissez le fichier qui les contient.',
  'should hold a JSON array of records.': 'devrait contenir un tableau JSON d’enregistrements.',
  'is not valid JSON: the file is damaged or cut off. The export may have been changed or not copied whole: import the .zip as Viva Goals gave it. (Technical detail: {error})':
    'n’est pas du JSON valide : le fichier est endommagé ou tronqué. L’export a peut-être été modifié ou copié en partie : importez le .zip tel que Viva Goals l’a fourni. (Détail technique : {error})',
  'is not valid JSON: record {record} is damaged or cut off. The export may have been changed or not copied whole: import the .zip as Viva Goals gave it. (Technical detail: {error})':
    'n’est pas du JSON valide : l’enregistrement {record} est endommagé ou tronqué. L’export a peut-être été modifié ou copié en partie : importez le .zip tel que Viva Goals l’a fourni. (Détail technique : {error})',
  'It is left out.': 'Il est laissé de côté.',
  'is missing the {count|column|columns} {missing}. An explorer export has the columns {columns}.':
    '{count|il manque la colonne|il manque les colonnes} {missing}. Un export de l’explorateur a les colonnes {columns}.',
  'The file\'s {count} JSON records are read as the rows of a sheet whose columns are their fields (a nested field\'s as "parentGoal id"): record 1 is row 2.':
    'Les {count} enregistrements JSON du fichier sont lus comme les lignes d’une feuille dont les colonnes sont leurs champs (un champ imbriqué comme « parentGoal id ») : l’enregistrement 1 est la ligne 2.',
  'The file is not UTF-8; it is read as Windows-1252 (Western European), the encoding Excel uses for "CSV (Comma delimited)". If accented letters look wrong, save it from Excel as "CSV UTF-8" and import again.':
    'Le fichier n’est pas en UTF-8 ; il est lu en Windows-1252 (Europe occidentale), le codage qu’Excel utilise pour « CSV (séparateur : point-virgule) ». Si les lettres accentuées semblent fausses, enregistrez-le depuis Excel en « CSV UTF-8 » et importez-le de nouveau.',
  'Read from the {count|sheet|sheets} {read}.': 'Lu depuis {count|la feuille|les feuilles} {read}.',
  'Read from the {count|sheet|sheets} {read}; the {unreadCount|sheet|sheets} {unread} {unreadCount|is|are} not read (no header in that layout).':
    'Lu depuis {count|la feuille|les feuilles} {read} ; {unreadCount|la feuille|les feuilles} {unread} {unreadCount|n’est pas lue|ne sont pas lues} (pas d’en-tête dans cette présentation).',
  'The goals cannot be placed in a tree: {why}. Add {places}.':
    'Les objectifs ne peuvent pas être placés dans un arbre : {why}. Ajoutez {places}.',
  'it has no parent column': 'il n’a pas de colonne de parent',
  'its column "{column}" numbers the goals without numbers under them (1.1, 1.2)':
    'sa colonne « {column} » numérote les objectifs sans numéros en dessous (1.1, 1.2)',
  'its column "{column}" does not give every goal a level as a number (1, 2, 3)':
    'sa colonne « {column} » ne donne pas à chaque objectif un niveau sous forme de nombre (1, 2, 3)',
  'its column "{column}" does not say which goals are objectives and which key results':
    'sa colonne « {column} » ne dit pas quels objectifs sont des objectifs et lesquels des résultats clés',
  'a parent column naming each goal\'s parent ("Parent goal", "Parent", "Contributes to"; or "Parent ID" by its id); or an outline column numbering the goals 1, 1.1, 1.2 ("Order", "Outline", "No.", "#", "WBS"); or a level column giving their depth 1, 2, 3 ("Level", "Depth", "Indent"), each goal below its parent; or a type column saying on each row whether it is an objective or a key result ({roles}), each key result below its objective (and an initiative, {initiatives}, below its key result)':
    'une colonne de parent nommant le parent de chaque objectif (« Parent goal », « Parent », « Contributes to » ; ou « Parent ID » par son identifiant) ; ou une colonne de plan numérotant les objectifs 1, 1.1, 1.2 (« Order », « Outline », « No. », « # », « WBS ») ; ou une colonne de niveau donnant leur profondeur 1, 2, 3 (« Level », « Depth », « Indent »), chaque objectif sous son parent ; ou une colonne de type indiquant sur chaque ligne s’il s’agit d’un objectif ou d’un résultat clé ({roles}), chaque résultat clé sous son objectif (et une initiative, {initiatives}, sous son résultat clé)',
  'If the file is of another kind:': 'Si le fichier est d’un autre type :',
  'A Viva Goals explorer export needs "Title" and "Object Type" columns, the template "Type" and "Title" (Type, Id, Parent, Title, …), your own sheet an objective column ("Objective") and a key result column ("Key result" or "KR") or numbered key result columns ("KR1", "KR2", …), a goal tree a goal column ("Goal name") and a parent column ("Parent goal" or "Parent ID"), an outline column ("Order": 1, 1.1, 1.2), a level column ("Level": 1, 2) or a type column saying Objective or Key result on each row; the template ("Download the template" on the import page) has every column the import reads.':
    'Un export de l’explorateur Viva Goals demande les colonnes « Title » et « Object Type », le modèle « Type » et « Title » (Type, Id, Parent, Title, …), votre propre feuille une colonne d’objectif (« Objective ») et une colonne de résultat clé (« Key result » ou « KR ») ou des colonnes de résultats clés numérotées (« KR1 », « KR2 », …), un arbre d’objectifs une colonne d’objectif (« Goal name ») et une colonne de parent (« Parent goal » ou « Parent ID »), une colonne de plan (« Order » : 1, 1.1, 1.2), une colonne de niveau (« Level » : 1, 2) ou une colonne de type indiquant Objective ou Key result sur chaque ligne ; le modèle (« Télécharger le modèle » sur la page d’importation) a toutes les colonnes que l’importation lit.',
  // A file of no kind the import knows: what each sheet has, and lacks
  '{file} is not a file the import knows: {looked}.':
    '{file} n’est pas un fichier que l’importation connaît : {looked}.',
  'the file has the headers {headers}': 'le fichier a les en-têtes {headers}',
  'the file has the headers {headers} (row {row})':
    'le fichier a les en-têtes {headers} (ligne {row})',
  'sheet "{sheet}" has the headers {headers}': 'la feuille « {sheet} » a les en-têtes {headers}',
  'sheet "{sheet}" has the headers {headers} (row {row})':
    'la feuille « {sheet} » a les en-têtes {headers} (ligne {row})',
  'the file is empty': 'le fichier est vide',
  'sheet "{sheet}" is empty': 'la feuille « {sheet} » est vide',
  '{headers}': '{headers}',
  '{headers} and {count} more': '{headers} et {count} de plus',
  '{what}: {needs}': '{what} : {needs}',
  'for your own sheet it also needs a key result column (named one of {names})':
    'comme votre propre feuille, il lui faut aussi une colonne de résultat clé (nommée parmi {names})',
  'for your own sheet it also needs an objective column (named one of {names})':
    'comme votre propre feuille, il lui faut aussi une colonne d’objectif (nommée parmi {names})',
  'for one row per objective with its key results in columns it also needs an objective column (named one of {names})':
    'comme une ligne par objectif avec ses résultats clés en colonnes, il lui faut aussi une colonne d’objectif (nommée parmi {names})',
  'for a goal tree it also needs {places}': 'comme arbre d’objectifs, il lui faut aussi {places}',
};
