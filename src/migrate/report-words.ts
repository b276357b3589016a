/**
 * The words of an import's report, keyed by their English: the counts, the kinds of file, what
 * happens to teams already on the site, what a run wrote, where a problem is, and the reasons a
 * reader gives for a row it leaves out or changes (`Said`, kept on the problem beside its English
 * message). The CLI says them in English; the import page in the reader's language, from its own
 * translation of every key (`ui/migrate/words/import-<language>.ts`).
 */
import { formatMessage, type MessageParams } from '../core/i18n';
import type { ValidationIssue } from '../core/issues';
import { describeUnchanged } from './imported-before';
import type { ImportCounts } from './plan';

/** What the report says of the whole run, in English: each its own key, translated as a whole. */
export type ReportText =
  // The kinds of thing a run writes: counted, and as a count's label
  | '{count} {count|team|teams}'
  | '{count} {count|cycle|cycles}'
  | '{count} {count|objective|objectives}'
  | '{count} {count|key result|key results}'
  | '{count} {count|initiative|initiatives}'
  | '{count} {count|check-in|check-ins}'
  | 'teams'
  | 'cycles'
  | 'objectives'
  | 'key results'
  | 'initiatives'
  | 'check-ins'
  // The kinds of file the import reads
  | 'Viva Goals organisation export'
  | 'Viva Goals explorer export'
  | 'OKR Coach template'
  | 'Your own sheet (one row per key result)'
  | 'Your own sheet (one row per objective, its key results in columns)'
  | 'Goal tree from another OKR tool (one row per goal)'
  | 'Jira issues (CSV)'
  // Lists, as the language joins them
  | '{first}; {then}'
  | '{first}: {then}'
  | '{rows} and {count} more'
  // Teams already on the site
  | 'already on your site: {teams}'
  | '"{team}" ({changes})'
  | "the file's owners given"
  | 'its Microsoft 365 group linked'
  // What a run wrote
  | 'Nothing was written'
  | "the file's owners given to {count} {count|team|teams}"
  | "the file's Microsoft 365 groups linked to {count} {count|team|teams}"
  | '{written}; {given} already on your site'
  | 'already imported, unchanged: {counts}'
  | '{count} of them updated'
  | '{count} {count|check-in|check-ins} already here left as they were'
  | '{count} more already as in the file left as they were'
  | '{count} more changed here since the export left as they are'
  | '{written}; the file came from this site: {onSite}'
  // A write that failed: what it was
  | 'A team'
  | 'A cycle'
  | 'An objective'
  | 'A key result'
  | 'An initiative'
  | 'A check-in'
  | 'The team "{title}"'
  | 'The cycle "{title}"'
  | 'The objective "{title}"'
  | 'The key result "{title}"'
  | 'The initiative "{title}"'
  | 'A check-in on "{title}"'
  // The downloadable report's counts and people (its columns and codes stay as they are)
  | '{planned} planned'
  | '{planned} planned, {written} written'
  | 'owners of teams already on your site'
  | 'Microsoft 365 groups of teams already on your site'
  | '{name} is not in the directory; kept by name.'
  // Where a problem is
  | 'row {row}'
  | 'field "{field}"'
  | 'item {item}'
  | ReasonText;

/**
 * The reasons the readers give in words of their own (a problem's `said`): the most common a row
 * meets. A problem without them is said in English as its reader wrote it.
 */
