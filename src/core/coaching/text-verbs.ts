/**
 * The verb classes that tell work done from a change caused, built from a taxonomy rather than
 * from examples. General English verbs come from Beth Levin's classes ("English Verb Classes and
 * Alternations: A Preliminary Investigation", University of Chicago Press, 1993; extended as
 * VerbNet), each named with its number there and kept to the members people use at work. Verbs of
 * project and software work that Levin does not list come from the OKR method's own lists of
 * activity words, cited with their class below.
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
    verbs: ['build', 'arrange', 'assemble', 'compile', 'develop', 'make'],
  },
  { taxonomy: 'Levin 26.3 preparing verbs', verbs: ['prepare', 'fix', 'run', 'set'] },
  {
    taxonomy: 'Levin 26.4 create verbs',
    verbs: [
      'create',
      'compose',
      'construct',
      'design',
      'form',
      'formulate',
      'invent',
      'organise',
      'organize',
      'produce',
      'reorganise',
      'reorganize',
    ],
  },
  { taxonomy: 'Levin 26.7 performance verbs', verbs: ['perform', 'play'] },
  { taxonomy: 'Levin 25.2 scribble verbs', verbs: ['write', 'draw', 'outline', 'sketch'] },
  { taxonomy: 'Levin 25.4 transcribe verbs', verbs: ['record', 'film'] },
];

/** Work that moves or hands something over. */
export const transferVerbs: readonly VerbClass[] = [
  {
    taxonomy: 'Levin 11.1 send verbs',
    verbs: ['send', 'deliver', 'dispatch', 'forward', 'mail', 'post', 'ship', 'transfer'],
  },
  { taxonomy: 'Levin 9.1 put verbs', verbs: ['install', 'place', 'position', 'put', 'set'] },
  {
    taxonomy: 'Levin 13.4.1 fulfilling verbs',
    verbs: ['provide', 'supply', 'furnish', 'present', 'serve'],
  },
  { taxonomy: 'Levin 13.5.1 get verbs', verbs: ['hire', 'book', 'buy', 'procure', 'call'] },
];

/** Work that talks, meets or teaches: contact, not its effect. */
export const communicationVerbs: readonly VerbClass[] = [
  {
    taxonomy: 'Levin 37.1 verbs of transfer of a message',
    verbs: ['demonstrate', 'explain', 'read', 'show', 'teach'],
  },
  { taxonomy: 'Levin 37.4 verbs of instrument of communication', verbs: ['email', 'phone'] },
  { taxonomy: 'Levin 37.5 talk verbs', verbs: ['talk', 'speak'] },
  { taxonomy: 'Levin 37.6 chitchat verbs', verbs: ['chat'] },
  { taxonomy: 'Levin 37.7 say verbs', verbs: ['announce', 'report', 'propose', 'suggest'] },
  {
    taxonomy: 'Levin 36.1 correspond verbs',
    verbs: ['collaborate', 'communicate', 'confer', 'cooperate', 'negotiate'],
  },
  { taxonomy: 'Levin 36.3 meet verbs', verbs: ['meet', 'consult', 'debate', 'visit'] },
  { taxonomy: 'Levin 51.7 accompany verbs', verbs: ['conduct', 'guide', 'lead'] },
];

/** Work that looks at something: the finding is not yet a change. */
export const inquiryVerbs: readonly VerbClass[] = [
  {
    taxonomy: 'Levin 34 verbs of assessment',
    verbs: ['analyse', 'analyze', 'assess', 'audit', 'evaluate', 'review', 'study'],
  },
  {
    taxonomy: 'Levin 35.4 investigate verbs',
    verbs: ['check', 'examine', 'explore', 'inspect', 'investigate', 'search', 'survey'],
  },
  { taxonomy: 'Levin 30.2 sight verbs', verbs: ['observe'] },
  { taxonomy: 'Levin 13.5.2 obtain verbs (gathering)', verbs: ['collect', 'gather'] },
];

/** Verbs that only say work starts, goes on or ends, or helps others do it. */
export const aspectualVerbs: readonly VerbClass[] = [
  {
    taxonomy: 'Levin 55.1 begin verbs',
    verbs: ['begin', 'commence', 'continue', 'finish', 'proceed', 'resume', 'start'],
  },
  { taxonomy: 'Levin 55.2 complete verbs', verbs: ['complete'] },
  { taxonomy: 'VerbNet establish-55.5', verbs: ['establish', 'found', 'institute'] },
  { taxonomy: 'Levin 72 help verbs', verbs: ['help', 'assist', 'aid', 'support'] },
];

/**
 * Activity words the OKR method names itself: Google's playbook ("if your key results include
 * words like consult, help, analyze or participate, they describe activities"), Castro's output
 * verbs ("launch, create, develop, implement, release") and Perdoo's outputs (shipping,
 * deploying, migrating are work that initiatives track), with the project-work verbs of the same
 * meaning that Levin does not list.
 */
export const methodActivityVerbs: readonly VerbClass[] = [
  {
    taxonomy: 'OKR method: delivery (Castro; Perdoo)',
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
      'setup',
      'update',
      'move',
      'adopt',
      'introduce',
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
      'refactor',
      'rewrite',
      'redesign',
      'restructure',
      'convert',
      'transform',
      'translate',
      'distribute',
      'publish',
      'document',
      'draft',
      'author',
      'define',
      'map',
    ],
  },
  {
    taxonomy: 'OKR method: taking part (Google playbook: consult, help, analyze, participate)',
    verbs: [
      'participate',
      'attend',
      'join',
      'engage',
      'contact',
      'interview',
      'host',
      'hold',
      'chair',
      'facilitate',
      'present',
      'demo',
      'pitch',
      'brief',
      'train',
      'educate',
      'promote',
      'advertise',
      'discuss',
      'brainstorm',
      'partner',
      'message',
      'text',
      'call',
      'renegotiate',
      'recruit',
      'certify',
      'coach',
      'mentor',
    ],
  },
  {
    taxonomy: 'OKR method: looking and planning (Google playbook: analyze)',
    verbs: [
      'plan',
      'schedule',
      'decide',
      'determine',
      'identify',
      'track',
      'monitor',
      'test',
      'benchmark',
      'research',
    ],
  },
  {
    taxonomy: 'OKR method: doing (the work itself, not its result)',
    verbs: [
      'do',
      'work',
      'carry',
      'execute',
      'initiate',
      'kick',
      'finalise',
      'finalize',
      'conclude',
    ],
  },
];

/**
 * Money put in: "Invest $1,000,000 in online marketing". What Matters' input key results: inputs
 * are "the things under your direct control", spent whether or not anything changes.
 */
export const spendingVerbs: readonly VerbClass[] = [
  { taxonomy: 'OKR method: inputs (What Matters)', verbs: ['invest', 'spend', 'allocate', 'fund'] },
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
  methodActivityVerbs,
  spendingVerbs,
);

/** Work verbs that also count reach when they name how many people got it ("launch to 50 customers"). */
export const reachVerbs: ReadonlySet<string> = verbSet(
  methodActivityVerbs.slice(0, 1),
  transferVerbs.slice(0, 1),
);

/** Verbs that put money in: the sum they name is what goes in, not what comes out. */
export const inputVerbs = verbSet(spendingVerbs);

/** Verbs of talking and meeting: counting the people met still counts work, not its effect. */
export const contactVerbs = verbSet(communicationVerbs, methodActivityVerbs.slice(1, 2));
