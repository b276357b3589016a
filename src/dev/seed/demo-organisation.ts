/**
 * Contoso's OKRs: a company level and four teams, a closed past quarter and the current one,
 * objectives aligned across levels, every kind of KR, and some deliberately weak OKRs for the
 * coach to catch. Pure data; `seed.ts` writes it through the repository.
 */
import type {
  InitiativeStatus,
  KeyResultKind,
  ObjectiveCommitment,
  Person,
} from '../../core/model';
import { demoUsers } from '../graph-emulator/demo-tenant';
import { simulatedTeam } from '../teams-simulator/directory';

const person = (user: (typeof demoUsers)[keyof typeof demoUsers]): Person => ({
  id: user.id,
  displayName: user.displayName,
  email: user.mail,
});

export const people = {
  ceo: person(demoUsers.meganBowen),
  coach: person(demoUsers.adeleVance),
  engineering: person(demoUsers.alexWilber),
  sales: person(demoUsers.diegoSiciliani),
  product: person(demoUsers.isaiahLanger),
  success: person(demoUsers.leeGu),
};

export type TeamKey = 'company' | 'product' | 'engineering' | 'sales' | 'success';

/**
 * The team tree, each team owned by its lead (Programme → Teams shows them). The company is
 * linked to the Microsoft 365 group of the Teams simulator's team, so a channel tab added there
 * starts with Contoso chosen, as a tab added in a linked team does in Teams.
 */
export const teams: readonly {
  key: TeamKey;
  name: string;
  parent?: TeamKey;
  owner: Person;
  groupId?: string;
}[] = [
  { key: 'company', name: 'Contoso', owner: people.ceo, groupId: simulatedTeam.groupId },
  { key: 'product', name: 'Product', parent: 'company', owner: people.product },
  { key: 'engineering', name: 'Engineering', parent: 'company', owner: people.engineering },
  { key: 'sales', name: 'Sales', parent: 'company', owner: people.sales },
  { key: 'success', name: 'Customer Success', parent: 'company', owner: people.success },
];

/** How a KR's check-ins unfold over the weeks: where it ends (share of the way) and confidence. */
export interface Trajectory {
  /** Share of the way from start to target reached by the last check-in (may exceed 1). */
  readonly reach: number;
  readonly confidence: readonly [first: number, last: number];
  /** Weeks since the last check-in at "today" (a stale KR has a large gap). */
  readonly silentWeeks?: number;
}

export interface DemoInitiative {
  readonly title: string;
  readonly status: InitiativeStatus;
  readonly owner?: Person;
  /** Days from the cycle's start. */
  readonly dueInDays?: number;
  readonly link?: string;
}

export interface DemoKeyResult {
  readonly title: string;
  readonly kind: KeyResultKind;
  readonly start: number;
  readonly target: number;
  readonly unit: string;
  readonly owner?: Person;
  readonly milestones?: readonly string[];
  readonly trajectory: Trajectory;
  readonly initiatives?: readonly DemoInitiative[];
}

export interface DemoObjective {
  readonly key: string;
  readonly team: TeamKey;
  readonly title: string;
  readonly description: string;
  readonly owner?: Person;
  readonly commitment: ObjectiveCommitment;
  readonly parent?: string;
  readonly keyResults: readonly DemoKeyResult[];
}