export type ReasonText =
  | SheetReasonText
  | '"{text}" is not a number (accepted: {accepted}).'
  | '"{text}" is not a confidence (accepted: {accepted}).'
  | "The row's key result is left out."
  | 'The row is left out.'
  | 'The confidence is left out; the key result is imported.'
  | 'The due date is left out; the key result is imported.'
  | 'The due date is left out; the initiative is imported.'
  | 'The key result has no start (baseline); it starts from 0.'
  | 'Start {start} and target {target} are read from its title.'
  | 'Start {start} and target {target} ({unit}) are read from its title.'
  | "The key result is imported without the row's check-in."
  | 'The score is left out; the key result is imported.'
  | "The objective's score is left out; the objective is imported."
  | 'The cycle "{cycle}" is taken as {start:day} to {end:day} (a calendar month). Add "Cycle start" and "Cycle end" columns for other dates.'
  | 'The cycle "{cycle}" is taken as {start:day} to {end:day} (a calendar quarter). Add "Cycle start" and "Cycle end" columns for other dates.'
  | 'The cycle "{cycle}" is taken as {start:day} to {end:day} (a calendar half). Add "Cycle start" and "Cycle end" columns for other dates.'
  | 'The cycle "{cycle}" is taken as {start:day} to {end:day} (a calendar year). Add "Cycle start" and "Cycle end" columns for other dates.'
  | 'The cycle "{cycle}" is taken as {start:day} to {end:day} (a quarter of your fiscal year). Add "Cycle start" and "Cycle end" columns for other dates.'
  | 'The cycle "{cycle}" is taken as {start:day} to {end:day} (a half of your fiscal year). Add "Cycle start" and "Cycle end" columns for other dates.'
  | 'The cycle "{cycle}" is taken as {start:day} to {end:day} (your fiscal year). Add "Cycle start" and "Cycle end" columns for other dates.'
  | 'The cycle "{cycle}" is taken as {start:day} to {end:day}, on a fiscal year starting in January. Set the month yours starts in under Programme › Operating model, or add "Cycle start" and "Cycle end" columns for other dates.'
  | 'The current values become check-ins dated {day:day}, the file\'s date, as the sheet has no date column (add a "{column}" column to date each one).'
  // A file of no kind the import knows
  | 'The {count|column|columns} {columns} {count|is|are} not read by the import and {count|is|are} ignored.'
  | 'The sheet has no cycle column: everything is put in {cycle}, the quarter of the file\'s date ({day:day}). Add a "Quarter" column to say otherwise.'
  | '"{team}" is already a team on your site: its OKRs go there, and no second team of that name is made.'
  | 'This file was imported before. Already imported, unchanged: {counts}, left as they are; only what differs is written, updating what the earlier import made.'
  // Teams and cycles already on the site
  | 'The team "{team}" in the file is called "{onSite}" on your site now: its OKRs go there, and it keeps its name.'
  | 'The team "{team}" is on your site.'
  | 'The team "{team}" was imported before.'
  | "It has no owners: the file's ({owners}) become its owners."
  | "The file's owners ({owners}) are not applied: the team has owners on your site ({onSite}), and they are kept."
  | "It has no Microsoft 365 group on your site: it is linked to the file's ({group}), so who is in the team is that group's membership."
  | "The file links it to the Microsoft 365 group {group}, but your site links it to {onSite}: the site's group is kept and {group} is not linked (if the file is right, change it in Programme, Teams)."
  | '"{cycle}" is already a cycle on your site with the same dates: its OKRs go there, and no second cycle of that name is made.'
  | 'The cycle "{cycle}" in the file is called "{onSite}" on your site now: its OKRs go there, and no second cycle is made.'
  | 'The cycle "{cycle}" in the file has other dates on your site: its OKRs go there.'
  | 'The cycle "{cycle}" in the file is called "{onSite}" on your site now (its objectives are there, found by their ids): its OKRs go there, and no second cycle is made.'
  | 'Your site has more than one cycle called "{cycle}" with these dates: the file\'s OKRs go to the one its objectives are in (found by their ids), and no other cycle is made.'
  | 'The cycle "{cycle}" in the file has other dates on your site (its objectives are there, found by their ids): its OKRs go there, and no second cycle is made.'
  | 'Its dates on your site ({start:day} to {end:day}) are kept.'
  | RunReasonText
  | FileReasonText
  // A header written twice
  | 'The header "{header}" is written twice, in columns {read} and {unread}: column {read} is read and column {unread} is not. If column {unread} holds what should be imported, rename or remove column {read} and import again.'
  // Why a write was refused (the run's "Not written")
  | 'It was changed on your site while the import ran, so it was not written over. Import the file again to write it.'
  | 'Your site was busy or could not be reached when it was written. Import the file again to write it.'
  | 'Your account may not write it to the OKR lists. Ask an admin of the OKR site for access.'
  | 'What an earlier import wrote for it is gone from your site. Import the file again to write it anew.'
  | 'Your site refused it: {reason}'
  | 'Its owners were not set.'
  | 'Its Microsoft 365 group was not set.'
  | 'Its owners and Microsoft 365 group were not set.'
  // The Viva Goals organisation export's rarer reasons
  | 'A team needs an ID and a Team Name.'
  | 'A time period needs an ID, a name, a Start Date and an End Date.'
  | 'Weight "{weight}" is not a percentage; weighted equally.'
  | 'An item needs an ID and a Title.'
  | 'Type "{type}" is not one the import knows (Big rock, Kpi, Project).'
  | 'Its Outcome Type "{type}" is not one the import knows ({accepted}, or done / not done such as Achieved/Not achieved): it is measured from its Start to its Target as a metric. Check it on its board after the import.'
  | "Weight {weight} is not above 0; the key result is weighted by its Alignment's share."
  | "The scores of initiatives are not kept: Viva Goals scores an initiative by its last progress, which its status keeps; objectives' and key results' scores are."
  | 'A check-in needs an ID and the OKR ID it belongs to.'
  | '"{text}" is not a date and time (expected YYYY-MM-DD HH:MM:SS).'
  | 'A check-in needs its CheckIn Date.'
  | 'A check-in dated {date:day}, after today, is left out: a check-in says what was measured. Correct its date in the file and import it again.'
  | 'This file is not part of a Viva Goals organisation export (objectives, checkins, comments, Teams, TimePeriods, Users, Tags); it was left out.'
  | '{value} is read as done: its key result is done or not done (1 or 0), and a value of 1 or more is done.'
  | '{value} is read as not done: its key result is done or not done (1 or 0), and a value of 1 or more is done.'
  | "The people in this file are not imported as such: everyone is in the organisation's directory (Microsoft Entra ID), and the owners and check-in authors the OKRs name are matched to it by email, then by name."
  | 'Tags are not imported: OKR Coach has no tags.'
  | 'The field "{field}" (filled in {count} {count|record|records}) is not imported.'
  | 'The import does not read it.'
  | 'The check-ins themselves are imported from the checkins file.'
  | 'OKR Coach has one owner per objective and key result, who checks in; the Owner field is imported.'
  | 'OKR Coach has no tags: name what a tag grouped by a team or a cycle.'
  | 'An OKR is dated by its cycle and its check-ins.'
  | 'It is left empty.'
  | '"{text}" is not a date (expected YYYY-MM-DD).'
  | '"{text}" is not a score: write a grade from 0.0 to 1.0.'
  | 'The score is left out; the item is imported.'
  // A goal tree's and Jira's rarer reasons
  | 'The sprints ({count} "Sprint" columns) are not imported: a key result\'s time is its cycle, from its epic\'s start and due dates, and a sprint is not a cycle.'
  | 'The sprints (column "Sprint") are not imported: a key result\'s time is its cycle, from its epic\'s start and due dates, and a sprint is not a cycle.'
  | 'The row has no goal name; it is left out.'
  | 'The rows are read as an outline by how far each is indented in column "{column}": the least-indented rows are objectives, the rows indented under them their key results, and the rows indented deeper initiatives of the key result above them.'
  | 'The rows are read as an outline by how far each is indented in column "{column}": the least-indented rows are objectives, and the rows indented under them their key results.'
  | 'Row {row} is indented less than row {sibling} above it, but more than row {parent}, so what it belongs under is not clear: indent it as far as row {parent} or as far as row {sibling}.'
  | 'Row {row} is indented, but no row above it is less indented for it to sit under: the least-indented rows are objectives, and a key result is indented under its objective. Move the row below its objective, or indent it less.'
  | '"{text}" is not an outline number: number the goals at the top 1, 2, 3 and those under a goal by its number and their own (1.1, 1.2; 1.2.1).'
  | 'The goal has no outline number: number the goals at the top 1, 2, 3 and those under a goal by its number and their own (1.1, 1.2; 1.2.1).'
  | 'The outline number "{number}" is also row {row}\'s: each goal needs a number of its own (a number such as 1.10 that a spreadsheet keeps as a number shows as 1.1: format the column as text and type it again).'
  | 'The outline number "{number}" is also row {row}\'s: each goal needs a number of its own.'
  | 'The outline number "{number}" places the goal under {above}, which no goal in the file has: number it under its parent\'s number, or add the goal numbered {above}.'
  | 'The outline number "{number}" places the goal under {above}, which no goal in the file has: number it under its parent\'s number, or give the goal at the top the number {above}.'
  | "The goal is at level {level}, but no goal at level {above} is above it: a goal sits under the nearest row above it one level up, so the rows must run in tree order (each goal's parent above it, levels going down one at a time)."
  | 'Row {row}, field "{field}":'
  | 'Nothing is imported until the goal tree holds.'
  | 'Read as a Jira export with Objective and Key Result issue types: the issues under them (epics, stories, tasks) are initiatives of the key result, or objective, they sit under.'
  | 'Read as a Jira export: each epic is an objective, the issues in it (stories, tasks, bugs) its key results, done when their status is Done, and sub-tasks initiatives of their issue.'
  | 'Its parent, issue {issue} ("{summary}"), is not in the file (the export\'s filter left it out): an objective "{summary}" is made from its Parent summary to hold the issues under it. To import the parent\'s own details, export it too (add it to the filter) and import again.'
  | 'Its parent, issue {issue} ("{summary}"), is not in the file (the export\'s filter left it out), so it is imported as if it had none. To keep it under its parent, export the parent too (add it to the filter) and import again.'
  | "Its parent, issue {issue}, is not in the file (the export's filter left it out), so it is imported as if it had none. To keep it under its parent, export the parent too (add it to the filter) and import again."
  | 'The value is left out.'
  | 'The confidence is left out; the goal is imported.'
  | 'The goal has no start and due dates, nor a goal above or below it with them, and the file has no date: fill in its "{start}" and "{due}".'
  | 'The goal has no start and due dates, nor a goal above or below it with them, and the file has no date: add "Start date" and "Due date" columns.'
  | 'The cycle "{named}" names no dates the import can read (it reads names such as Q3 2026, H2 2026, FY2026, 2026), and the goal has no start and due dates: it goes in {cycle}, the quarter of its due date. Give it start and due dates, or name the cycle so, to keep it in its own.'
  | 'The cycle "{named}" names no dates the import can read (it reads names such as Q3 2026, H2 2026, FY2026, 2026), and the goal has no start and due dates: it goes in {cycle}, the quarter of the file\'s date ({day:day}). Give it start and due dates, or name the cycle so, to keep it in its own.'
  | "Goals without start and due dates go in {cycle}, the quarter of the file's date ({day:day})."
  // A goal list typed as an outline without a header row
  | 'The file has no header row: it is read as an outline by how far each row is indented, the first row the first objective. The least-indented rows are objectives, and the rows indented under them their key results.'
  | 'The file has no header row: it is read as an outline by how far each row is indented, the first row the first objective. The least-indented rows are objectives, the rows indented under them their key results, and the rows indented deeper initiatives of the key result above them.'
  // Confidences on the organisation's scale
  | 'Confidence {confidence} is outside your scale of {min} to {max}: the confidence is left out; the key result is imported.'
  | 'Confidence {confidence} is outside your scale of {min} to {max}: the confidence is left out; the key result and its check-in are imported.'
  | "Confidences written as words are put on your scale of {min} to {max} at the middle of the third each names, the third the board's Confidence filter calls so: {placed}."
  | 'The confidences are shares of one (all 1 or less, such as 0.7): each is read out of ten, 0.7 as 7 and 1.0 as 10.'
  // Dates and numbers as read
  | '"{text}" is not a date (accepted: {accepted}).'
  | '"{text}" could be {dmy} or {mdy}: column "{column}" has dates written day first and others month first. Write it as YYYY-MM-DD.'
  | '"{text}" could be {dmy} or {mdy}: no date in column "{column}" has a day above 12, and the file\'s other columns write dates both day first and month first. Write it as YYYY-MM-DD.'
  | '"{text}" could be {dmy} or {mdy}: no date in column "{column}" or elsewhere in the file has a day above 12 to tell day/month from month/day. Write it as YYYY-MM-DD.'
  | 'Numbers like "{text}" are read with "{mark}" as the decimal mark ({value}).'
  | 'Numbers like "{text}" are read with "{mark}" as the thousands separator ({value}).'
  | 'Dates like "{text}" are read as day/month ({day}).'
  | 'Dates like "{text}" are read as month/day ({day}).'
  | 'Nothing in the file shows which, so they are read as {locale} writes them. If it was written otherwise, write those numbers without the thousands separator and import it again.'
  | 'Nothing in the file shows which, so they are read as {locale} writes them. If it was written otherwise, write those dates as YYYY-MM-DD and import it again.'
  | 'Nothing in the file shows which, so they are read as {locale} writes them. If it was written otherwise, write those numbers without the thousands separator and those dates as YYYY-MM-DD and import it again.'
  | 'Amounts written with a magnitude are read in full: "{text}" as {value} (k is a thousand, M or mn a million, bn or B a billion).'
  | '"{text}" is read as {value} with the unit m (metres, minutes): a lowercase m is a million only beside a currency or a unit, or where the row\'s unit is a currency (€3.5m, 12m users). Write {number}M for {value} million.'
  // Not written, as what it refers to was not
  | 'Not imported: its parent team "{title}" was not written (it is listed here too).'
  | 'Not imported: its cycle "{title}" was not written (it is listed here too).'
  | 'Not imported: its team "{title}" was not written (it is listed here too).'
  | 'Not imported: the objective it aligns to "{title}" was not written (it is listed here too).'
  | 'Not imported: an objective it aligns to "{title}" was not written (it is listed here too).'
  | 'Not imported: its objective "{title}" was not written (it is listed here too).'
  | 'Not imported: an OKR it rolls up from "{title}" was not written (it is listed here too).'
  | 'Not imported: its key result "{title}" was not written (it is listed here too).'
  // A header below a title row
  | 'The header is on row {row}; the rows above it are not read.'
  // An item the file gives more than once
  | "It appears more than once (first in {file}, row {row}): this row's check-in is kept in its history, and the rest of the row is the first's."
  | "It appears more than once (first in {file}): this row's check-in is kept in its history, and the rest of the row is the first's."
  | 'It appears more than once (first in {file}, row {row}); the first is kept.'
  | 'It appears more than once (first in {file}); the first is kept.'
  // A score above the top of its scale, kept at the top
  | '{percent}% is above the top of the scale; scores go from 0.0 to 1.0 (0–100%). It is kept as 1.0, the top.'
  | '{score} ({percent}%) is above the top of the scale; scores go from 0.0 to 1.0 (0–100%). It is kept as 1.0, the top.'
  // Objectives that name no team
  | '{count} {count|objective|objectives} ({count|row|rows} {rows}) {count|names|name} no team: {count|it goes|they go} in a team called "{team}", which the import makes unless your site has one of that name. Fill in {count|its|their} team in the file to put {count|it|them} in a team of your own.'
  | '{file} is empty.'
  // A goal tree's and Jira's notes on rows
  | '"Individual" ({count|row|rows} {rows}) marks a person\'s own OKRs, and your site keeps every OKR in a team: they go where OKRs that name no team go.'
  | 'The latest comment on an issue (row {rows}) becomes the note of its check-in. Earlier comments, and who wrote them (Jira writes an account id), are not imported.'
  | 'The latest comment on each of {count} issues (rows {rows}) becomes the note of its check-in. Earlier comments, and who wrote them (Jira writes an account id), are not imported.'
  | 'The latest comment on an issue (row {rows}) becomes the note of its check-in, dated by the comment where the issue has no "{column}" date (row {dated}). Earlier comments, and who wrote them (Jira writes an account id), are not imported.'
  | 'The latest comment on each of {count} issues (rows {rows}) becomes the note of its check-in, dated by the comment where the issue has no "{column}" date ({datedCount|row|rows} {dated}). Earlier comments, and who wrote them (Jira writes an account id), are not imported.'
  | "The comments on an issue (row {rows}) are not imported: a comment becomes the note of a key result's check-in, and this issue is an objective or an initiative (an epic, a sub-task)."
  | "The comments on {count} issues (rows {rows}) are not imported: a comment becomes the note of a key result's check-in, and these issues are objectives or initiatives (epics, sub-tasks)."
  | "The progress written on goals that are objectives ({count|row|rows} {rows}) is not imported: an objective's progress follows from its key results."
  | 'Its parent, issue {issue} ("{summary}"), is not found in the file: an objective "{summary}" is made from its Parent summary to hold the issues under it.'
  | 'The file has no "Issue id" column to find the epic by its number, and {count} epics in it are named "{summary}" (rows {rows}), so which is its parent is not guessed: export with the "Issue id" column (Export CSV (all fields)) to place it.'
  | 'The file has no "Issue id" column to find the epic by its number, and the one epic of that name (row {row}) is taken to be issue {issue}, the parent of other issues, so which is its parent is not guessed: export with the "Issue id" column (Export CSV (all fields)) to place it.'
  | 'The issue whose parent is issue {issue} (row {rows}) goes under the epic "{epic}" (row {row}), the one its Parent summary names: the file has no "Issue id" column to find it by its number.'
  | 'The issues whose parent is issue {issue} (rows {rows}) go under the epic "{epic}" (row {row}), the one its Parent summary names: the file has no "Issue id" column to find it by its number.'
  | 'The {type} "{name}" comes before any objective or key result: in a sheet without a parent column, an initiative belongs to the nearest key result (or objective) above it. Move it below them, or add a parent column; the row is left out.'
  | 'The type "{type}" says neither objective nor key result nor initiative (accepted: {accepted}), and the sheet has no parent column to place it by; the row is left out.'
  | 'The row has no type: it says neither objective nor key result nor initiative (accepted: {accepted}), and the sheet has no parent column to place it by; the row is left out.'
  // What planning an import says of teams, cycles, OKRs, check-ins and comments
  | 'Its parent team "{parent}" is not in the file; it is kept at the top level.'
  | 'Its parent teams form a loop; "{team}" is kept at the top level.'
  | 'The time period "{period}" ends ({end:day}) before it starts ({start:day}).'
  | 'The title is longer than {max} characters; it is shortened (the full title is kept in the report).'
  | 'It belongs to {count} teams; it is kept in the first, "{team}".'
  | 'Its time period "{period}" is not in the file.'
  | 'It has no time period.'
  | 'It aligns to "{parent}", which is not in the file; that alignment is left out.'
  | 'The objective it aligns to, "{parent}", is left out (see that row); so is this alignment.'
  | 'Its alignments form a loop ({loop}); its alignment to "{parent}" is left out.'
  | 'It is a sub-key result of "{parent}"; it is placed beside it, under the same objective, and rolls up into it.'
  | 'It is a sub-key result of "{parent}", whose progress was updated by hand; it is placed beside it, under the same objective, and counts towards that objective.'
  | 'Its parent "{parents}" is not in the file, and it has no time period of its own to be placed under "{objective}".'
  | 'It has no parent objective and no time period to place one in.'
  | 'It had no parent objective; it is placed under a new objective "{objective}".'
  | 'It has no metric target; it is measured as a percentage from 0 to 100 %.'
  | 'The unit is longer than {max} characters; it is shortened to “{unit}”.'
  | 'The due date of 1 key result is not kept: a key result is due when its cycle ends ({end:day}). To keep a date, give the key result a phased target on that day, or an initiative under it due then.'
  | 'The due dates of {count} key results are not kept: a key result is due when its cycle ends ({end:day}). To keep a date, give the key result a phased target on that day, or an initiative under it due then.'
  | 'The due date of 1 key result (row {rows}) is not kept: a key result is due when its cycle ends ({end:day}). To keep a date, give the key result a phased target on that day, or an initiative under it due then.'
  | 'The due dates of {count} key results ({rowCount|row|rows} {rows}) are not kept: a key result is due when its cycle ends ({end:day}). To keep a date, give the key result a phased target on that day, or an initiative under it due then.'
  | 'It rolls up from "{source}", which is not an objective or another key result imported from the file; that source is left out.'
  | 'None of what it rolls up from is imported; it moves with its own check-ins.'
  | 'Its progress in the file, {written}%, is not kept: an initiative has a status, not a progress.'
  | 'Its progress in the file, {written}%, is not kept: OKR Coach works progress out from the OKRs it rolls up from, which give {shows}%.'
  | 'Its progress in the file, {written}%, is not kept: OKR Coach works progress out from its start, target and last check-in, which give {shows}%.'
  | 'Its progress in the file, {written}%, is not kept: OKR Coach works progress out from its key results and the objectives aligned to it, which give {shows}%.'
  | 'Its progress in the file, {written}%, is not kept: OKR Coach works progress out from its key results, which give {shows}%.'
  | 'Its progress came from its children in Viva Goals, and none of them is in the file; here it moves with its own check-ins (their history is imported).'
  | "It sat under an objective; it is kept under that objective's first key result."
  | 'An initiative belongs under a key result, and it has none (nor an objective with one).'
  | 'Its task belongs under a key result, and it has none.'
  | 'Its {count} tasks belong under a key result, and it has none.'
  | 'A check-in for "{item}", which is not in the file.'
  | 'Its objective or project is left out (see that row), so its check-in is too.'
  | 'Its key result is left out (see that row), so its check-in is too.'
  | 'A check-in on a key result needs its Current Value.'
  | 'A check-in note is longer than {max} characters; it is shortened.'
  | 'A check-in\'s status "{status}" is not one of {statuses}; the check-in is kept without a status.'
  | 'The item it is on is left out (see that row), so the comment is too.'
  | 'A comment on "{item}", which is not in the file.'
  | 'Its description with the check-in notes and comments is longer than {max} characters; the oldest notes are cut.'
  | '{count} {count|objective|objectives} {count|names|name} no team: {count|it goes|they go} in the file\'s team "{team}", the organisation\'s own ({file}), and no second team of that name is made.'
  | '{count} {count|objective|objectives} ({rowCount|row|rows} {rows}) {count|names|name} no team: {count|it goes|they go} in the file\'s team "{team}", the organisation\'s own ({file}), and no second team of that name is made.'
  | '{count} {count|objective|objectives} {count|names|name} no team: {count|it goes|they go} in the file\'s team "{team}", the organisation\'s own ({file}, row {row}), and no second team of that name is made.'
  | '{count} {count|objective|objectives} ({rowCount|row|rows} {rows}) {count|names|name} no team: {count|it goes|they go} in the file\'s team "{team}", the organisation\'s own ({file}, row {row}), and no second team of that name is made.'
  | '{count} {count|objective|objectives} {count|names|name} no team: {count|it goes|they go} in a team called "{team}", which the import makes unless your site has one of that name. Fill in {count|its|their} team in the file to put {count|it|them} in a team of your own.'
  | '{count} {count|objective|objectives} {count|names|name} no team: {count|it goes|they go} in a team called "{team}" for the organisation\'s own objectives, which the import makes unless your site has one of that name.'
  | '{count} {count|objective|objectives} ({rowCount|row|rows} {rows}) {count|names|name} no team: {count|it goes|they go} in a team called "{team}" for the organisation\'s own objectives, which the import makes unless your site has one of that name.'
  // Viva Goals' teams, the explorer export's notes, and scores off the scale
  | 'Team "{team}" is linked to its Microsoft 365 group ({group}), as in Viva Goals: who is in the team is that group\'s membership.'
  | 'Team "{team}" is linked to its Microsoft 365 group ({group}), as in Viva Goals: who is in the team is that group\'s membership, so its {count} {count|member|members} in the file {count|is|are} not imported one by one.'
  | 'Team "{team}" was linked to the Microsoft 365 group "{group}" in Viva Goals; the export names the group but not its id: link the team to that group (Programme, Teams, "Microsoft 365 group id").'
  | 'Team "{team}": its {count} {count|member|members} {count|is|are} not imported. OKR Coach keeps a team\'s owners (imported); who is in a team is its Microsoft 365 group\'s membership.'
  | 'In Viva Goals it was linked to the Microsoft 365 group "{group}": link the team to that group (Programme, Teams, "Microsoft 365 group id") and its members come from there.'
  | 'Link the team to its Microsoft 365 group (Programme, Teams, "Microsoft 365 group id") and its members come from there.'
  | 'The export has no Id column (add it to the explorer view to keep every item apart): items are known by the id their children name in "Aligned To", or else by title and period.'
  | 'A row needs an Id and a Title.'
  | '"{type}" is not Objective, Key result or Deliverable (nor a term Viva Goals offered instead: Goal, Theme, Big Rock, Metric, Outcome, Result, Project, To Do, Milestone, Action).'
  | 'A check-in needs a "Checkin Date: YYYY-MM-DD HH:MM:SS"; found "{found}".'
  | 'Current Value "{text}" is not a number (accepted: {accepted}).'
  | 'The scores (column "Score") are kept as the closing scores Viva Goals gave: a key result\'s is the one Close a cycle proposes (where its progress earns another, the reason says Viva Goals scored it), an objective\'s is its score, and Cycle review counts them.'
  | 'The score is left out; the objective is imported.'
  | 'The score is left out; the row is imported.'
  | '{percent}% is below the bottom of the scale; scores go from 0.0 to 1.0 (0–100%).'
  | '{score} ({percent}%) is below the bottom of the scale; scores go from 0.0 to 1.0 (0–100%).'
  | '{percent}% is above the top of the scale; scores go from 0.0 to 1.0 (0–100%).'
  | '{score} is not a score: scores go from 0.0 to 1.0 (0–100%); a percentage is written with its sign ({score}%).'
  | AcceptedKind;

