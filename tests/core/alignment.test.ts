import {
  buildAlignmentTree,
  childrenByParent,
  matchedParts,
  parentLoop,
  searchAlignment,
  unalignedObjectives,
} from '../../src/core/alignment';
import { alignedBelow, alignedTo, parentsElsewhere } from '../../src/core/alignment-across-cycles';
import type { Team } from '../../src/core/model';
import { objective } from './fixtures';

const company = objective({ id: 'co', teamId: 'company' });
const sales = objective({ id: 's1', teamId: 'sales', parentId: 'co' });
const salesEmea = objective({ id: 's2', teamId: 'sales-emea', parentId: 's1' });
const product = objective({ id: 'p1', teamId: 'product', parentId: 'co' });

const teams: Team[] = [
  { id: 'company', name: 'Contoso' },
  { id: 'sales', name: 'Sales', parentTeamId: 'company' },
  { id: 'sales-emea', name: 'Sales EMEA', parentTeamId: 'sales' },
  { id: 'product', name: 'Product', parentTeamId: 'company' },
];

describe('buildAlignmentTree', () => {
  it('hangs objectives under their parents across teams', () => {
    const { roots, loops, stranded } = buildAlignmentTree([salesEmea, product, company, sales]);
    expect(loops).toEqual([]);
    expect(stranded).toEqual([]);
    expect(roots.map((node) => node.objective.id)).toEqual(['co']);
    const [root] = roots;
    expect(root!.children.map((node) => node.objective.id)).toEqual(['p1', 's1']);
    expect(root!.children[1]!.children.map((node) => node.objective.id)).toEqual(['s2']);
  });

  it('treats an objective whose parent is missing as a root', () => {
    const orphan = objective({ id: 'x', parentId: 'gone' });
    expect(buildAlignmentTree([company, orphan]).roots.map((node) => node.objective.id)).toEqual([
      'co',
      'x',
    ]);
  });

  it('reports objectives in a parent loop instead of dropping them', () => {
    const a = objective({ id: 'a', parentId: 'c' });
    const b = objective({ id: 'b', parentId: 'a' });
    const c = objective({ id: 'c', parentId: 'b' });
    const hangingOffLoop = objective({ id: 'd', parentId: 'a' });
    const { roots, loops, stranded } = buildAlignmentTree([company, a, b, c, hangingOffLoop]);
    expect(roots.map((node) => node.objective.id)).toEqual(['co']);
    expect(stranded.map((o) => o.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(loops).toHaveLength(1);
    expect([...loops[0]!].sort()).toEqual(['a', 'b', 'c']);
  });

  it('lists children by parent', () => {
    const children = childrenByParent([company, sales, product, salesEmea]);
    expect(children.get('co')?.map((o) => o.id)).toEqual(['s1', 'p1']);
    expect(children.get('p1')).toBeUndefined();
  });
});

describe('parentLoop', () => {
  const all = [company, sales, salesEmea, product];

  it('finds no loop in a chain that ends at a root', () => {
    expect(parentLoop('s2', all)).toBeUndefined();
  });

  it('finds the loop a proposed parent would create', () => {
    expect(parentLoop('co', all, 's2')).toEqual(['co', 's2', 's1']);
    expect(parentLoop('s1', all, 's1')).toEqual(['s1']);
    expect(parentLoop('p1', all, 's2')).toBeUndefined();
  });

  it('finds a loop further up the chain', () => {
    const looped = [
      objective({ id: 'a', parentId: 'b' }),
      objective({ id: 'b', parentId: 'c' }),
      objective({ id: 'c', parentId: 'b' }),
    ];
    expect(parentLoop('a', looped)).toEqual(['b', 'c']);
  });
});

describe('unalignedObjectives', () => {
  it('finds team objectives that align to nothing, not company ones', () => {
    const loose = objective({ id: 'p2', teamId: 'product' });
    const dangling = objective({ id: 'p3', teamId: 'product', parentId: 'deleted' });
    const unknownTeam = objective({ id: 'z', teamId: 'not-listed' });
    const found = unalignedObjectives([company, sales, loose, dangling, unknownTeam], teams);
    expect(found.map((o) => o.id)).toEqual(['p2', 'p3']);
  });
});

describe('searching the alignment tree', () => {
  const { roots } = buildAlignmentTree([company, sales, salesEmea, product]);
  const teamName = new Map(teams.map((team) => [team.id, team.name]));
  const search = (query: string) =>
    searchAlignment(roots, query, (objective) => [objective.title, teamName.get(objective.teamId)]);

  it('finds objectives by their words, case aside, in tree order, with the way down to each', () => {
    const { found, pathsTo } = search('  SALES ');
    expect(found).toEqual(['s1', 's2']);
    expect([...pathsTo].sort()).toEqual(['co', 's1']);
    expect(search('product')).toEqual({ found: ['p1'], pathsTo: new Set(['co']) });
  });

  it('finds nothing for an empty search or words no objective has', () => {
    expect(search('   ')).toEqual({ found: [], pathsTo: new Set() });
    expect(search('churn').found).toEqual([]);
  });

  it('marks each place a text holds the search, as it is written', () => {
    expect(matchedParts('Sales EMEA sales', 'sales')).toEqual([
      { text: 'Sales', match: true },
      { text: ' EMEA ', match: false },
      { text: 'sales', match: true },
    ]);
    expect(matchedParts('Contoso', 'x')).toEqual([{ text: 'Contoso', match: false }]);
    // Lower-cased, "İ" grows by a letter: the text is left whole rather than cut astray.
    expect(matchedParts('İstanbul sales', 'sales')).toEqual([
      { text: 'İstanbul sales', match: false },
    ]);
  });
});

describe('alignment across boards', () => {
  const year = objective({ id: 'fy', teamId: 'company' });
  const dach = objective({
    id: 'q1',
    teamId: 'sales',
    parentId: 'fy',
    alignments: [{ objectiveId: 'fy', weight: 0.3 }],
  });
  const region = objective({
    id: 'q2',
    teamId: 'platform',
    parentId: 'fy',
    alignments: [
      { objectiveId: 'fy', weight: 0.2 },
      { objectiveId: 'q1', weight: 0.8 },
    ],
  });
  const austria = objective({ id: 'q3', teamId: 'sales', parentId: 'q1' });
  const hiring = objective({ id: 'q4', teamId: 'platform' });

  it('names every objective one aligns to, once', () => {
    expect(alignedTo(region)).toEqual(['fy', 'q1']);
    expect(alignedTo(dach)).toEqual(['fy']);
    expect(alignedTo(hiring)).toEqual([]);
  });

  it('finds what a board’s objectives align to that it does not hold', () => {
    expect(parentsElsewhere([dach, region, hiring])).toEqual(['fy']);
    expect(parentsElsewhere([year, dach, region])).toEqual([]);
  });

  it('finds the objectives aligned below a board’s, directly or through one another', () => {
    expect(alignedBelow([year], [austria, hiring, dach, region]).map((o) => o.id)).toEqual([
      'q3',
      'q1',
      'q2',
    ]);
    expect(alignedBelow([year], [hiring])).toEqual([]);
  });
});
