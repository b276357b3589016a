import { coachObjective, coachSet } from '../../../src/core/coaching';
import { defaultOperatingModel as model } from '../../../src/core/operating-model';
import { keyResult, objective, teams } from './builders';

const support = objective({ id: 'o-support', parentId: 'o-company' });
const company = objective({
  id: 'o-company',
  teamId: 't-company',
  title: 'Become the most trusted helpdesk in Europe',
});
const three = [
  keyResult({ id: 'k1', title: 'Raise CSAT from 82% to 95%' }),
  keyResult({ id: 'k2', title: 'Cut first response time from 4 hours to 1 hour' }),
  keyResult({ id: 'k3', title: 'Grow self-service resolution from 20% to 45%' }),
];
const rulesOf = (findings: { rule: string; severity: string; target: { id?: string } }[]) =>
  findings.map((finding) => `${finding.severity}:${finding.rule}:${finding.target.id}`);

describe('set rules', () => {
  it('a well-formed set is quiet', () => {
    expect(
      coachSet(
        {
          objectives: [company, support],
          keyResults: [
            ...three,
            ...three.map((kr) => ({ ...kr, id: `c-${kr.id}`, objectiveId: 'o-company' })),
          ],
          teams,
        },
        { model },
      ),
    ).toEqual([]);
  });

  it('set.key-result-count: outside the model’s limits, and a reminder with none yet', () => {
    const findings = coachSet(
      { objectives: [support, company], keyResults: three.slice(0, 1) },
      { model },
    );
    expect(rulesOf(findings)).toEqual([
      'warning:set.key-result-count:o-support',
      'info:set.key-result-count:o-company',
    ]);
    expect(findings[0]!.message).toBe(
      'This objective has 1 key result; the operating model asks for 3 to 5.',
    );
    const metrics = [
      'CSAT',
      'first response time',
      'self-service share',
      'reopened tickets',
      'backlog age',
      'agent eNPS',
    ];
    const six = metrics.map((metric, index) =>
      keyResult({ id: `k${index}`, title: `Improve ${metric} by 10%` }),
    );
    expect(rulesOf(coachSet({ objectives: [support], keyResults: six }, { model }))).toEqual([
      'warning:set.key-result-count:o-support',
    ]);
  });

  it('set.objective-count: more objectives than the team may have', () => {
    const many = Array.from({ length: 6 }, (_, index) =>
      objective({ id: `o${index}`, title: `Objective ${index}` }),
    );
    const findings = coachSet({ objectives: many, keyResults: [], teams }, { model }).filter(
      (finding) => finding.rule === 'set.objective-count',
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.target).toEqual({ kind: 'team', id: 't-support', text: 'Support' });
    const fewer = { ...model, limits: { ...model.limits, objectivesPerTeam: { max: 6 } } };
    expect(
      coachSet({ objectives: many, keyResults: [], teams }, { model: fewer }).some(
        (f) => f.rule === 'set.objective-count',
      ),
    ).toBe(false);
  });

  it('set.alignment: a team objective aligned to nothing while the parent team has objectives', () => {
    const loose = objective({ id: 'o-loose', title: 'Make every agent a product expert' });
    const krs = three.map((kr) => ({ ...kr, id: `l-${kr.id}`, objectiveId: 'o-loose' }));
    const withParent = coachSet(
      { objectives: [company, loose], keyResults: krs, teams },
      { model },
    );
    expect(withParent.filter((f) => f.rule === 'set.alignment').map((f) => f.target.id)).toEqual([
      'o-loose',
    ]);
    const parentless = coachSet({ objectives: [loose], keyResults: krs, teams }, { model });
    expect(parentless.some((f) => f.rule === 'set.alignment')).toBe(false);
    const noTeams = coachSet({ objectives: [company, loose], keyResults: krs }, { model });
    expect(noTeams.some((f) => f.rule === 'set.alignment')).toBe(false);
  });

  it('set.duplicate-key-results: two key results measuring the same thing', () => {
    const krs = [...three, keyResult({ id: 'k4', title: 'Increase CSAT to 97%' })];
    const duplicates = coachSet({ objectives: [support], keyResults: krs }, { model }).filter(
      (finding) => finding.rule === 'set.duplicate-key-results',
    );
    expect(duplicates.map((finding) => finding.target.id)).toEqual(['k4']);
    expect(duplicates[0]!.message).toContain(
      '“Raise CSAT from 82% to 95%” and “Increase CSAT to 97%”',
    );
  });

  it('coachObjective combines wording, key-result count and alignment for one objective', () => {
    const task = objective({ id: 'o-task', title: 'Launch the new help centre' });
    const findings = coachObjective(task, [], { model, teams, objectives: [company] });
    expect(findings.map((finding) => finding.rule)).toEqual([
      'objective.task',
      'set.alignment',
      'set.key-result-count',
    ]);
  });
});