/** Each kind of file the import reads and what it needs, one a line (`kindsAccepted`). */
export type AcceptedKind =
  | 'A Viva Goals organisation export: the .zip of JSON files as Viva Goals gave it.'
  | 'A Viva Goals explorer export (.csv or .xlsx): "Title" and "Object Type" columns.'
  | 'The OKR Coach template (.csv or .xlsx): "Type" and "Title" columns ("Download the template" has every column the import reads).'
  | 'Your own sheet, one row per key result: an "Objective" and a "Key result" (or "KR") column.'
  | 'Your own sheet, one row per objective: an "Objective" column and numbered key result columns ("KR1", "KR2", …).'
  | 'Jira issues (CSV): Jira\'s "Export CSV (all fields)" as it is (Summary, Issue key, Issue Type, Parent).'
  | 'A goal list from another tool (Lattice, Asana, …), one row per goal: a goal column ("Goal name", "Summary") and a parent column ("Parent goal", "Parent ID"), an outline number ("Order": 1, 1.1), a level ("Level": 1, 2) or a type on each row (Objective, Key result); or a JSON file of such goal records, as a tool\'s API gives them.'
  | 'An outline of goals in one column (.txt, .csv or .xlsx), a header row or none: each objective on a line of its own, its key results indented under it.';

