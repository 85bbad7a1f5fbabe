using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Vkb.Entitlements;

namespace Vkb.Entitlements.Tests.Mutation;

/// <summary>
/// Tests written against mutants Stryker.NET left alive in <c>GrantPhase</c> (E5; see
/// docs/mutation/stryker-2026-12-05-session3.md): the phase id and month checks, the dates a
/// phase covers, and equality.
/// </summary>
public class GrantPhaseKillTests
{
    private static readonly YearMonth April = new(2025, 4);
    private static readonly YearMonth June = new(2025, 6);

    [Theory]
    [InlineData("")]
    [InlineData("2025 Q2")]
    [InlineData("2025-Q2\u0007")]
    [InlineData("\t")]
    public void Create_MalformedId_RefusedNamingTheId(string id)
    {
        var ex = Should.Throw<ArgumentException>(() => GrantPhase.Create(id, April, June));
        ex.ParamName.ShouldBe("id");
        ex.Message.ShouldStartWith("A phase id is 1 to 64 printable characters without whitespace.");
    }

    [Fact]
    public void Create_IdOf1Or64Characters_Accepted_65Refused_NullRefused()
    {
        GrantPhase.Create("Q", April, June).Id.ShouldBe("Q");
        GrantPhase.Create(new string('q', 64), April, June).Id.Length.ShouldBe(64);
        Should.Throw<ArgumentException>(() => GrantPhase.Create(new string('q', 65), April, June)).ParamName.ShouldBe("id");
        Should.Throw<ArgumentNullException>(() => GrantPhase.Create(null!, April, June)).ParamName.ShouldBe("id");
    }

    [Fact]
    [Trait("Rule", "E5")]
    public void Create_OneMonth_CoversThatMonth_EndBeforeStart_RefusedWithItsReason()
    {
        var june = GrantPhase.Create("2025-06", June, June);
        june.Dates.ShouldBe(new DateInterval(new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30)));
        june.ToString().ShouldBe("2025-06 (2025-06..2025-06)");

        var ex = Should.Throw<ArgumentException>(() => GrantPhase.Create("p", June, April));
        ex.ParamName.ShouldBe("to");
        ex.Message.ShouldStartWith("A phase cannot end before it starts.");
    }

    [Property(MaxTest = 300)]
    [Trait("Rule", "E5")]
    public Property Covers_ExactlyPeriodsFromTheFirstDayOfItsFirstMonthToTheLastDayOfItsLast() =>
        Prop.ForAll(
            (from fromMonth in Gen.Choose(0, 36)
             from months in Gen.Choose(0, 12)
             from first in Gen.Choose(-40, 450)
             from length in Gen.Choose(0, 400)
             select (fromMonth, months, first, length)).ToArbitrary(),
            x =>
            {
                var from = new YearMonth(2024, 1).PlusMonths(x.fromMonth);
                var to = from.PlusMonths(x.months);
                var phase = GrantPhase.Create("p", from, to);
                var first = from.OnDayOfMonth(1).PlusDays(x.first);
                var last = first.PlusDays(x.length);
                var firstDay = from.OnDayOfMonth(1);
                var lastDay = to.PlusMonths(1).OnDayOfMonth(1).PlusDays(-1);
                phase.Covers(first, last).ShouldBe(first >= firstDay && last <= lastDay);
            });

    [Fact]
    public void Equality_EveryFieldTakesPart()
    {
        var phase = GrantPhase.Create("2025-Q2", April, June);
        var same = GrantPhase.Create("2025-Q2", April, June);
        (phase == same).ShouldBeTrue();
        (phase != same).ShouldBeFalse();
        phase.Equals((object)same).ShouldBeTrue();
        phase.GetHashCode().ShouldBe(same.GetHashCode());
        foreach (var other in new[] { GrantPhase.Create("2025-Q2b", April, June), GrantPhase.Create("2025-Q2", April.PlusMonths(1), June), GrantPhase.Create("2025-Q2", April, June.PlusMonths(1)) })
        {
            (phase == other).ShouldBeFalse();
            (phase != other).ShouldBeTrue();
            phase.Equals(other).ShouldBeFalse();
        }

        phase.Equals(null).ShouldBeFalse();
        (phase == null).ShouldBeFalse();
        (phase != null).ShouldBeTrue();
    }
}
