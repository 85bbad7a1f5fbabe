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

        var age = CompletedYears(birthDate, reference);
        if (age >= TopCodedFrom)
        {
            return TopCoded;
        }

        // One string per band, made once: the pipeline asks for a band on every record.
        var low = age / width * width;
        ref var band = ref Bands[width, low];
        return band ??= string.Create(CultureInfo.InvariantCulture, $"{low}-{low + width - 1}");
    }

    private static readonly string TopCoded = string.Create(CultureInfo.InvariantCulture, $"{TopCodedFrom}+");

    private static readonly string?[,] Bands = new string?[21, TopCodedFrom];

    /// <summary>
    /// Whole years from <paramref name="birthDate"/> to <paramref name="reference"/> (not before it), as
    /// <see cref="Period.Between(LocalDate, LocalDate, PeriodUnits)"/> in years counts them (born on 29 February,
    /// a year is complete on 28 February), without a <see cref="Period"/> per call.
    /// </summary>
    internal static int CompletedYears(LocalDate birthDate, LocalDate reference)
    {
        var years = reference.Year - birthDate.Year;
        return birthDate.PlusYears(years) > reference ? years - 1 : years;
    }
}