/**
 * Why a whole file is not read (`read.ts`, the parsers' "is empty", a Viva Goals export's JSON),
 * what reading it says of the whole file, and why a goal tree cannot be placed. Those starting
 * with the file's name go above the list of kinds the import reads (`fileRefused`); the others
 * follow the file's name and place, as their English does.
 */
export type FileReasonText =
  | '{file} is a Word document, not a spreadsheet. If your OKRs are in a table in it, copy the table into Excel and save that as an Excel Workbook (.xlsx).'
  | '{file} is a PowerPoint presentation, not a spreadsheet.'
  | '{file} is an Excel Binary Workbook (.xlsb), which the import cannot read. Open it in Excel and save it as an Excel Workbook (.xlsx) or as "CSV UTF-8".'
  | '{file} is an Apple Numbers spreadsheet, which the import cannot read. In Numbers, choose File > Export To > Excel (or CSV) and import that.'
  | '{file} is an OpenDocument spreadsheet (.ods). Save it as an Excel Workbook (.xlsx) or as "CSV UTF-8" and import that.'
  | '{file} is an Excel 97-2003 workbook (.xls) or a password-protected workbook, which the import cannot read. Open it in Excel, remove any password, and save it as an Excel Workbook (.xlsx) or as "CSV UTF-8".'
  | '{file} is a PDF document, not a spreadsheet: the import cannot read OKRs from a PDF. Export them from the tool that made it as CSV or Excel.'
  | '{file} is a PNG image, not a spreadsheet.'
  | '{file} is a JPEG image, not a spreadsheet.'
  | '{file} is a GIF image, not a spreadsheet.'
  | '{file} is a web page (HTML), not a spreadsheet, though it may be named .xls: some tools\' "Export Excel" (Jira\'s among them) write one. Export as CSV instead (in Jira: Export, then "Export CSV (all fields)"), or open it in Excel and save it as an Excel Workbook (.xlsx).'
  | '{file} is one file of a Viva Goals organisation export. Import the whole export: the .zip file as Viva Goals gave it (it holds the objectives, check-ins, teams and time periods together), not one file taken out of it.'
  | "{file} is a JSON file with no list of records in it: the import reads JSON inside a Viva Goals organisation export (.zip), or a file of goal records (an array of them, one a goal, as a tool's API gives them)."
  | '{file} cannot be opened: it is a ZIP file (as an Excel workbook (.xlsx) and a Viva Goals export are) that is damaged, cut off or password-protected. Download or save it again and import that. (Technical detail: {error})'
  | "{file} is not valid JSON: it may be cut off or damaged, so no goal records can be read from it. The import reads JSON inside a Viva Goals organisation export (.zip), or a file of goal records (an array of them, one a goal, as a tool's API gives them). (Technical detail: {error})"
  | '{file} holds no Viva Goals objectives file (objectives_export_file_….json).'
  | '{file} cannot be unpacked: its part {part} is damaged or cut off. Download or export the file again and import that. (Technical detail: {error})'
  | '{file} is empty: it has no rows with anything in them.'
  | '{file} is empty: none of its sheets has rows with anything in them.'
  | '{file} is empty: a goal tree starts with a header row (Goal name, Parent goal, …).'
  | '{file} is empty: your own sheet starts with a header row (Objective, Key result, …).'
  | '{file} is empty: the template starts with a header row ({columns}).'
  | '{file} is empty: it starts with a header row (Objective, KR1, …).'
  | '{file} is empty: an explorer export starts with a header row.'
  | '{file} is not a file the import knows: {looked}.'
  | 'the file has the headers {headers}'
  | 'the file has the headers {headers} (row {row})'
  | 'sheet "{sheet}" has the headers {headers}'
  | 'sheet "{sheet}" has the headers {headers} (row {row})'
  | 'the file is empty'
  | 'sheet "{sheet}" is empty'
  | '{headers}'
  | '{headers} and {count} more'
  | '{what}: {needs}'
  | 'for your own sheet it also needs a key result column (named one of {names})'
  | 'for your own sheet it also needs an objective column (named one of {names})'
  | 'for one row per objective with its key results in columns it also needs an objective column (named one of {names})'
  | 'for a goal tree it also needs {places}'
  // After the file's name and place, as in English
  | 'is {size}, more than the {max} an import takes at once. Export one time period (or one team) at a time and import each.'
  | 'unpacks to more than {max} (at {part}); it is refused as it could be a ZIP bomb. Export fewer time periods at a time.'
  | 'a cell in this row opens with a double quote (") that is never closed, so everything after it to the end of the file would be read as one cell. The file may have been cut off: export or save it again; or close the quote (a quote inside a quoted cell is written twice, "").'
  | 'has its header row but no rows below it with anything to import. Fill in the rows under the header, or choose the file that has them.'
  | 'has its header row (sheet "{sheet}") but no rows below it with anything to import. Fill in the rows under the header, or choose the file that has them.'
  | 'should hold a JSON array of records.'
  | 'is not valid JSON: the file is damaged or cut off. The export may have been changed or not copied whole: import the .zip as Viva Goals gave it. (Technical detail: {error})'
  | 'is not valid JSON: record {record} is damaged or cut off. The export may have been changed or not copied whole: import the .zip as Viva Goals gave it. (Technical detail: {error})'
  | 'It is left out.'
  | 'is missing the {count|column|columns} {missing}. An explorer export has the columns {columns}.'
  // What reading says of the whole file
  | 'The file\'s {count} JSON records are read as the rows of a sheet whose columns are their fields (a nested field\'s as "parentGoal id"): record 1 is row 2.'
  | 'The file is not UTF-8; it is read as Windows-1252 (Western European), the encoding Excel uses for "CSV (Comma delimited)". If accented letters look wrong, save it from Excel as "CSV UTF-8" and import again.'
  | 'Read from the {count|sheet|sheets} {read}.'
  | 'Read from the {count|sheet|sheets} {read}; the {unreadCount|sheet|sheets} {unread} {unreadCount|is|are} not read (no header in that layout).'
  // Why a goal tree cannot be placed
  | 'The goals cannot be placed in a tree: {why}. Add {places}.'
  | 'it has no parent column'
  | 'its column "{column}" numbers the goals without numbers under them (1.1, 1.2)'
  | 'its column "{column}" does not give every goal a level as a number (1, 2, 3)'
  | 'its column "{column}" does not say which goals are objectives and which key results'
  | 'a parent column naming each goal\'s parent ("Parent goal", "Parent", "Contributes to"; or "Parent ID" by its id); or an outline column numbering the goals 1, 1.1, 1.2 ("Order", "Outline", "No.", "#", "WBS"); or a level column giving their depth 1, 2, 3 ("Level", "Depth", "Indent"), each goal below its parent; or a type column saying on each row whether it is an objective or a key result ({roles}), each key result below its objective (and an initiative, {initiatives}, below its key result)'
  | 'If the file is of another kind:'
  | 'A Viva Goals explorer export needs "Title" and "Object Type" columns, the template "Type" and "Title" (Type, Id, Parent, Title, …), your own sheet an objective column ("Objective") and a key result column ("Key result" or "KR") or numbered key result columns ("KR1", "KR2", …), a goal tree a goal column ("Goal name") and a parent column ("Parent goal" or "Parent ID"), an outline column ("Order": 1, 1.1, 1.2), a level column ("Level": 1, 2) or a type column saying Objective or Key result on each row; the template ("Download the template" on the import page) has every column the import reads.';

