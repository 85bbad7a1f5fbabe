using FsCheck;
using FsCheck.Fluent;

namespace Vkb.Testing;

/// <summary>The kind of one step of a generated ledger history.</summary>
public enum CommandKind
{
    /// <summary>A line manager requests a grant.</summary>
    Request,

    /// <summary>Another request for the grantee and unit of an earlier grant, overlapping its period (one person, two grants).</summary>
    RequestAgain,

    /// <summary>A special approver approves an earlier request.</summary>
    Approve,

    /// <summary>A special approver rejects an earlier request.</summary>
    Reject,

    /// <summary>An earlier grant is revoked.</summary>
    Revoke,

    /// <summary>An earlier grant expires.</summary>
    Expire,

    /// <summary>An official is given a role (line manager or special approver).</summary>
    AssignRole,

    /// <summary>An official's role is revoked.</summary>
    RevokeRole,
}

/// <summary>
/// One step of a random ledger history; indices are resolved against the requests made so far.
/// <paramref name="Person"/> picks the grantee (0..3 staff, 4..5 officials, so an official can
/// be the grantee of a grant they might approve, and one person often holds overlapping grants), <paramref name="Actor"/> the official who
/// requests, decides, revokes or whose role changes, <paramref name="Role"/> 0 line manager, 1
/// special approver.
/// </summary>
public sealed record LedgerCommand(CommandKind Kind, int Unit, int Person, int Actor, int StartDay, int Length, int Target, int Offset, int Role, bool BreaksSeparation);

/// <summary>
/// A random history under either the built-in caps or scaled-down caps (same dates) that are hit
/// often, starting from a random roles table: <c>Roles[unit][official][role]</c>.
/// </summary>
public sealed record LedgerScenario(bool ScaledCaps, bool[][][] Roles, IReadOnlyList<LedgerCommand> Commands)
{
    /// <summary>A one-line description for FsCheck's counterexample report.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"scaled={ScaledCaps}, roles=[{string.Join("; ", Roles.Select((u, i) => $"{i}:" + string.Join(",", u.Select((o, j) => $"{j}{(o[0] ? "L" : "")}{(o[1] ? "S" : "")}"))))}]: "
        + string.Join(", ", Commands);
}

/// <summary>
/// FsCheck generators of grant operation sequences for model-based tests of a grant ledger: a
/// host's test interprets each <see cref="LedgerCommand"/> against its own service and a model.
/// </summary>
public static class LedgerCommandArbitraries
{
    /// <summary>Days from 2024-10-01; 0..300 spans the end of 202202014, the gap and the start of 202503002.</summary>
    public const int DayRange = 300;

    /// <summary>Officials (possible line managers and special approvers) per scenario.</summary>
    public const int Officials = 6;

    /// <summary>One step, weighted towards requests and approvals; one in ten breaks separation of duties.</summary>
    /// <returns>The generator.</returns>
    public static Gen<LedgerCommand> Command() =>
        from kind in Gen.Frequency(
            (5, Gen.Constant(CommandKind.Request)),
            (3, Gen.Constant(CommandKind.RequestAgain)),
            (8, Gen.Constant(CommandKind.Approve)),
            (1, Gen.Constant(CommandKind.Reject)),
            (2, Gen.Constant(CommandKind.Revoke)),
            (1, Gen.Constant(CommandKind.Expire)),
            (1, Gen.Constant(CommandKind.AssignRole)),
            (1, Gen.Constant(CommandKind.RevokeRole)))
        from unit in Gen.Choose(0, 2)
        from person in Gen.Choose(0, 5)
        from actor in Gen.Choose(0, Officials - 1)
        from start in Gen.Choose(0, DayRange / 15).Select(d => d * 15) // a coarse grid, so periods of one person overlap often
        from length in Gen.Choose(1, 70)
        from target in Gen.Choose(0, 1000)
        from offset in Gen.Choose(0, 40)
        from role in Gen.Choose(0, 1)
        from breaks in Gen.Frequency((1, Gen.Constant(true)), (9, Gen.Constant(false)))
        select new LedgerCommand(kind, unit, person, actor, start, length, target, offset, role, breaks);

    /// <summary>A roles table <c>[unit][official][role]</c> for 3 units and <see cref="Officials"/> officials, most roles held.</summary>
    /// <returns>The generator.</returns>
    public static Gen<bool[][][]> RolesTable() =>
        Gen.Frequency((3, Gen.Constant(true)), (2, Gen.Constant(false)))
            .ArrayOf(2).ArrayOf(Officials).ArrayOf(3);

    /// <summary>Histories of up to 80 steps, mostly under scaled-down caps.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<LedgerScenario> Scenario() =>
        (from scaled in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
         from roles in RolesTable()
         from count in Gen.Choose(0, 80)
         from commands in Command().ArrayOf(count)
         select new LedgerScenario(scaled, roles, commands)).ToArbitrary();
}