export const currentObjectives: readonly DemoObjective[] = [
  {
    key: 'company-success',
    team: 'company',
    title: 'Customers succeed with OKRs in their first quarter',
    description: 'New customers who see results early stay, grow and tell others.',
    owner: people.ceo,
    commitment: 'committed',
    keyResults: [
      {
        title: 'Teams with a check-in in their first week from 35% to 70%',
        kind: 'increase',
        start: 35,
        target: 70,
        unit: '%',
        owner: people.product,
        trajectory: { reach: 0.55, confidence: [6, 7] },
        initiatives: [
          {
            title: 'Guided first check-in in the onboarding email',
            status: 'done',
            owner: people.product,
            dueInDays: 21,
          },
          {
            title: 'Check-in reminder in the Teams activity feed',
            status: 'inProgress',
            owner: people.engineering,
            dueInDays: 56,
            link: 'https://contoso.sharepoint.com/sites/okr/Shared%20Documents/reminders.docx',
          },
        ],
      },
      {
        title: 'Median days to a first check-in from 9 to 3',
        kind: 'decrease',
        start: 9,
        target: 3,
        unit: 'days',
        owner: people.success,
        trajectory: { reach: 0.4, confidence: [5, 5] },
        initiatives: [
          {
            title: 'Welcome call within two days of sign-up',
            status: 'inProgress',
            owner: people.success,
          },
          { title: 'Self-serve video tour', status: 'dropped' },
          { title: 'Template OKRs per industry', status: 'notStarted', dueInDays: 70 },
        ],
      },
      {
        title: 'Net Promoter Score stays above 40',
        kind: 'stayAbove',
        start: 44,
        target: 40,
        unit: 'NPS',
        owner: people.success,
        trajectory: { reach: 0.3, confidence: [8, 6] },
      },
    ],
  },
  {
    key: 'company-growth',
    team: 'company',
    title: 'Grow revenue without burning cash',
    description: 'Growth that pays for itself.',
    owner: people.ceo,
    commitment: 'aspirational',
    keyResults: [
      {
        title: 'Annual recurring revenue from €2.0M to €3.0M',
        kind: 'increase',
        start: 2,
        target: 3,
        unit: '€M',
        owner: people.sales,
        trajectory: { reach: 0.35, confidence: [5, 4] },
      },
      {
        title: 'CAC payback stays below 12 months',
        kind: 'stayBelow',
        start: 10,
        target: 12,
        unit: 'months',
        owner: people.sales,
        trajectory: { reach: 0.5, confidence: [7, 7] },
      },
    ],
  },
  {
    key: 'product-checkin',
    team: 'product',
    title: 'Make the weekly check-in effortless',
    description: 'A check-in takes seconds, wherever people already are.',
    owner: people.product,
    commitment: 'committed',
    parent: 'company-success',
    keyResults: [
      {
        title: 'Meeting check-in round shipped',
        kind: 'milestone',
        start: 0,
        target: 3,
        unit: 'steps',
        milestones: [
          'Design validated with 5 teams',
          'Beta with 10 customers',
          'Generally available',
        ],
        owner: people.product,
        trajectory: { reach: 0.67, confidence: [6, 8] },
      },
      {
        title: 'Excel write-back available to every customer',
        kind: 'binary',
        start: 0,
        target: 1,
        unit: '',
        owner: people.engineering,
        trajectory: { reach: 0, confidence: [7, 6] },
      },
      {
        title: 'Check-ins made from Excel from 0 to 500 a week',
        kind: 'increase',
        start: 0,
        target: 500,
        unit: 'check-ins/week',
        owner: people.product,
        trajectory: { reach: 0.25, confidence: [5, 6] },
      },
    ],
  },
  {
    key: 'engineering-fast',
    team: 'engineering',
    title: 'A board that opens instantly and never goes down',
    description: 'Speed and reliability are features.',
    owner: people.engineering,
    commitment: 'committed',
    parent: 'company-success',
    keyResults: [
      {
        title: 'Board load p95 from 2.4 s to 0.8 s',
        kind: 'decrease',
        start: 2.4,
        target: 0.8,
        unit: 's',
        owner: people.engineering,
        trajectory: { reach: 0.7, confidence: [6, 8] },
      },
      {
        title: 'Availability stays above 99.9%',
        kind: 'stayAbove',
        start: 99.95,
        target: 99.9,
        unit: '%',
        owner: people.engineering,
        trajectory: { reach: 0.9, confidence: [8, 4] },
      },
      {
        title: 'Sev-1 incidents stay below 2 a month',
        kind: 'stayBelow',
        start: 1,
        target: 2,
        unit: 'incidents',
        owner: people.engineering,
        trajectory: { reach: 0.5, confidence: [7, 5], silentWeeks: 5 },
      },
    ],
  },
  {
    key: 'sales-midmarket',
    team: 'sales',
    title: 'Win the mid-market',
    description: 'Companies of 200–2,000 people choose us over spreadsheets.',
    owner: people.sales,
    commitment: 'aspirational',
    parent: 'company-growth',
    keyResults: [
      {
        title: 'New mid-market customers from 10 to 40',
        kind: 'increase',
        start: 10,
        target: 40,
        unit: 'customers',
        owner: people.sales,
        trajectory: { reach: 0.3, confidence: [6, 5] },
      },
      {
        title: 'Pipeline coverage from 2x to 3.5x',
        kind: 'increase',
        start: 2,
        target: 3.5,
        unit: 'x',
        owner: people.sales,
        trajectory: { reach: 0.45, confidence: [5, 6], silentWeeks: 4 },
      },
    ],
  },
  {
    key: 'success-renewals',
    team: 'success',
    title: 'Customers renew because they see results',
    description: 'Every renewal conversation starts from the customer’s own OKR progress.',
    owner: people.success,
    commitment: 'committed',
    parent: 'company-success',
    keyResults: [
      {
        title: 'Net revenue retention from 98% to 110%',
        kind: 'increase',
        start: 98,
        target: 110,
        unit: '%',
        owner: people.success,
        trajectory: { reach: 0.35, confidence: [6, 6] },
      },
      {
        title: 'Churned customers a quarter from 8 to 3',
        kind: 'decrease',
        start: 8,
        target: 3,
        unit: 'customers',
        owner: people.success,
        trajectory: { reach: 0.2, confidence: [5, 3] },
      },
    ],
  },
  // Deliberately weak OKRs, for the coach to catch.
  {
    key: 'weak-vague',
    team: 'sales',
    title: 'Do better',
    description: '',
    owner: people.sales,
    commitment: 'committed',
    keyResults: [
      {
        title: 'Hold 50 customer meetings',
        kind: 'increase',
        start: 0,
        target: 50,
        unit: 'meetings',
        owner: people.sales,
        trajectory: { reach: 0.6, confidence: [7, 7] },
      },
      {
        title: 'Launch the new pricing page',
        kind: 'binary',
        start: 0,
        target: 1,
        unit: '',
        owner: people.sales,
        trajectory: { reach: 0, confidence: [8, 8], silentWeeks: 6 },
      },
      {
        title: 'Increase upsell revenue to €500k',
        kind: 'increase',
        start: 0,
        target: 500,
        unit: '€k',
        trajectory: { reach: 0.2, confidence: [5, 5] },
      },
    ],
  },
  {
    key: 'weak-disguise',
    team: 'success',
    title: 'Increase NPS to 50',
    description: 'A key result written as an objective.',
    commitment: 'committed',
    parent: 'company-success',
    keyResults: [
      {
        title: 'Send the NPS survey every month',
        kind: 'milestone',
        start: 0,
        target: 3,
        unit: 'surveys',
        milestones: ['January', 'February', 'March'],
        owner: people.success,
        trajectory: { reach: 0.34, confidence: [9, 9] },
      },
    ],
  },
];

