/**
 * Viva Goals exports built by hand from the formats as the issue and Microsoft's documentation
 * describe them, with the messy cases real exports have: nulls everywhere, HTML notes over
 * several lines, items in no team, several weighted alignments, phased targets, percentage
 * outcomes, tasks, a KR with no objective, check-ins on objectives, comments, a loop, and
 * "Update from Children" on a KR (fed by an objective and a sub-KR) and on an objective (fed by
 * aligned objectives only).
 */
import JSZip from 'jszip';
import { toCsv } from '../../src/core/csv';

const megan = { ID: 11, Name: 'Megan Bowen', Email: 'MeganB@contoso.com' };
const isaiah = { ID: 12, Name: 'Isaiah Langer', Email: 'IsaiahL@contoso.com' };
const stranger = { ID: 13, Name: 'Pat Stranger', Email: 'pat@elsewhere.example' };

const item = (overrides: Record<string, unknown>) => ({
  ID: 0,
  Title: '',
  Type: 'Big rock',
  'Created By': megan,
  Owner: [megan],
  Teams: null,
  'Time Period': { ID: 501, Name: 'Q1 2025' },
  'Start Date': '2025-01-01',
  'End Date': '2025-03-31',
  Alignment: null,
  'Parent IDs': null,
  Children: null,
  Description: null,
  Tags: null,
  'Progress and Status Configuration': {
    Progress: 'Update Manually',
    Status: 'Manual',
    'Data Source': null,
  },
  Progress: null,
  Status: 'On Track',
  Outcome: null,
  'Phased Targets': 'Disabled',
  'Check-in Owners': null,
  Score: null,
  'Goal Type': null,
  'Created At': '2024-12-20 10:00:00',
  'Last Check-in': null,
  ...overrides,
});