/**
 * The reasons the sheets' readers give of a cell, a row or a column they read otherwise or leave
 * out (`sheet.ts`, `own-sheet.ts`, a goal tree's), and why a goal tree cannot be placed.
 */
export type SheetReasonText =
  | 'The key result "{name}" comes before any objective: in a sheet without a parent column, a key result belongs to the nearest row above it whose type says Objective. Move it below its objective, or add a parent column.'
  | 'The id "{id}" is also the id of row {row}: each goal needs an id of its own.'
  | 'The parent goal "{parent}" could be any of the {count} goals of that name (rows {rows}): give each goal a name of its own, or name the parent by its id (column "{idColumn}").'
  | 'The parent goal "{parent}" could be any of the {count} goals of that name (rows {rows}): give each goal a name of its own, or add a "Goal ID" column and name each parent by its id.'
  | 'The parent goal "{parent}" is not in the file: a parent is named by its id, as written in column "{idColumn}"; leave the cell empty for a goal at the top.'
  | 'The parent goal "{parent}" is not in the file: a parent is named by its goal name, as written in column "{nameColumn}" or by its id (column "{idColumn}"); leave the cell empty for a goal at the top.'
  | 'The parent goal "{parent}" is not in the file: a parent is named by its goal name, as written in column "{nameColumn}"; leave the cell empty for a goal at the top.'
  | 'The parent goals form a loop: {loop}. A goal cannot be its own parent or ancestor: clear the parent of the goal that belongs at the top.'
  | '"{name}" (row {row})'
  | 'It names {count} teams ({teams}); it is kept in the first, "{team}".'
  | 'It sits under "{initiative}", itself an initiative; initiatives do not nest, so it is an initiative of "{above}".'
  | 'It sits under "{initiative}", itself an initiative; initiatives do not nest, so it is an initiative of no key result.'
  | '"{status}" is not a status the import knows (accepted: On track, At risk, Behind, Not started, Closed, Postponed, and the words your own sheet reads for them); the objective is imported as active.'
  | 'A key result belongs to one objective: it is placed under "{parent}", the first parent named; {others} {count|is|are} left out.'
  | '"{name}"'
  | '"{type}" is not a kind of key result (accepted: {accepted}); it is measured by its values.'
  | 'The current value is taken from the progress ({percent}% of the way from start to target).'
  | 'The current values are not imported as check-ins: the sheet has no date column and the file no date. Add a "{column}" column.'
  | '{count} {count|row|rows} with a current value {count|has|have} no date in "{column}" ({count|row|rows} {rows}): {count|its current value becomes a check-in|their current values become check-ins} dated {day:day}, the file\'s date. Fill in "{column}" to date {count|it|each one}.'
  | '{count} {count|row|rows} with a current value {count|has|have} no date in "{column}" ({count|row|rows} {rows}), and the file has no date: {count|its current value is|their current values are} not imported as check-ins. Fill in "{column}" to import {count|it|them}.'
  | 'one start'
  | 'one target'
  | 'one current'
  | 'one progress'
  | 'one score'
  | '"{heading}" is read as the heading of the key results listed under it, not as one of them.'
  | 'The cell lists {lines} lines for the {count} key results in "{column}": which line is whose cannot be told, so none is read. Write one line for each key result, a "-" for none.'
  | 'The cell holds {one} for the {count} key results in "{column}": which one it is for cannot be told, so it is not read. Write one line for each key result, a "-" for none.'
  | 'one initiative'
  | 'The {lines} lines of "{column}" are read as {count} key results, one a line (a line starting in lower case carrying on the one before), as "{listing}" lists {count} lines too. If they are one title, write it on one line.'
  | 'The {lines} lines of "{column}" are read as {count} key results, one a line, as "{listing}" lists {count} lines too. If they are one title, write it on one line.'
  | 'The {lines} lines of "{column}" are read as one key result, "{title}", its title broken over lines, as "{single}" holds {one} for it. To list several key results in one cell, start each line with "1.", "•" or "-" and give each its line in "{single}".'
  | 'The {lines} lines of "{column}" are read as one key result, "{title}", as each line after the first starts in lower case, carrying on the one before.'
  | 'The {lines} lines of "{column}" are read as {count} key results, one a line (a line starting in lower case carrying on the one before): nothing else on the row says whether they are one title. If they are, write it on one line.'
  | 'The {lines} lines of "{column}" are read as {count} key results, one a line: nothing else on the row says whether they are one title. If they are, write it on one line.'
  | "The current value is left out; the key result is imported without the row's check-in."
  | "The progress is left out; the key result is imported without the row's check-in."
  | 'The row has no objective, and no row above names one: write the objective in column "{column}".'
  | 'The sheet has no cycle column: its rows go in the cycle "{cycle}", the sheet\'s name.'
  | 'The sheet has no cycle column: each objective goes in the cycle its first row\'s dates give (row {row}: {cycle}). Add a "Quarter" column to say otherwise.'
  | 'The row has no cycle, and the file has no date to take one from: add a "Quarter" column (e.g. Q1 2026).'
  | 'The cycle "{cycle}" has no dates: name it like "Q1 2026", "H1 2026" or "2026", or add "Cycle start" and "Cycle end" columns. The row is left out.'
  | '"{group}" is not a Microsoft 365 group id (one looks like 5d9b3c1a-7e2f-4a8b-9c6d-1e0f2a3b4c5d: Teams admin center, the team, Group id). The team "{team}" is imported without its group: link it in Programme, Teams.'
  | 'The team "{team}" is given the group {given} on row {row}; {group} is not linked.'
  | '"{commitment}" is not Committed or Aspirational; the objective is imported as committed.'
  | 'The objectives\' scores (column "{column}") are kept as their closing scores, on your scale; Cycle review counts them.'
  | '{score} differs from the score {kept} given to "{objective}" on row {row}; that one is kept.'
  | '"{text}" is read as {percent}%, as the row writes its other values as percentages.'
  | '{values} {count|is|are} read as {percents}. If {count|it is a share|they are shares} of one (0.45 for 45 %), write {count|it|them} as a percentage (45%) and import again.'
  | 'The column "{column}" says statuses (such as "{status}"), not a confidence from 1 to 10: each is kept as its check-in\'s status, as a status column would be.'
  | 'The scores (column "{column}") are kept as the key results\' closing scores: Close a cycle proposes each in place of the score its progress earns (the reason says it was graded in this file), and Cycle review counts it; an objective of a cycle that has ended is scored from them as closing the cycle would.'
  | 'The key result has no current value, so its status and notes have no check-in to go with and are left out.'
  | 'It aligns to "{title}" of the cycle "{cycle}", whose objectives are not in the file; the objective is imported without aligning to it. To keep the alignment, import the rows of "{cycle}" in the same file.'
  | 'No objective "{title}" is in the file\'s cycle "{cycle}"; the objective is imported without aligning to it.'
  | '{count} objectives "{title}" are in the cycle "{cycle}" (in several teams): which one is meant cannot be told, so the objective is imported without aligning to it.'
  | '"{address}" is not an email address (accepted: ana@contoso.com, or a name with its email, Ana Silva <ana@contoso.com>): the owner is found in your directory by the name "{name}".'
  | '"{address}" is not an email address (accepted: ana@contoso.com, or a name with its email, Ana Silva <ana@contoso.com>): it is kept as the owner\'s name, and the directory is searched by that name.'
  | 'It names {count} owners ({owners}); the first, "{first}", owns it, as each objective and key result has one owner. Name the others in its description or as owners of its key results.'
  | '"{text}" is the error a formula gave in the spreadsheet, not a value: fix the formula (or type the value) and import again.'
  | '"{text}" could be {point} or {comma}: the file writes decimals both with "." and with ",". Write it without the thousands separator (e.g. {point}).'
  | '"{text}" could be {point} or {comma}: no other number in the file shows whether "," or "." marks the decimals. Write it without the thousands separator (e.g. {point}).'
  | '"{text}" is out of nothing: write progress as done out of all (3/10), as a percentage (30%) or as a share (0.3).'
  // The template's, a wide sheet's and the lists' column limits
  | 'Its {column} is {length} characters long, and your site holds at most {max} there'
  | 'Its column {column} is {length} characters long, and your site holds at most {max} there'
  | '{overlong}: the team is not imported, with its objectives. Shorten it in the file and import the file again.'
  | '{overlong}: the cycle is not imported, with its objectives. Shorten it in the file and import the file again.'
  | '{overlong}: the objective is not imported, with its key results. Shorten it in the file and import the file again.'
  | '{overlong}: the key result is not imported, with its initiatives and check-ins. Shorten it in the file and import the file again.'
  | '{overlong}: the initiative is not imported. Shorten it in the file and import the file again.'
  | '{overlong}: the check-in is not imported. Shorten it in the file and import the file again.'
  | '"{column}" is filled on {count} {type} {count|row|rows} ({count|row|rows} {rows}) and is not read there: {why}. "{column}" is read on {readBy} rows.'
  | '"{column}" is filled on {count} {type} {count|row|rows} ({count|row|rows} {rows}) and is not read there. "{column}" is read on {readBy} rows.'
  | 'The file is missing the {count|column|columns} {missing}. The template has the columns {columns}.'
  | '"{type}" is not Objective, Key result, Initiative or Check-in.'
  | "An objective's row has both a Score and an Objective score: its Objective score ({score}) is its score; the Score is not read."
  | 'A check-in needs its date.'
  | 'A check-in needs a value.'
  | 'A {type} row needs an Id and a Title.'
  | 'A cycle needs a start and an end date (YYYY-MM-DD).'
  | '"{kind}" is not one of {kinds}.'
  | '"{text}" is not accepted for an objective: write "{aligned}" to roll up the objectives aligned to it beside its key results, or leave it empty.'
  | 'An initiative does not roll up: leave "Rolls up from" empty (only objectives and key results roll up).'
  | 'Only a key result has phased targets: leave it empty on this row.'
  | '"{text}" is not a dated target: write each as YYYY-MM-DD: value, separated by ";" (e.g. 2026-01-31: 40; 2026-02-28: 55).'
  | 'The columns "{first}" and "{second}" both give key result {group}\'s {field}: keep one, or number them as the key results they belong to.'
  | 'The column "{column}" is for key result {group}, and no column holds key result {group}\'s title: add a "KR{group}" column with the titles, or number the column as the key result it belongs to.'
  | '"{name}" gives objectives a value of their own ({count|row|rows} {rows}), which is not imported: an objective\'s progress follows from its key results. To keep it, give each a key result measured by it.'
  | 'The column "{column}" has no key result number, so which key result it is for cannot be told and it is not read: name it as the key result\'s ("KR{group} {column}").'
  | 'Key result {group} has no title, though {given} {count|is|are} filled in; it is left out.'
  | 'an initiative has no closing score (its Status keeps how it ended); only objectives and key results are scored'
  | 'an initiative has no closing score (its Status keeps how it ended)'
  | "a check-in has no score: a key result is scored when its cycle closes, by its own row's Score"
  | "a check-in has no score: an objective's is its own row's Objective score"
  | 'a check-in is told by its Parent and Date; write what it says in Note'
  | "a key result's current value comes from its Check-in rows (Type Check-in, Parent the key result's Id, Date, Value)"
  | 'a note belongs on a Check-in row'
  | "a key result's dates are its cycle's"
  | "an objective's progress comes from its key results"
  | 'an initiative keeps a title, owner, status, date and link'
  | "an initiative's progress is its Status"
  | "owner's name"
  | "owner's email"
  | "owner's id"
  | "author's name"
  | "author's email"
  | "author's id"
  | 'link'
  | 'unit'
  | 'id in the file'
  | 'Microsoft 365 group id'
  | 'meeting id'
  | 'name'
  | 'title'
  | 'owner'
  | 'owner email'
  | 'start'
  | 'target'
  | 'current'
  | 'progress'
  | 'confidence'
  | 'status'
  | 'type'
  | 'due'
  | 'date'
  | 'notes'
  | 'score';

