import { createCatalogue, type MessageParams } from './i18n';
import { statusTemplates } from './status-messages';

/**
 * The core's English messages: validation issues, check-in nudges, statuses, score
 * interpretations and confidence trends. Keys are stable; translations are added as further
 * locales of this catalogue.
 */
export const coreMessages = createCatalogue({
  'field.name': 'Name',
  'field.year': 'Year',
  'field.title': 'Title',
  'field.description': 'Description',
  'field.note': 'Note',
  'field.start': 'Start value',
  'field.target': 'Target',
  'field.current': 'Current value',
  'field.value': 'Value',
  'field.weight': 'Weight',
  'field.confidence': 'Confidence',
  'field.unit': 'Unit',
  'field.owner': 'Owner',
  'field.kind': 'Kind',
  'field.state': 'State',
  'field.commitment': 'Commitment',
  'field.parentId': 'Aligned to',
  'field.cycleId': 'Cycle',
  'field.teamId': 'Team',
  'field.objectiveId': 'Objective',
  'field.keyResultId': 'Key result',
  'field.clientId': 'Client id',
  'field.author': 'Author',
  'field.at': 'Time',
  'field.source': 'Source',
  'field.meetingId': 'Meeting',
  'field.milestones': 'Milestones',
  'field.lastCheckInAt': 'Last check-in',
  'field.statusOverride': 'Status override',
  'field.statusOverride.reason': 'Reason for the status override',
  'field.correctionReason': 'Reason for the correction',
  'field.locale': 'Language',
  'field.story': 'Story',
  'field.status': 'Status',
  'field.dueDate': 'Due date',
  'field.link': 'Link',
  'field.checkIn.cadenceDays': 'Days between check-ins',
  'field.checkIn.day': 'Check-in day',
  'field.checkIn.staleAfterDays': 'Days before a KR is stale',
  'field.confidenceScale': 'confidence',
  'field.confidenceScale.min': 'Lowest confidence',
  'field.confidenceScale.max': 'Highest confidence',
  'field.scoring.max': 'Top score',
  'field.scoring.aspirationalSweetSpot': 'Sweet spot',
  'field.pace.atRiskBehind': 'At-risk threshold',
  'field.pace.offTrackBehind': 'Off-track threshold',
  'field.limits.keyResultsPerObjective': 'number of key results per objective',
  'field.limits.keyResultsPerObjective.min': 'Fewest key results per objective',
  'field.limits.keyResultsPerObjective.max': 'Most key results per objective',
  'field.limits.objectivesPerTeam.max': 'Most objectives per team',
  'field.limits.titleMaxLength': 'Longest title',
  'field.limits.descriptionMaxLength': 'Longest description',
  'field.limits.noteMaxLength': 'Longest note',
  'field.fiscalYear.firstMonth': 'First month of the fiscal year',
  'field.fiscalYear.namedBy': 'Fiscal years named by',
  'field.score': 'Score',
  'field.scoreReason': 'Reason for the score',
  'field.parentTeamId': 'Parent team',

  'validation.required': '{field} is required.',
  'validation.notText': '{field} must be text.',
  'validation.titleEmpty': 'Give it a title.',
  'validation.titleTooLong': 'Keep the title to {max} characters or fewer (it has {length}).',
  'validation.nameEmpty': 'Give it a name.',
  'validation.nameTooLong': 'Keep the name to {max} characters or fewer (it has {length}).',
  'validation.tooLong': 'Keep {field} to {max} characters or fewer (it has {length}).',
  'validation.notANumber': '“{text}” is not a number. Type a number such as {example}.',
  'validation.numberMisgrouped':
    '“{text}” is not a number as written: a decimal mark comes once at most, and marks that group digits come every three digits. Write {thousands} or {thousandsTyped} for eighty thousand, {half} for one and a half.',
  'validation.numberAmbiguous':
    '“{text}” could mean {decimal} or {grouped}. Type {groupedTyped} if you mean {grouped}, or {decimalTyped} if you mean {decimal}.',
  'validation.numberReadOtherDecimalMark':
    '“{text}” is read as {value}, with “{mark}” as the decimal mark.',
  'validation.numberReadOtherGrouping':
    '“{text}” is read as {value}, with “{mark}” grouping thousands.',
  'validation.numberRequired': '{field} is empty. Type a number such as {example}.',
  'validation.numberTooLarge':
    '“{text}” is too large for {field}: numbers up to {max} either way are accepted.',
  'validation.valueTooLarge':
    '{value} is too large for “{keyResult}”: values up to {max} either way are accepted.',
  'validation.valueBelowZero':
    '“{keyResult}” cannot go below zero (it runs from {start} to {target}), so {value} is not accepted. Enter 0 or more.',
  'validation.percentOnUnit':
    '“{keyResult}” is measured in {unit}, not in %, so “{text}” is not accepted. Type the number of {unit}.',
  'validation.percentOnPlainNumber':
    '“{keyResult}” is a plain number, not a percentage, so “{text}” is not accepted. Type the number without %.',
  'validation.notAnAmount':
    '“{text}” is not an amount in {unit}. Type a number such as {example}, or the amount with its currency, such as {shown}.',
  'validation.farPastTargetUnconfirmed':
    '{value} is {times} times the target of {target} for “{keyResult}” (start {start}): most likely a typo, such as a digit too many or a misplaced decimal mark. Check the value; if it is right, confirm it and add a note on what drove it.',
  'validation.bigJumpUnconfirmed':
    '{previous} → {value} is a big jump for “{keyResult}” ({share} or more of the way from start to target). Confirm the value is right and add a note on what drove it.',
  'validation.bigSetbackUnconfirmed':
    '{previous} → {value} is a big jump the wrong way for “{keyResult}” (back by {share} or more of the way from start to target). Confirm the value is right and add a note on what drove it.',
  'validation.bigJumpNeedsNote':
    'A big jump on “{keyResult}” ({previous} → {value}) needs a note on what drove it.',
  'validation.pastWholeUnconfirmed':
    '{value} is more than 100% for “{keyResult}” (from {start} to {target}): a share cannot pass 100%, growth can. Confirm the value is right and add a note on what it measures.',
  'validation.pastWholeNeedsNote':
    '{value} on “{keyResult}” is more than 100%: add a note on what it measures.',
  'validation.notFinite': '{field} must be a finite number.',
  'validation.notInteger': '{field} must be a whole number, not {value}.',
  'validation.notPositive': '{field} must be greater than zero, not {value}.',
  'validation.outOfRange':
    '{field}: {value} is outside {min}–{max}. Type a number from {min} to {max}.',
  'validation.rangeInverted': 'The lowest {field} ({min}) must be below the highest ({max}).',
  'validation.notOneOf': '{field}: “{text}” is not one of {allowed}.',
  'validation.targetEqualsStart':
    'The target equals the start value ({start}), so there is nothing to move. Set a target that differs from the baseline.',
  'validation.directionMismatch':
    'A key result of the kind “{kind}” needs a target {expected} its start value ({start}); the target is {target}.',
  'validation.weightNotPositive': 'The weight must be greater than zero, not {value}.',
  'validation.personNotFound':
    '{field}: no one person in the directory is “{text}”. Type a colleague’s work email (such as {example}) or their full name as the directory has it.',
  'validation.confidenceOutOfScale':
    'Confidence {value} is outside {min}–{max}. Type a number from {min} to {max}.',
  'validation.confidenceRequired': 'Give a confidence: a number from {min} to {max}.',
  'validation.confidenceNotANumber':
    '“{text}” is not a confidence. Type a number from {min} to {max}.',
  'validation.confidenceNotWhole':
    'Confidence {value} is not a whole number. Type a whole number from {min} to {max}.',
  'validation.binaryTargetNotOne': 'A done / not done key result has target 1 (done).',
  'validation.binaryStartNotZero': 'A done / not done key result starts at 0 (not done).',
  'validation.binaryValueNotZeroOrOne':
    '“{value}” is not accepted: a done / not done key result is either 0 (not done) or 1 (done).',
  'validation.milestoneStepsMismatch':
    'The target ({target}) must equal the number of named milestones ({count}).',
  'validation.milestoneValueOutOfRange':
    'Milestone progress must be between {start} and {target}, not {value}.',
  'validation.milestoneNotWholeStep': 'Milestone steps are counted in whole steps, not {value}.',
  'validation.dateInvalid': '{field} is not a valid date (expected {expected}).',
  'validation.dateRequired': '{field} is empty. Choose a day.',
  'validation.endBeforeStart': 'The cycle must end after it starts ({start:day} to {end:day}).',
  'validation.dateOutsideCycle':
    'The date {date:day} is outside the cycle ({start:day} to {end:day}).',
  'validation.checkInsNotOpen': 'Check-ins open on {start:day}, when “{cycle}” starts.',
  'validation.cycleClosed': 'The cycle “{cycle}” is closed; reopen it to change its OKRs.',
  'validation.parentSelf': 'An objective cannot align to itself.',
  'validation.parentCycle':
    'Aligning to this objective would make a loop: {chain}. Choose a parent higher up.',
  'validation.parentNotFound': 'The objective it aligns to no longer exists.',
  'validation.aspirationalNotAllowed':
    'Your organisation runs committed OKRs only; mark this objective as committed.',
  'validation.meetingIdRequired': 'A check-in made in a meeting needs the meeting it was made in.',
  'validation.linkInvalid':
    '{field} must be a web address starting with https:// or http:// (up to {max} characters).',
  'validation.localeInvalid':
    '“{locale}” is not a language the coaching messages are written in. Choose one of {accepted}.',
  'validation.storyEmpty':
    'The story is empty. Write why your organisation uses OKRs: it is what people open “Why we use OKRs” to read.',
  'validation.staleBeforeCadence':
    'A key result cannot go stale ({stale} days) before its next check-in is due ({cadence} days).',
  'validation.paceThresholdsInverted':
    'The off-track threshold ({offTrack}) must be further behind than the at-risk threshold ({atRisk}).',
  'validation.scoreOutOfScale': 'A score is a number from {min} to {max}, not {value}.',
  'validation.scoreNotANumber':
    'Type a score: a number from {min} to {max}, such as the {proposed} its progress earns.',
  'validation.scoreReasonRequired':
    'Say why the score differs from the {proposed} its progress earns.',
  'validation.answerTooLong':
    'This answer has {length} characters, over the {max} kept: shorten it to save. Nothing was cut.',
  'validation.reasonTooLong':
    'This reason has {length} characters, over the {max} kept: shorten it to save. Nothing was cut.',
  'validation.cyclesOverlap':
    'These dates partly overlap “{other}” ({start:day} to {end:day}). A cycle may lie inside another (a quarter in its year) but not half in it.',
  'validation.cycleSameDates':
    '“{other}” already runs on these dates ({start:day} to {end:day}): a cycle of the same dates would be a second copy of it. Choose other dates, or edit “{other}” instead.',
  'validation.cycleYearOutOfRange':
    '“{text}” is not a year a cycle can take. Type a whole year from {first} to {last}, such as {example}.',
  'validation.cycleDayOutOfRange':
    '{field} ({date:day}) is outside the years a cycle can take. Choose a day from {first:day} to {last:day}.',
  'validation.cycleNameTaken':
    'A cycle named “{name}” already exists ({start:day} to {end:day}). Choose another quarter or dates, or give this cycle a name of its own.',
  'validation.cycleStarted':
    '“{name}” began on {start:day}: a cycle goes back to planning only before its first day, while no check-in can be due in it. Its dates stay as they are.',
  'validation.teamOwnAncestor':
    'A team cannot sit under itself or one of its own sub-teams ({chain}). Choose another parent.',
  'validation.rolledUpTakesNoCheckIn':
    '“{keyResult}” rolls up from the OKRs aligned to it, so it takes no check-in of its own: check in on those and its progress follows.',

  'nudge.confidenceDroppedWithoutNote':
    'Confidence fell from {previous} to {current}. Add a note on what changed so the team can help.',
  'nudge.valueWentBackwards':
    'The value moved away from the target ({previous} → {current}). Is that right? A note helps explain it.',
  'nudge.lineCrossed':
    'The value is now on the wrong side of {target}. Add a note on what happened and what you will do.',

  ...statusTemplates,

  'score.committed.met': 'Committed and delivered: {score} is the expected outcome.',
  'score.committed.missed':
    'Committed but scored {score}: a committed OKR is expected to reach {max}. Explain what got in the way and what changes.',
  'score.aspirational.belowSweetSpot':
    'Scored {score}, below the {low}–{high} sweet spot. Treat it as data: was it out of reach, or did priorities shift?',
  'score.aspirational.sweetSpot':
    'Scored {score}: in the {low}–{high} sweet spot for an aspirational OKR. Well stretched.',
  'score.aspirational.aboveSweetSpot':
    'Scored {score}, above the {low}–{high} sweet spot. A strong result; could the next one stretch further?',
  'score.aspirational.fullyAchieved':
    'Scored {score} on an aspirational OKR. If this keeps happening, the goals may not be ambitious enough.',
  'score.sandbagging':
    'Aspirational OKRs scored {max} in {cycles} cycles in a row; that suggests the goals are set too safely.',

  'confidence.rising': 'Confidence rising ({delta})',
  'confidence.falling': 'Confidence falling ({delta})',
  'confidence.steady': 'Confidence steady',
  'confidence.stale': 'No check-in for {days} days',
  'confidence.never': 'No check-in yet',
});

export type CoreMessageKey = (typeof coreMessages.keys)[number];

/** Formats one of the core's messages. */
export function format(key: CoreMessageKey, params?: MessageParams, locale?: string): string {
  return coreMessages.format(key, params, locale);
}