export const vivaRecords = {
  TimePeriods: [
    {
      ID: 500,
      'Time Period Name': 'Annual 2025',
      'Start Date': '2025-01-01',
      'End Date': '2025-12-31',
    },
    {
      ID: 501,
      'Time Period Name': 'Q1 2025',
      'Start Date': '2025-01-01',
      'End Date': '2025-03-31',
    },
  ],
  Teams: [
    { ID: 900, 'Team Name': 'Product', 'Parent Team': null, 'Team Owners': [megan] },
    {
      ID: 901,
      'Team Name': 'Onboarding',
      'Parent Team': { ID: 900, Name: 'Product' },
      'Team Owners': null,
    },
  ],
  Users: [
    {
      ID: 11,
      Name: 'Megan Bowen',
      Email: 'MeganB@contoso.com',
      Manager: null,
      Teams: null,
      Role: 'Admin',
    },
  ],
  objectives: [
    // Company level: no team.
    item({
      ID: 1,
      Title: 'Customers succeed in their first quarter',
      'Time Period': { ID: 500, Name: 'Annual 2025' },
      'Goal Type': 'Committed',
    }),
    item({
      ID: 2,
      Title: 'Grow without burning cash',
      'Time Period': { ID: 500, Name: 'Annual 2025' },
      'Goal Type': 'Aspirational',
    }),
    // Several weighted alignments, across teams.
    item({
      ID: 3,
      Title: 'Make onboarding effortless',
      Teams: [{ ID: 901, Name: 'Onboarding' }],
      Alignment: [
        { ID: 1, Title: 'Customers succeed in their first quarter', Weight: '60.0%' },
        { ID: 2, Title: 'Grow without burning cash', Weight: '40.0%' },
      ],
      'Parent IDs': [1, 2],
      Description: '<p>Why: new customers who see results early <b>stay</b>.</p>',
      'Progress and Status Configuration': {
        Progress: 'Update from Children',
        Status: 'Auto',
        'Data Source': null,
      },
      'Goal Type': 'Aspirational',
    }),
    // A KR with a metric increase and phased targets, and tasks.
    item({
      ID: 10,
      Title: 'Activated teams from 40 to 100',
      Type: 'Kpi',
      Description: '<p>A team counts once it has a <b>first check-in</b>.</p>',
      Teams: [{ ID: 901, Name: 'Onboarding' }],
      Owner: [isaiah],
      Alignment: [{ ID: 3, Title: 'Make onboarding effortless', Weight: '50.0%' }],
      'Parent IDs': [3],
      Outcome: {
        'Outcome Type': 'Metric',
        'Metric Name': 'teams',
        'Metric Unit': 'Number',
        Start: 40,
        Target: 100,
        'Target Type': 'Increase From',
      },
      'Phased Targets': {
        Interval: 'Monthly',
        'Phased Targets': [
          { 'Target Value': 50, 'Target Date': '2025-01-31' },
          { 'Target Value': 80, 'Target Date': '2025-02-28' },
        ],
      },
      Children: [
        {
          ID: 7001,
          'Task Name': 'Welcome email',
          'Task Status': 'Completed',
          'Task Date': '2025-01-15',
          'Task Owner': isaiah,
        },
        {
          ID: 7002,
          'Task Name': 'In-app tour',
          'Task Status': 'Not Started',
          'Task Date': null,
          'Task Owner': null,
        },
      ],
    }),
    // A "Reach" whose target is below the start: a decrease, in dollars.
    item({
      ID: 11,
      Title: 'Cost per activation down to $30',
      Type: 'Kpi',
      Teams: [{ ID: 901, Name: 'Onboarding' }],
      Alignment: [{ ID: 3, Title: 'Make onboarding effortless', Weight: '50.0%' }],
      Outcome: {
        'Outcome Type': 'Metric',
        'Metric Name': null,
        'Metric Unit': 'Dollar',
        Start: 55,
        Target: 30,
        'Target Type': 'Reach',
      },
    }),
    // A percentage outcome.
    item({
      ID: 12,
      Title: 'Onboarding survey done',
      Type: 'Kpi',
      Alignment: [{ ID: 1, Title: 'Customers succeed in their first quarter', Weight: null }],
      'Parent IDs': [1],
      'Time Period': { ID: 500, Name: 'Annual 2025' },
      Outcome: {
        'Outcome Type': 'Percentage',
        'Metric Name': null,
        'Metric Unit': 'Percentage',
        Start: 0,
        Target: 100,
        'Target Type': 'Increase From',
      },
    }),
    // Stay below.
    item({
      ID: 13,
      Title: 'Churn stays below 3%',
      Type: 'Kpi',
      Alignment: [{ ID: 2, Title: 'Grow without burning cash', Weight: '100%' }],
      'Time Period': { ID: 500, Name: 'Annual 2025' },
      Outcome: {
        'Outcome Type': 'Metric',
        'Metric Name': 'churn',
        'Metric Unit': 'Percentage',
        Start: 2,
        Target: 3,
        'Target Type': 'Stay Below',
      },
    }),
    // A KR without a parent objective.
    item({
      ID: 14,
      Title: 'Support tickets answered within a day',
      Type: 'Kpi',
      Teams: [{ ID: 900, Name: 'Product' }],
      Outcome: {
        'Outcome Type': 'Metric',
        'Metric Name': 'tickets',
        'Metric Unit': 'Percentage',
        Start: 70,
        Target: 95,
        'Target Type': 'Increase From',
      },
    }),
    // A project under a KR: an initiative.
    item({
      ID: 20,
      Title: 'Rebuild the sign-up flow',
      Type: 'Project',
      Teams: [{ ID: 901, Name: 'Onboarding' }],
      Alignment: [{ ID: 10, Title: 'Activated teams from 40 to 100', Weight: null }],
      Status: 'Closed',
      'End Date': '2025-02-15',
    }),
    // An alignment loop: 30 → 31 → 30.
    item({ ID: 30, Title: 'Loop A', Alignment: [{ ID: 31, Title: 'Loop B', Weight: null }] }),
    item({ ID: 31, Title: 'Loop B', Alignment: [{ ID: 30, Title: 'Loop A', Weight: null }] }),
    // An item type the import does not know, and a bad date.
    item({ ID: 40, Title: 'Mystery', Type: 'Initiative of sorts' }),
    item({ ID: 41, Title: 'Bad dates', 'Start Date': '2025-13-45' }),
    // A company KR whose progress came from its children: a team objective (70%) and a sub-KR
    // of another team (30%) aligned to it.
    item({
      ID: 15,
      Title: 'Customers still active after 90 days',
      Type: 'Kpi',
      'Time Period': { ID: 500, Name: 'Annual 2025' },
      Alignment: [{ ID: 1, Title: 'Customers succeed in their first quarter', Weight: null }],
      'Progress and Status Configuration': {
        Progress: 'Update from Children',
        Status: 'Auto',
        'Data Source': null,
      },
      Outcome: { 'Outcome Type': 'Percentage', Start: 0, Target: 100 },
    }),
    item({
      ID: 4,
      Title: 'Answer every customer within a day',
      Teams: [{ ID: 900, Name: 'Product' }],
      'Time Period': { ID: 500, Name: 'Annual 2025' },
      Alignment: [{ ID: 15, Title: 'Customers still active after 90 days', Weight: '70.0%' }],
    }),
    item({
      ID: 17,
      Title: 'First answers within a day from 0 to 10 teams',
      Type: 'Kpi',
      'Time Period': { ID: 500, Name: 'Annual 2025' },
      Alignment: [{ ID: 4, Title: 'Answer every customer within a day', Weight: '100.0%' }],
      Outcome: {
        'Outcome Type': 'Metric',
        'Metric Unit': 'Number',
        Start: 0,
        Target: 10,
        'Target Type': 'Increase From',
      },
    }),
    item({
      ID: 16,
      Title: 'Health checks for 20 new customers',
      Type: 'Kpi',
      Teams: [{ ID: 901, Name: 'Onboarding' }],
      'Time Period': { ID: 500, Name: 'Annual 2025' },
      Alignment: [{ ID: 15, Title: 'Customers still active after 90 days', Weight: '30.0%' }],
      Outcome: {
        'Outcome Type': 'Metric',
        'Metric Unit': 'Number',
        Start: 0,
        Target: 20,
        'Target Type': 'Reach',
      },
    }),
    // A company objective whose only children are aligned objectives (25% and 75%).
    item({
      ID: 5,
      Title: 'Be the company customers recommend',
      'Time Period': { ID: 500, Name: 'Annual 2025' },
      'Progress and Status Configuration': {
        Progress: 'Update from Children',
        Status: 'Auto',
        'Data Source': null,
      },
    }),
    item({
      ID: 6,
      Title: 'Delight new customers',
      Teams: [{ ID: 901, Name: 'Onboarding' }],
      'Time Period': { ID: 500, Name: 'Annual 2025' },
      Alignment: [{ ID: 5, Title: 'Be the company customers recommend', Weight: '25.0%' }],
    }),
    item({
      ID: 18,
      Title: 'Delighted survey answers',
      Type: 'Kpi',
      'Time Period': { ID: 500, Name: 'Annual 2025' },
      Alignment: [{ ID: 6, Title: 'Delight new customers', Weight: '100.0%' }],
      Outcome: { 'Outcome Type': 'Percentage', Start: 0, Target: 100 },
    }),
    item({
      ID: 7,
      Title: 'Fix what customers report',
      Teams: [{ ID: 900, Name: 'Product' }],
      'Time Period': { ID: 500, Name: 'Annual 2025' },
      Alignment: [{ ID: 5, Title: 'Be the company customers recommend', Weight: '75.0%' }],
    }),
    item({
      ID: 19,
      Title: 'Reported bugs fixed',
      Type: 'Kpi',
      'Time Period': { ID: 500, Name: 'Annual 2025' },
      Alignment: [{ ID: 7, Title: 'Fix what customers report', Weight: '100.0%' }],
      Outcome: { 'Outcome Type': 'Percentage', Start: 0, Target: 100 },
    }),
  ],
  checkins: [
    {
      ID: 8001,
      'OKR ID': 10,
      'CheckIn Date': '2025-01-20 09:00:00',
      'Check In Owner': isaiah,
      'Check In Note': {
        'Check In Note': 'Slow start',
        'Check In Note HTML':
          '<p>Slow start, as expected.</p><p>Next: <script>alert(1)</script>the welcome email &amp; a "tour"</p>',
      },
      'Metric Name': 'teams',
      Status: 'Behind',
      'Current Value': 44,
      'Activity Date': '2025-01-20 09:00:00',
    },
    {
      ID: 8002,
      'OKR ID': 10,
      'CheckIn Date': '2025-02-17 09:00:00',
      'Check In Owner': stranger,
      'Check In Note': {
        'Check In Note': 'Line one,\nline two; with "quotes"',
        'Check In Note HTML': null,
      },
      'Metric Name': 'teams',
      Status: 'On Track',
      'Current Value': '71',
      'Activity Date': '2025-02-17 09:00:00',
    },
    {
      ID: 8003,
      'OKR ID': 12,
      'CheckIn Date': '2025-02-19 12:00:00',
      'Check In Owner': megan,
      'Check In Note': null,
      Status: 'On Track',
      'Current Value': '25%',
    },
    // A check-in on an objective: kept as a note on it.
    {
      ID: 8004,
      'OKR ID': 3,
      'CheckIn Date': '2025-02-01 08:00:00',
      'Check In Owner': megan,
      'Check In Note': { 'Check In Note': 'Halfway there', 'Check In Note HTML': null },
      Status: 'On Track',
      'Current Value': 50,
    },
    // Unknown item, bad date, bad number.
    { ID: 8005, 'OKR ID': 999, 'CheckIn Date': '2025-02-01 08:00:00', 'Current Value': 1 },
    { ID: 8006, 'OKR ID': 10, 'CheckIn Date': 'yesterday', 'Current Value': 1 },
    { ID: 8007, 'OKR ID': 11, 'CheckIn Date': '2025-02-01 08:00:00', 'Current Value': 'lots' },
    // A check-in on a project: a note on the objective above its KR.
    {
      ID: 8014,
      'OKR ID': 20,
      'CheckIn Date': '2025-02-03 10:00:00',
      'Check In Owner': isaiah,
      'Check In Note': { 'Check In Note': 'New flow live for 10%', 'Check In Note HTML': null },
      Status: 'On Track',
      'Current Value': 60,
    },
    // The children of the rolled-up KR and objective.
    { ID: 8010, 'OKR ID': 17, 'CheckIn Date': '2025-02-10 09:00:00', 'Current Value': 5 },
    { ID: 8011, 'OKR ID': 16, 'CheckIn Date': '2025-02-10 09:00:00', 'Current Value': 20 },
    { ID: 8012, 'OKR ID': 18, 'CheckIn Date': '2025-02-10 09:00:00', 'Current Value': '40%' },
    { ID: 8013, 'OKR ID': 19, 'CheckIn Date': '2025-02-10 09:00:00', 'Current Value': '80%' },
  ],
  comments: [
    {
      ID: 9001,
      'OKR ID': 3,
      Comment: '<p>Great progress!</p>',
      'Created By': megan,
      'Created At': '2025-02-02 10:00:00',
    },
  ],
  Tags: [],
};