/**
 * What matching a file to the site says of the site's own OKRs (`run.ts`): objectives made there
 * a second time, items the file moves or the site no longer has, a cycle not guessed at, and the
 * objectives an earlier Jira import made from its issues' Parent summary.
 */
export type RunReasonText =
  | '{count} {count|objective is|objectives are} already on your site with the same title, cycle and team, and not from an import of this file: {objectives}. The import makes a second {count|one|of each} beside {count|it|them}, with {count|its|their} key results and check-ins. To change OKRs here from a file, export them from this site and edit that file (it names them by their ids, so they are updated), change them on the board, or take these rows out of the file and import the rest.'
  | '"{title}" (row {row})'
  | '"{title}"'
  | '{objectives} and {count} more'
  | 'Moved from the team "{from}" to "{to}", as the file has it: this objective goes to the team "{to}" with its key results and initiatives. To keep it in "{from}", give its row that team in the file.'
  | 'Moved from the objective "{from}" to "{to}", as the file has it: this key result goes to the objective "{to}" with its initiatives. To keep it in "{from}", give its row that objective in the file.'
  | 'Moved from the key result "{from}" to "{to}", as the file has it: this initiative goes to the key result "{to}". To keep it in "{from}", give its row that key result in the file.'
  | 'The cycle "{cycle}" in the file is not one of your site\'s, and its objectives are in {count} cycles on your site now: {cycles}. Which one it is is not guessed, so its OKRs are not imported. Give its rows the name of the cycle they belong to (or export again) and import the file again.'
  | '"{cycle}" ({count} {count|objective|objectives})'
  | 'This file was exported from this site, so what it names by its ids here is updated, not made again: {outcomes}.'
  | '{count} {count|objective, key result or initiative|objectives, key results and initiatives} updated from the file'
  | '{count} {count|item|items} already as in the file, left as {count|it is|they are}'
  | '{count} {count|item|items} changed on your site since the export and different in the file, left as your site has {count|it|them} (named below)'
  | '{count} {count|check-in|check-ins} already here, left as they are'
  | '{count} {count|new item|new items}'
  | 'This file was exported from your site, but your site no longer has this objective (its id {id}) in that cycle: it is imported as a new objective.'
  | 'This file was exported from your site, but your site no longer has this key result (its id {id}) in that cycle: it is imported as a new key result.'
  | 'This file was exported from your site, but your site no longer has this initiative (its id {id}) in that cycle: it is imported as a new initiative.'
  | 'This file was exported from your site, but your site no longer has this check-in (its id {id}) in that cycle: it is imported as a new check-in.'
  | 'It updates the objective "{title}" an earlier import made from its issues\' Parent summary (issue {issue}): no second objective is made.'
  | 'It may be the objective "{title}" an earlier import made in the same cycle and team from the Parent summary of issues{rivals}: which is not guessed, so it is imported as an objective of its own. To update the one it is, export with the "Issue id" column (Export CSV (all fields)).'
  | 'It may be any of the {count} objectives "{title}" an earlier import made in the same cycle and team from the Parent summary of issues{rivals}: which is not guessed, so it is imported as an objective of its own. To update the one it is, export with the "Issue id" column (Export CSV (all fields)).'
  | ', as may another epic of that title in the file'
  | ', as may {count} other epics of that title in the file'
  | 'It updates the objective "{title}" an earlier import made in the same cycle and team from its issues\' Parent summary (issue {issue}), the only one of that title: no second objective is made. The file has no "Issue id" column to find it by its number.';

