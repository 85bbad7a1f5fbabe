using System.Globalization;

namespace Vkb.Pseudonymization.Pipeline;

/// <summary>
/// The order of the records in an export: by the subject's pseudonym, not the extract's order. An extract is sorted
/// or grouped by team, team lead or case worker (each team lead's ten reviewed cases one after the other); written in
/// that order, consecutive records would stand for an employee even with every staff field dropped (P2, R1). A
/// pseudonym is keyed, so its order tells nothing about the extract's; a customer's records of several months stand
/// together. A record without a subject is placed by a keyed pseudonym of its line number.
/// </summary>
internal static class ExportOrder
{
    /// <summary>The domain of the line-number pseudonyms that place records without a subject (never written out).</summary>
    private static readonly PseudonymDomain Lines = PseudonymDomain.Create("export-order", "XO");

    /// <summary>The first 12 symbols of the pseudonym's body (60 bits), in the order of the pseudonym's text.</summary>
    public static ulong Of(Pseudonym subject)
    {
        var body = subject.Value.AsSpan(subject.Prefix.Length + 1);
        var key = 0UL;
        for (var i = 0; i < 12; i++)
        {
            key = (key << 5) | (uint)CrockfordBase32.ValueOf(body[i]);
        }

        return key;
    }

    /// <summary>The place of a record without a subject: a keyed pseudonym of its line number in this phase.</summary>
    public static ulong Of(Pseudonymizer pseudonymizer, string phase, long lineNumber)
    {
        Span<char> digits = stackalloc char[20];
        lineNumber.TryFormat(digits, out var written, provider: CultureInfo.InvariantCulture);
        return Of(pseudonymizer.Pseudonymize(Lines, phase, digits[..written]));
    }
}