export function vivaFileName(kind: string, part = 1): string {
  return `${kind}_export_file_Contoso_${part}_Organization_Contoso_20250401T120000.json`;
}

export async function vivaZip(
  records: Record<string, unknown[]> = vivaRecords,
  extra: Record<string, string> = {},
): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [kind, list] of Object.entries(records))
    zip.file(vivaFileName(kind), JSON.stringify(list, null, 2));
  for (const [name, text] of Object.entries(extra)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

export const explorerHeader = [
  'Id',
  'Title',
  'Team',
  'Creator',
  'Owner',
  'Period',
  'Start Date',
  'End Date',
  'Description',
  'Aligned To (weight, Objective ID)',
  'Metric Name',
  'Unit',
  'Target',
  'Object Type',
  'Goal Type',
  'Start',
  'Created At',
  'Last Check-in',
  'Progress %',
  'Actual Progress',
  'Status',
  'Last Check-in Note',
  'Score',
  'Checkins',
];

const checkInCell = (date: string, user: string, note: string, value: string) =>
  `Checkin Date: ${date}; User: ${user}; Note: ${note}; Metric Name: customers; Status: On Track; Current Value: ${value}; Activity Date: ${date} UTC;`;

export function explorerCsv(): string {
  const row = (values: Record<string, string>, checkIns: string[] = []) => [
    ...explorerHeader.slice(0, -1).map((column) => values[column] ?? ''),
    ...(checkIns.length ? checkIns : ['']),
  ];
  return toCsv([
    [...explorerHeader, '', ''],
    row({
      Id: '2295776',
      Title: 'Win the mid-market',
      Team: 'Sales; Marketing',
      Creator: 'Megan Bowen',
      Owner: 'Megan Bowen, Diego Siciliani',
      Period: 'Q2 2025',
      'Start Date': '2025-04-01',
      'End Date': '2025-06-30',
      'Object Type': 'Objective',
      'Goal Type': 'Committed Goal',
      'Created At': '2025-03-20 10:00:00 UTC',
      Description: 'Two lines,\n"quoted"',
    }),
    row({
      Id: '2295777',
      Title: 'Brand known',
      Team: 'Marketing',
      Period: 'Q2 2025',
      'Start Date': '2025-04-01',
      'End Date': '2025-06-30',
      'Object Type': 'Objective',
      'Goal Type': 'Aspirational Goal',
    }),
    row(
      {
        Id: '2295780',
        Title: 'Mid-market customers from 10 to 25',
        Team: 'Sales',
        Owner: 'Diego Siciliani',
        Period: 'Q2 2025',
        'Start Date': '2025-04-01',
        'End Date': '2025-06-30',
        'Aligned To (weight, Objective ID)':
          'Win the mid-market(weight: 14.29%, Id: 2295776), Brand known(weight: 85.71%, Id: 2295777)',
        'Metric Name': 'customers',
        Unit: 'Number',
        Target: '25',
        Start: '10',
        'Object Type': 'Key result',
      },
      [
        checkInCell(
          '2025-04-14 09:00:00',
          'Diego Siciliani',
          'First deals; pipeline "strong", more to come\nsecond line',
          '12',
        ),
        checkInCell('2025-05-12 09:00:00', 'Diego Siciliani', 'Status: fine; really', '18'),
        checkInCell('2025-06-09 09:00:00', 'Unknown Person', '', '21'),
      ],
    ),
    row({
      Id: '2295790',
      Title: 'Partner programme launched',
      Team: 'Sales',
      Period: 'Q2 2025',
      'Start Date': '2025-04-01',
      'End Date': '2025-05-31',
      'Aligned To (weight, Objective ID)':
        'Mid-market customers from 10 to 25(weight: 100%, Id: 2295780)',
      'Object Type': 'Deliverable',
      Status: 'On Track',
    }),
    row({
      Id: '2295791',
      Title: 'Bad target',
      Team: 'Sales',
      Period: 'Q2 2025',
      'Start Date': '2025-04-01',
      'End Date': '2025-06-30',
      'Aligned To (weight, Objective ID)': 'Win the mid-market(weight: 50%, Id: 2295776)',
      Unit: 'Number',
      Target: 'twenty',
      'Object Type': 'Key result',
    }),
  ]);
}
