namespace Vkb.Pseudonymization;

/// <summary>
/// Crockford base32 (digits and upper-case letters without I, L, O, U) and the check character
/// used by <see cref="Pseudonym"/>: a Damm check over the quasigroup x * y = 2x + y in GF(32)
/// (polynomial x^5 + x^2 + 1). Because the quasigroup is totally anti-symmetric, the check detects
/// every single substitution and every transposition of two adjacent characters (including the
/// check character itself). See docs/pseudonym-spec.md.
/// </summary>
internal static class CrockfordBase32
{
    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private static readonly sbyte[] Decode = BuildDecode();

    /// <summary>Multiplies by x (= 2) in GF(32) modulo x^5 + x^2 + 1.</summary>
    public static int Times2(int value)
    {
        var shifted = value << 1;
        return (shifted & 0x20) != 0 ? (shifted ^ 0x25) & 0x1F : shifted;
    }

    /// <summary>The Damm quasigroup operation: interim * digit.</summary>
    public static int Operation(int interim, int digit) => Times2(interim) ^ digit;

    /// <summary>The symbol value of <paramref name="c"/>, or -1 if it is not a canonical symbol.</summary>
    public static int ValueOf(char c) => c < 128 ? Decode[c] : -1;

    /// <summary>The check symbol value that brings the interim of <paramref name="symbols"/> to zero.</summary>
    public static int CheckValue(ReadOnlySpan<char> symbols)
    {
        var interim = Interim(symbols);
        // interim * k = 0  <=>  2 * interim ^ k = 0  <=>  k = 2 * interim
        return Times2(interim);
    }

    /// <summary>The Damm interim value over <paramref name="symbols"/>, or -1 if a symbol is invalid.</summary>
    public static int Interim(ReadOnlySpan<char> symbols)
    {
        var interim = 0;
        foreach (var c in symbols)
        {
            var v = ValueOf(c);
            if (v < 0)
            {
                return -1;
            }

            interim = Operation(interim, v);
        }

        return interim;
    }

    /// <summary>
    /// Writes the first <paramref name="destination"/>.Length * 5 bits of <paramref name="bytes"/> as symbols and
    /// returns their check value (as <see cref="CheckValue"/> would), computed from the symbol values as they are
    /// made instead of decoded again from the text.
    /// </summary>
    /// <returns>The check symbol value.</returns>
    public static int EncodeBitsWithCheck(ReadOnlySpan<byte> bytes, Span<char> destination)
    {
        var bitBuffer = 0;
        var bitCount = 0;
        var byteIndex = 0;
        var interim = 0;
        for (var i = 0; i < destination.Length; i++)
        {
            if (bitCount < 5)
            {
                bitBuffer = (bitBuffer << 8) | bytes[byteIndex++];
                bitCount += 8;
            }

            bitCount -= 5;
            var value = (bitBuffer >> bitCount) & 0x1F;
            destination[i] = Alphabet[value];
            interim = Operation(interim, value);
        }

        return Times2(interim);
    }

    private static sbyte[] BuildDecode()
    {
        var table = new sbyte[128];
        Array.Fill(table, (sbyte)-1);
        for (var i = 0; i < Alphabet.Length; i++)
        {
            table[Alphabet[i]] = (sbyte)i;
        }

        return table;
    }
}
