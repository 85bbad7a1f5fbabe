using System.Globalization;
using NodaTime;

namespace Vkb.Pseudonymization;

/// <summary>Generalises a birth date to an age band such as <c>35-39</c> (birth dates are never shifted, only banded).</summary>
public static class AgeBand
{
    /// <summary>The oldest band is top-coded, e.g. <c>80+</c> with width 5, so rare old ages do not single anyone out.</summary>
    public const int TopCodedFrom = 80;

    /// <summary>The age band of a person born on <paramref name="birthDate"/>, on <paramref name="reference"/>.</summary>
    /// <param name="birthDate">The birth date.</param>
    /// <param name="reference">The reference date (first day of the review month in the pipeline).</param>
    /// <param name="width">The band width in years (1–20).</param>
    /// <returns>The band, e.g. <c>35-39</c> or <c>80+</c>; <c>unknown</c> if the birth date lies after the reference.</returns>
    public static string Of(LocalDate birthDate, LocalDate reference, int width = 5)
    {
        Preconditions.CheckArgumentRange(width, 1, 20);
        if (birthDate > reference)
        {
            return "unknown";
        }

        var age = Period.Between(birthDate, reference, PeriodUnits.Years).Years;
        if (age >= TopCodedFrom)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{TopCodedFrom}+");
        }

        var low = age / width * width;
        return string.Create(CultureInfo.InvariantCulture, $"{low}-{low + width - 1}");
    }
}
