/**
 * Owner cells as other tools and mail clients write people: a name with the email beside it
 * (`Ana Silva <ana@contoso.com>`, `Ana Silva (ana@contoso.com)`, a `mailto:` link) is that name
 * and that email, so the directory finds the person by email; a cell naming several people keeps
 * the first as the owner and says who else it named.
 */
import { planSheet, problemsOf, utf8 } from './support/sheet-plan';

const owners = async (header: string, rows: readonly string[]) => {
  const plan = await planSheet('okrs.csv', utf8([header, ...rows].join('\n')));
  return {
    plan,
    owners: plan.keyResults.map((k) => [k.draft.owner?.displayName, k.draft.owner?.email]),
  };
};

describe('an owner cell holding a name and an email', () => {
  it('reads the name and the email of "Name <email>", "Name (email)" and "mailto:"', async () => {
    const { owners: read } = await owners('Objective,Key result,Owner,Quarter,Target', [
      'Grow,Angle brackets,Ana Silva <ana@contoso.com>,Q1 2026,10',
      'Grow,Quoted name,"""Bowen, Megan"" <megan@contoso.com>",Q1 2026,10',
      'Grow,Brackets,Ben Ode (ben@contoso.com),Q1 2026,10',
      'Grow,Link,mailto:carla@contoso.com,Q1 2026,10',
    ]);
    expect(read).toEqual([
      ['Ana Silva', 'ana@contoso.com'],
      ['Bowen, Megan', 'megan@contoso.com'],
      ['Ben Ode', 'ben@contoso.com'],
      ['carla@contoso.com', 'carla@contoso.com'],
    ]);
  });

  it('reads the email of "Name <email>" in an owner email column, and in a goal tree', async () => {
    const { owners: read } = await owners('Goal name,Parent goal,Owner email,Target,Period', [
      'Grow,,Ana Silva <ana@contoso.com>,,Q1 2026',
      'Win deals,Grow,"Ben Ode <ben@contoso.com>, Carla Diaz <carla@contoso.com>",10,Q1 2026',
    ]);
    expect(read).toEqual([['ben@contoso.com', 'ben@contoso.com']]);
  });
});

describe('an owner cell naming several people', () => {
  it('keeps the first as the owner and names the others in the dry run', async () => {
    const { plan, owners: read } = await owners('Objective,Key result,Owner,Quarter,Target', [
      'Grow,Win deals,Ana Silva; Ben Ode,Q1 2026,10',
    ]);
    expect(read).toEqual([['Ana Silva', undefined]]);
    expect(problemsOf(plan)).toContainEqual({
      row: 2,
      field: 'Owner',
      message:
        'It names 2 owners (Ana Silva, Ben Ode); the first, "Ana Silva", owns it, as each objective and key result has one owner. Name the others in its description or as owners of its key results.',
    });
  });

  it("says so of a goal tree's owner emails listed with commas", async () => {
    const { plan } = await owners('Goal name,Parent goal,Owner emails,Target,Period', [
      'Grow,,ana@contoso.com,,Q1 2026',
      'Win deals,Grow,"ben@contoso.com,carla@contoso.com",10,Q1 2026',
    ]);
    expect(problemsOf(plan)).toContainEqual(
      expect.objectContaining({
        row: 3,
        message: expect.stringMatching(/^It names 2 owners \(ben@contoso.com, carla@contoso.com\)/),
      }),
    );
  });
});

describe('an owner email that is not one', () => {
  it('finds the owner by name, and says so, in your own sheet and in a goal tree', async () => {
    const { plan, owners: read } = await owners(
      'Objective,Key result,Owner,Owner email,Quarter,Target',
      [
        'Grow,Cut off,Ana Silva,ana@,Q1 2026,10',
        'Grow,Written out,Ben Ode,ben at contoso.com,Q1 2026,10',
        'Grow,Alone,,carla@contoso,Q1 2026,10',
        'Grow,Fine,Dee Ray,dee@contoso.com,Q1 2026,10',
      ],
    );
    expect(read).toEqual([
      ['Ana Silva', undefined],
      ['Ben Ode', undefined],
      ['carla@contoso', undefined],
      ['Dee Ray', 'dee@contoso.com'],
    ]);
    expect(problemsOf(plan).filter((p) => p.field === 'Owner email')).toEqual([
      {
        row: 2,
        field: 'Owner email',
        message:
          '"ana@" is not an email address (accepted: ana@contoso.com, or a name with its email, Ana Silva <ana@contoso.com>): the owner is found in your directory by the name "Ana Silva".',
      },
      {
        row: 3,
        field: 'Owner email',
        message:
          '"ben at contoso.com" is not an email address (accepted: ana@contoso.com, or a name with its email, Ana Silva <ana@contoso.com>): the owner is found in your directory by the name "Ben Ode".',
      },
      {
        row: 4,
        field: 'Owner email',
        message:
          '"carla@contoso" is not an email address (accepted: ana@contoso.com, or a name with its email, Ana Silva <ana@contoso.com>): it is kept as the owner\'s name, and the directory is searched by that name.',
      },
    ]);

    const tree = await planSheet(
      'goals.csv',
      utf8(
        ['Goal,Parent goal,Owner,Owner email', 'Grow,,,', 'New customers,Grow,Ana Silva,ana@'].join(
          '\n',
        ),
      ),
    );
    expect(tree.keyResults.map((k) => k.draft.owner?.email)).toEqual([undefined]);
    expect(problemsOf(tree)).toContainEqual(
      expect.objectContaining({
        row: 3,
        field: 'Owner email',
        message: expect.stringMatching(/^"ana@" is not an email address/),
      }),
    );
  });
});