/** A sentence of a reason, to be said in the reader's language: its English, and what fills it. */
export interface Said {
  readonly text: ReasonText;
  readonly params?: MessageParams;
  /** Fills `{counts}` with the counts of each kind that has any, listed as the reader's language counts. */
  readonly counts?: ImportCounts;
  /** Fills each placeholder named here with those rows of the file, as `rowNumbers` lists them. */
  readonly rows?: Readonly<Record<string, readonly number[]>>;
  /** Fills each placeholder named here with these words listed as the reader's language lists them. */
  readonly lists?: Readonly<Record<string, readonly string[]>>;
  /**
   * Fills each placeholder named here with its parts, each said in the reader's language, joined
   * `by`, or listed as the reader's language lists them ("a, b and c") where no `by` is given.
   */
  readonly joined?: Readonly<
    Record<string, { readonly parts: readonly Said[]; readonly by?: string }>
  >;
}

/** Who reads a report: the language it is said in, and the locale its numbers and dates follow. */
export interface ReportReader {
  readonly locale: string;
  readonly say: (text: ReportText, params?: MessageParams) => string;
  /**
   * Why the core's validation refused something, in the reader's language: the core's own words
   * (`core/issue-words.ts`), which the language's chunk brings; without them, the core's English.
   */
  readonly sayIssue?: (issue: ValidationIssue) => string;
}

