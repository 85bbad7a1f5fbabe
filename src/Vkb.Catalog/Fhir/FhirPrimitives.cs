using System.Globalization;
using System.Text.RegularExpressions;

namespace Vkb.Catalog;

/// <summary>The lexical rules of FHIR R4 primitive types this package checks.</summary>
internal static partial class FhirPrimitives
{
    public static bool IsDateTime(string text) => DateTimePattern().IsMatch(text);

    public static bool IsTime(string text) => TimePattern().IsMatch(text);

    public static bool TryParseDecimal(string text, out decimal value)
    {
        value = 0;
        return DecimalPattern().IsMatch(text) &&
            decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value);
    }

    // FHIR R4 regexes (datatypes.html), anchored.
    [GeneratedRegex(@"^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimePattern();

    [GeneratedRegex(@"^([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalPattern();
}
