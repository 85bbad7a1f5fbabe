using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Vkb.Pseudonymization.Tests;

/// <summary>Age bands (a birth date never leaves as a date, P2): whole years counted as NodaTime counts them, and the bands' texts.</summary>
public class AgeBandTests
{
    private static readonly LocalDate Epoch = new(1900, 1, 1);

    [Property(MaxTest = 3000)]
    [Trait("Rule", "P2")]
    public Property CompletedYears_EqualPeriodBetweenInYears()
    {
        // Days from 1900 to 2100, with the 29 Februaries and month ends drawn often.
        var dates = Gen.OneOf(
            Gen.Choose(0, 73_000).Select(d => Epoch.PlusDays(d)),
            Gen.Choose(1900, 2100).Where(DateTime.IsLeapYear).Select(y => new LocalDate(y, 2, 29)),
            Gen.Choose(1900, 2100).SelectMany(y => Gen.Elements(new LocalDate(y, 2, 28), new LocalDate(y, 3, 1), new LocalDate(y, 12, 31))));
        var pairs = (from a in dates from b in dates select a <= b ? (Birth: a, Reference: b) : (Birth: b, Reference: a)).ToArbitrary();
        return Prop.ForAll(pairs, p => AgeBand.CompletedYears(p.Birth, p.Reference) == Period.Between(p.Birth, p.Reference, PeriodUnits.Years).Years);
    }

    [Theory]
    [Trait("Rule", "P2")]
    [InlineData("1984-07-12", "2025-04-01", 5, "40-44")]
    [InlineData("1984-07-12", "2025-04-01", 10, "40-49")]
    [InlineData("1984-04-01", "2025-04-01", 1, "41-41")]
    [InlineData("2000-02-29", "2021-02-28", 1, "21-21")]
    [InlineData("2000-02-29", "2021-02-27", 1, "20-20")]
    [InlineData("1940-01-01", "2025-04-01", 5, "80+")]
    [InlineData("2025-04-02", "2025-04-01", 5, "unknown")]
    public void Of_GivesTheBand(string birth, string reference, int width, string band) =>
        AgeBand.Of(NodaTime.Text.LocalDatePattern.Iso.Parse(birth).Value, NodaTime.Text.LocalDatePattern.Iso.Parse(reference).Value, width).ShouldBe(band);

    [Fact]
    public void Of_WidthOutsideOneToTwenty_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => AgeBand.Of(new LocalDate(1990, 1, 1), new LocalDate(2025, 1, 1), 0));
        Should.Throw<ArgumentOutOfRangeException>(() => AgeBand.Of(new LocalDate(1990, 1, 1), new LocalDate(2025, 1, 1), 21));
    }
}