export const pastObjectives: readonly DemoObjective[] = [
  {
    key: 'past-company-launch',
    team: 'company',
    title: 'Launch OKR Coach to our first customers',
    description: 'From prototype to paying customers.',
    owner: people.ceo,
    commitment: 'committed',
    keyResults: [
      {
        title: 'Paying customers from 0 to 25',
        kind: 'increase',
        start: 0,
        target: 25,
        unit: 'customers',
        owner: people.sales,
        trajectory: { reach: 0.88, confidence: [5, 8] },
      },
      {
        title: 'Public launch done',
        kind: 'binary',
        start: 0,
        target: 1,
        unit: '',
        owner: people.product,
        trajectory: { reach: 1, confidence: [6, 9] },
      },
    ],
  },
  {
    key: 'past-engineering-stable',
    team: 'engineering',
    title: 'A platform we can sell',
    description: 'Stable enough for the first contracts.',
    owner: people.engineering,
    commitment: 'aspirational',
    parent: 'past-company-launch',
    keyResults: [
      {
        title: 'Error rate from 3% to 0.5%',
        kind: 'decrease',
        start: 3,
        target: 0.5,
        unit: '%',
        owner: people.engineering,
        trajectory: { reach: 0.65, confidence: [4, 6] },
      },
      {
        title: 'Deploys a week from 1 to 10',
        kind: 'increase',
        start: 1,
        target: 10,
        unit: 'deploys',
        owner: people.engineering,
        trajectory: { reach: 1.1, confidence: [5, 9] },
      },
    ],
  },
];

export const notes = [
  'On track after the onboarding changes.',
  'Slower week: holidays.',
  'Two big customers went live.',
  'Blocked on the data export; unblocked Thursday.',
  'Steady.',
  'Better than expected.',
  'Needs help from Engineering.',
];
