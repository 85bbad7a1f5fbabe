using FsCheck;
using FsCheck.Fluent;

namespace Vkb.Entitlements.Tests.Arbitraries;

public enum CommandKind
{
    Request,
    Approve,
    Reject,
    Revoke,
    Expire,
}

/// <summary>One step of a random ledger history; indices are resolved against the requests made so far.</summary>
public sealed record LedgerCommand(CommandKind Kind, int Unit, int Person, int StartDay, int Length, int Target, int Offset, bool BreaksSeparation);

/// <summary>A random history under either the built-in caps or scaled-down caps (same dates) that are hit often.</summary>
public sealed record LedgerScenario(bool ScaledCaps, IReadOnlyList<LedgerCommand> Commands)
{
    public override string ToString() => $"scaled={ScaledCaps}: " + string.Join(", ", Commands);
}

public static class LedgerCommandArbitraries
{
    /// <summary>Days from 2024-10-01; 0..300 spans the end of 202202014, the gap and the start of 202503002.</summary>
    public const int DayRange = 300;

    public static Gen<LedgerCommand> Command() =>
        from kind in Gen.Frequency(
            (5, Gen.Constant(CommandKind.Request)),
            (5, Gen.Constant(CommandKind.Approve)),
            (1, Gen.Constant(CommandKind.Reject)),
            (2, Gen.Constant(CommandKind.Revoke)),
            (1, Gen.Constant(CommandKind.Expire)))
        from unit in Gen.Choose(0, 2)
        from person in Gen.Choose(0, 24)
        from start in Gen.Choose(0, DayRange)
        from length in Gen.Choose(1, 70)
        from target in Gen.Choose(0, 1000)
        from offset in Gen.Choose(0, 40)
        from breaks in Gen.Frequency((1, Gen.Constant(true)), (19, Gen.Constant(false)))
        select new LedgerCommand(kind, unit, person, start, length, target, offset, breaks);

    public static Arbitrary<LedgerScenario> Scenario() =>
        (from scaled in Gen.Elements(true, false)
         from commands in Gen.ArrayOf(Command())
         select new LedgerScenario(scaled, commands)).ToArbitrary();
}