/** A report's words for a reader: `translation` where the reader's language has one, else English. */
export function reportReader(
  translation: Readonly<Record<ReportText, string>> | undefined,
  locale: string,
  sayIssue?: (issue: ValidationIssue, locale: string) => string,
): ReportReader {
  return {
    locale,
    say: (text, params) => formatMessage(translation?.[text] ?? text, params, locale),
    ...(sayIssue ? { sayIssue: (issue: ValidationIssue) => sayIssue(issue, locale) } : {}),
  };
}

/** The CLI's reader, and every report's where no other is given. */
export const inEnglish: ReportReader = reportReader(undefined, 'en');

/** A reason in words: its sentences, one after another. */
export function sayReason(said: readonly Said[], reader: ReportReader = inEnglish): string {
  return said
    .map(({ text, params, counts, rows, lists, joined }) =>
      reader.say(text, {
        ...params,
        ...(counts ? { counts: describeUnchanged(counts, reader) } : {}),
        ...Object.fromEntries(
          Object.entries(rows ?? {}).map(([name, numbers]) => [name, rowNumbers(numbers, reader)]),
        ),
        ...Object.fromEntries(
          Object.entries(lists ?? {}).map(([name, items]) => [name, listed(items, reader)]),
        ),
        ...Object.fromEntries(
          Object.entries(joined ?? {}).map(([name, { parts, by }]) => {
            const said = parts.map((part) => sayReason([part], reader));
            return [name, by === undefined ? listed(said, reader) : said.join(by)];
          }),
        ),
      }),
    )
    .join(' ');
}

/**
 * Rows of a file named in a reason: all of them up to ten, else the first ten and how many more;
 * each as the file numbers it, never grouped ("1200", not "1,200").
 */
export function rowNumbers(rows: readonly number[], reader: ReportReader = inEnglish): string {
  const shown = rows.slice(0, 10).join(', ');
  return rows.length > 10
    ? reader.say('{rows} and {count} more', { rows: shown, count: rows.length - 10 })
    : shown;
}

/**
 * A problem's message in sentences: in English (its numbers and dates as `english`'s locale writes
 * them), and to say in the reader's language.
 */
export function saidAs(
  said: readonly Said[],
  english: ReportReader = inEnglish,
): { readonly message: string; readonly said: readonly Said[] } {
  return { message: sayReason(said, english), said };
}

/** "a, b and c" in the reader's language. */
export function listed(items: readonly string[], reader: ReportReader = inEnglish): string {
  return new Intl.ListFormat(reader.locale, { type: 'conjunction' }).format(items);
}
