/**
 * The verb classes that tell work done from a change caused, built from a taxonomy rather than
 * from examples. General English verbs come from Beth Levin's classes ("English Verb Classes and
 * Alternations", University of Chicago Press, 1993; extended as VerbNet), each class named with
 * its number there and kept to the members people use at work. Verbs of software and project
 * delivery are not in Levin's list; they come from the OKR method's own list of output verbs
 * (Felipe Castro, "The Beginner's Guide to OKR": "launch, create, develop, implement, release"
 * describe activities) and from Perdoo's outputs ("Outcomes vs outputs": shipping, deploying,
 * migrating are outputs tracked by initiatives).
 */
export interface VerbClass {
  /** Where the class comes from, e.g. "Levin 26.4 create verbs". */
  readonly taxonomy: string;
  readonly verbs: readonly string[];
}

/** Work that makes something: a deliverable, not the change it causes. */
export const creationVerbs: readonly VerbClass[] = [
  {
    taxonomy: 'Levin 26.1 build verbs',
    verbs: ['build', 'assemble', 'compile', 'construct', 'develop', 'make'],
  },
  { taxonomy: 'Levin 26.3 preparing verbs', verbs: ['prepare', 'arrange', 'organise', 'organize'] },
  {
    taxonomy: 'Levin 26.4 create verbs',
    verbs: [
      'create',
      'design',
      'compose',
      'draft',
      'draw',
      'form',
      'formulate',
      'invent',
      'produce',
      'publish',
      'redesign',
      'rewrite',
      'write',
      'author',
      'outline',
      'sketch',
      'map',
      'define',
      'document',
      'record',
    ],
  },
  {
    taxonomy: 'Levin 26.7 performance verbs',
    verbs: ['perform', 'present', 'demo', 'pitch', 'run', 'stage', 'play'],
  },
  {
    taxonomy: 'Levin 26.6 turn verbs (change of form)',
    verbs: [
      'convert',
      'transform',
      'translate',
      'refactor',
      'restructure',
      'reorganise',
      'reorganize',
    ],
  },
];

/** Work that moves or hands something over. */
export const transferVerbs: readonly VerbClass[] = [
  {
    taxonomy: 'Levin 11.1 send verbs',
    verbs: [
      'send',
      'deliver',
      'dispatch',
      'forward',
      'mail',
      'ship',
      'transfer',
      'distribute',
      'email',
      'post',
    ],
  },
  {
    taxonomy: 'Levin 9.1 put verbs',
    verbs: ['install', 'place', 'position', 'put', 'set', 'setup'],
  },
  { taxonomy: 'Levin 13.4.1 fulfilling verbs', verbs: ['provide', 'supply', 'equip', 'furnish'] },
  {
    taxonomy: 'Levin 13.5.1 get verbs (hiring)',
    verbs: ['hire', 'recruit', 'book', 'procure', 'buy'],
  },
];

/** Work that talks, meets or teaches: contact, not its effect. */
export const communicationVerbs: readonly VerbClass[] = [
  {
    taxonomy: 'Levin 37.1 verbs of transfer of a message',
    verbs: [
      'explain',
      'demonstrate',
      'show',
      'teach',
      'train',
      'read',
      'present',
      'brief',
      'educate',
    ],
  },
  {
    taxonomy: 'Levin 37.4 verbs of instrument of communication',
    verbs: ['call', 'phone', 'email', 'message', 'text'],
  },
  { taxonomy: 'Levin 37.5 talk verbs', verbs: ['talk', 'speak', 'chat'] },
  {
    taxonomy: 'Levin 37.7 say verbs',
    verbs: ['announce', 'communicate', 'report', 'propose', 'suggest', 'promote', 'advertise'],
  },
  {
    taxonomy: 'Levin 36.1 correspond verbs',
    verbs: [
      'collaborate',
      'consult',
      'negotiate',
      'renegotiate',
      'cooperate',
      'discuss',
      'brainstorm',
      'partner',
    ],
  },
  {
    taxonomy: 'Levin 36.3 meet verbs',
    verbs: ['meet', 'visit', 'interview', 'contact', 'engage', 'attend', 'participate', 'join'],
  },
  {
    taxonomy: 'Levin 29.8 captain verbs (hosting)',
    verbs: ['host', 'hold', 'chair', 'facilitate', 'lead', 'conduct'],
  },
];

/** Work that looks at something: the finding is not yet a change. */
export const inquiryVerbs: readonly VerbClass[] = [
  {
    taxonomy: 'Levin 34.1 assessment verbs',
    verbs: [
      'analyse',
      'analyze',
      'assess',
      'audit',
      'evaluate',
      'review',
      'study',
      'benchmark',
      'examine',
    ],
  },
  {
    taxonomy: 'Levin 35.4 investigate verbs',
    verbs: [
      'investigate',
      'explore',
      'inspect',
      'research',
      'search',
      'survey',
      'check',
      'test',
      'monitor',
    ],
  },
  {
    taxonomy: 'Levin 30.2 sight verbs (observation)',
    verbs: ['observe', 'identify', 'track', 'collect', 'gather'],
  },
  {
    taxonomy: 'Levin 29.5 conjecture verbs (planning)',
    verbs: ['plan', 'schedule', 'decide', 'determine'],
  },
];

/** Verbs that only say work starts, goes on or ends. */
export const aspectualVerbs: readonly VerbClass[] = [
  {
    taxonomy: 'Levin 55.1 begin verbs',
    verbs: [
      'begin',
      'start',
      'commence',
      'initiate',
      'kick',
      'continue',
      'proceed',
      'resume',
      'finish',
    ],
  },
  {
    taxonomy: 'Levin 55.2 complete verbs',
    verbs: ['complete', 'finalise', 'finalize', 'conclude', 'execute', 'carry', 'do', 'work'],
  },
  {
    taxonomy: 'Levin 55.5 establish verbs',
    verbs: ['establish', 'found', 'introduce', 'institute', 'set'],
  },
  { taxonomy: 'Levin 72 help verbs', verbs: ['help', 'assist', 'support', 'aid'] },
];

/** Verbs of software and project delivery (the OKR method's own list of output verbs). */
export const deliveryVerbs: readonly VerbClass[] = [
  {
    taxonomy: 'Castro, output verbs; Perdoo, outputs',
    verbs: [
      'launch',
      'release',
      'implement',
      'deploy',
      'migrate',
      'upgrade',
      'integrate',
      'roll',
      'automate',
      'configure',
      'fix',
      'update',
      'move',
      'adopt',
      'pilot',
      'prototype',
      'onboard',
      'digitise',
      'digitize',
      'standardise',
      'standardize',
      'enable',
      'apply',
      'use',
    ],
  },
];

function verbSet(...classes: readonly (readonly VerbClass[])[]): ReadonlySet<string> {
  return new Set(classes.flat().flatMap((verbClass) => verbClass.verbs));
}

/** Every verb that opens a description of work done rather than of a change caused. */
export const activityVerbs = verbSet(
  creationVerbs,
  transferVerbs,
  communicationVerbs,
  inquiryVerbs,
  aspectualVerbs,
  deliveryVerbs,
);

/** Work verbs that also count reach when they name how many people got it ("launch to 50 customers"). */
export const reachVerbs: ReadonlySet<string> = verbSet(
  deliveryVerbs,
  transferVerbs.filter((verbClass) => verbClass.taxonomy.startsWith('Levin 11.1')),
);

/** Verbs of talking and meeting: counting the people met still counts work, not its effect. */
export const contactVerbs = verbSet(communicationVerbs);
