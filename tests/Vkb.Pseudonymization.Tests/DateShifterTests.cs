using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Vkb.Pseudonymization.Tests;

/// <summary>P7 on the public <see cref="DateShifter"/>: one offset per subject, so order and spacing of a subject's dates survive.</summary>
public class DateShifterTests
{
    private static readonly PseudonymizationKey Key = TestKeys.Key();

    [Property(MaxTest = 500)]
    [Trait("Rule", "P7")]
    public Property Shift_AnyTwoDatesOfOneSubject_KeepsTheirDifference()
    {
        var input = from subject in Gen.Choose(0, int.MaxValue)
                    from a in Gen.Choose(0, 40_000)
                    from b in Gen.Choose(0, 40_000)
                    select (Subject: subject, A: new LocalDate(1950, 1, 1).PlusDays(a), B: new LocalDate(1950, 1, 1).PlusDays(b));
        var shifter = new DateShifter(Key);
        var pseudonymizer = new Pseudonymizer(Key);
        return Prop.ForAll(input.ToArbitrary(), x =>
        {
            var subject = pseudonymizer.Pseudonymize(PseudonymDomain.Customer, "2025-P1", x.Subject.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var shiftedA = shifter.Shift(x.A, subject);
            var shiftedB = shifter.Shift(x.B, subject);
            return (Period.DaysBetween(shiftedA, shiftedB) == Period.DaysBetween(x.A, x.B)).Label("spacing kept")
                .And((shiftedA != x.A).Label("the date moved"))
                .And((Period.DaysBetween(x.A, shiftedA) == shifter.OffsetDays(subject)).Label("by the subject's offset"));
        });
    }
}
