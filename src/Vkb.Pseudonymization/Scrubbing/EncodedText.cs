using System.Buffers;
using System.Net;
using System.Text;
using System.Text.Unicode;

namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// Decodes the encoded leftovers copied text carries, before any detector reads it, so a name or a street written
/// "M&amp;uuml;ller", "MÃ¼ller" or "M=C3=BCller" is found as "Müller":
/// <list type="bullet">
/// <item>HTML character references (named, decimal and hexadecimal, also once double-encoded as "&amp;amp;uuml;");</item>
/// <item>UTF-8 read as Windows-1252 or Latin-1 ("mojibake"), where the decoded character is a letter or typographic sign of
/// a script customers write in (a capital followed by a quote, "ESTIMÉ“", is left alone: its two bytes would decode to an
/// IPA letter);</item>
/// <item>quoted-printable (RFC 2045): a UTF-8 sequence of "=XX" bytes anywhere; soft line breaks once the note shows such a
/// sequence or declares quoted-printable; single bytes and ASCII escapes ("=20", "=3D") only where the note declares
/// quoted-printable (and, for single high bytes, a Latin-1 or Windows-1252 charset), so "IBAN=DE…" or "GEBDAT=2001…" in an
/// ordinary note stay as written;</item>
/// <item>MIME encoded words (RFC 2047: "=?UTF-8?Q?…?=", "=?ISO-8859-1?B?…?="), the white space between two of them dropped;</item>
/// <item>invisible characters inside words (soft hyphen, zero-width space and joiners, word joiner, byte order mark) are
/// removed, and protected blanks (no-break, narrow no-break and figure spaces) become spaces.</item>
/// </list>
/// Decoding never lengthens the text, so it runs in place; it never makes a character in the placeholder range. Where the
/// caller tracks origins, each decoded character stands for the whole sequence it came from, and a removed character is
/// added to the character before it.
/// </summary>
internal static class EncodedText
{
    /// <summary>The Windows-1252 characters of the bytes 0x80–0x9F (the five bytes it leaves undefined read as their Latin-1 control characters).</summary>
    private const string Windows1252High = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    /// <summary>Where decoding may start: '&amp;', '=', every character a UTF-8 continuation byte reads as, the invisible characters and protected blanks.</summary>
    private static readonly SearchValues<char> Markers = SearchValues.Create(
        "&=" + Windows1252High + Range('\u0080', '\u00BF') + "\u2007\u200B\u200C\u200D\u202F\u2060\uFEFF");

    /// <summary>Decodes <paramref name="text"/> in place.</summary>
    /// <param name="text">The note.</param>
    /// <param name="origins">Empty, or for each character of <paramref name="text"/> the original span it stands for (kept in step).</param>
    /// <param name="changed">Whether anything was decoded, removed or made a space.</param>
    /// <returns>The decoded length.</returns>
    internal static int Decode(Span<char> text, Span<(int Start, int End, bool Replaced)> origins, out bool changed)
    {
        changed = false;
        var first = text.IndexOfAny(Markers);
        if (first < 0)
        {
            return text.Length;
        }

        var tracking = !origins.IsEmpty;
        var qp = QuotedPrintable.Unknown;
        var wideBefore = false;
        Span<char> decoded = stackalloc char[MaxDecoded];
        int read = 0, write = 0;
        while (read < text.Length)
        {
            var next = text[read..].IndexOfAny(Markers);
            var at = next < 0 ? text.Length : read + next;
            if (write < read)
            {
                text[read..at].CopyTo(text[write..]);
                if (tracking)
                {
                    origins[read..at].CopyTo(origins[write..]);
                }
            }

            write += at - read;
            var plainFrom = read;
            read = at;
            if (read == text.Length)
            {
                break;
            }

            var c = text[read];
            int consumed, length;
            var start = read;
            var wide = false;
            if (read > plainFrom && TryMojibake(text, read - 1, decoded, wideBefore && read - 1 == plainFrom, out consumed, out length, out wide))
            {
                // The lead character was copied as plain text: take it back.
                start = read - 1;
                write--;
            }
            else if (c == '&' && TryEntity(text, read, decoded, out consumed, out length))
            {
            }
            else if (c == '=' && TryEncodedWords(text, read, decoded, out consumed, out length))
            {
            }
            else if (c == '=' && QuotedPrintableOf(text, ref qp) != QuotedPrintable.None && TryQuotedPrintable(text, read, qp, decoded, out consumed, out length))
            {
            }
            else
            {
                (consumed, length) = (1, 1);
                decoded[0] = c;
            }

            var written = 0;
            for (var i = 0; i < length; i++)
            {
                if (IsInvisible(decoded[i]))
                {
                    continue;
                }

                text[write + written] = Blank(decoded[i]);
                if (tracking)
                {
                    origins[write + written] = (origins[start].Start, origins[start + consumed - 1].End, false);
                }

                written++;
            }

            if (written == 0 && tracking && write > 0)
            {
                // Nothing stands for the sequence: the character before it does.
                origins[write - 1].End = origins[start + consumed - 1].End;
            }

            changed |= consumed != 1 || written != 1 || Blank(c) != c;
            wideBefore = wide;
            write += written;
            read = start + consumed;
        }

        return write;
    }

    /// <summary>The longest decoded unit: an encoded word's text.</summary>
    private const int MaxDecoded = 256;

    private static bool IsInvisible(char c) => c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    private static char Blank(char c) => c is '\u00A0' or '\u2007' or '\u202F' ? ' ' : c;

    private static string Range(char from, char to)
    {
        var chars = new char[to - from + 1];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)(from + i);
        }

        return new string(chars);
    }

    /// <summary>The byte a character stands for when UTF-8 was read as Windows-1252 or Latin-1, or -1.</summary>
    private static int ByteOf(char c)
    {
        if (c is >= '\u0080' and <= '\u00FF')
        {
            return c;
        }

        var index = Windows1252High.IndexOf(c);
        return index < 0 ? -1 : 0x80 + index;
    }

    private static bool IsContinuation(int b) => b is >= 0x80 and <= 0xBF;

    /// <summary>
    /// Mojibake: the lead character at <paramref name="at"/> and its continuation characters, read as the UTF-8 bytes they
    /// were. A character of a wide script (CJK, Hangul, kana, Devanagari, Thai: <paramref name="wide"/>) reads as a common
    /// Latin letter and two typographic signs ("Café“…"), so it is taken only beside another one (<paramref name="wideBefore"/>
    /// says the unit just before was one).
    /// </summary>
    private static bool TryMojibake(ReadOnlySpan<char> text, int at, Span<char> decoded, bool wideBefore, out int consumed, out int length, out bool wide)
    {
        (consumed, length, wide) = (0, 0, false);
        var lead = ByteOf(text[at]);
        var count = lead switch
        {
            >= 0xC2 and <= 0xDF => 2,
            >= 0xE0 and <= 0xEF => 3,
            >= 0xF0 and <= 0xF4 => 4,
            _ => 0,
        };
        if (count == 0 || at + count > text.Length)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[4];
        bytes[0] = (byte)lead;
        for (var i = 1; i < count; i++)
        {
            var b = ByteOf(text[at + i]);
            if (!IsContinuation(b))
            {
                return false;
            }

            bytes[i] = (byte)b;
        }

        if (Rune.DecodeFromUtf8(bytes[..count], out var rune, out var used) != OperationStatus.Done || used != count || !IsPlausible(rune.Value))
        {
            return false;
        }

        wide = count == 3 && IsWide(rune.Value);
        if (wide && !wideBefore && !(at + 3 < text.Length && TryMojibake(text, at + 3, decoded, wideBefore: true, out _, out _, out var wideAfter) && wideAfter))
        {
            return false;
        }

        consumed = count;
        length = rune.EncodeToUtf16(decoded);
        return true;
    }

    /// <summary>
    /// Whether a character is one that UTF-8 mojibake plausibly stood for: letters of the Latin, Greek, Cyrillic, Hebrew and
    /// Arabic alphabets customers write in, typographic signs, Latin-1's signs, CJK, Hangul, kana, Devanagari, Thai, emoji.
    /// Left out are the blocks a real capital followed by a typographic sign decodes to (IPA, Armenian, Syriac, NKo,
    /// combining marks, rare Cyrillic), so "ESTIMÉ“" or "GRUß…" stay as written.
    /// </summary>
    internal static bool IsPlausible(int c) => c switch
    {
        >= 0x00A0 and <= 0x017F => true, // Latin-1 signs and letters, Latin Extended-A (Turkish, Polish, Czech, Baltic …)
        0x01A0 or 0x01A1 or 0x01AF or 0x01B0 => true, // Vietnamese Ơ ơ Ư ư
        >= 0x0218 and <= 0x021B => true, // Romanian ș ț
        >= 0x0386 and <= 0x03CE => true, // Greek
        0x0401 or 0x0451 or 0x0404 or 0x0454 or 0x0406 or 0x0456 or 0x0407 or 0x0457 or 0x040E or 0x045E or 0x0490 or 0x0491 => true, // Ё Є І Ї Ў Ґ
        >= 0x0410 and <= 0x044F => true, // Cyrillic А–я
        >= 0x05D0 and <= 0x05EA => true, // Hebrew letters
        >= 0x0621 and <= 0x064A => true, // Arabic letters
        0x067E or 0x0686 or 0x0698 or 0x06A9 or 0x06AF or 0x06CC => true, // Persian letters
        >= 0x0900 and <= 0x097F => true, // Devanagari
        >= 0x0E01 and <= 0x0E5B => true, // Thai
        >= 0x1E00 and <= 0x1EFF => true, // Latin Extended Additional (Vietnamese)
        >= 0x2010 and <= 0x2044 => true, // dashes, quotes, bullets, ellipsis, per mille
        0x20AC or 0x2116 or 0x2122 => true, // € № ™
        >= 0x3040 and <= 0x30FF => true, // kana
        >= 0x4E00 and <= 0x9FFF => true, // CJK
        >= 0xAC00 and <= 0xD7A3 => true, // Hangul
        >= 0x1F300 and <= 0x1FAFF => true, // emoji
        _ => false,
    };

    private static bool IsWide(int c) => c is (>= 0x0900 and <= 0x0E5B) or (>= 0x3040 and <= 0x30FF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xAC00 and <= 0xD7A3);

    /// <summary>An HTML character reference at <paramref name="at"/> ("&amp;uuml;", "&amp;#252;", "&amp;#xFC;"), also "&amp;amp;" followed by one.</summary>
    private static bool TryEntity(ReadOnlySpan<char> text, int at, Span<char> decoded, out int consumed, out int length)
    {
        (consumed, length) = (0, 0);
        if (!TryReference(text, at, out var end, out var value))
        {
            return false;
        }

        if (value == "&" && end < text.Length)
        {
            // "&amp;uuml;": an entity encoded twice.
            Span<char> again = stackalloc char[MaxReference];
            again[0] = '&';
            var tail = text[end..Math.Min(text.Length, end + MaxReference - 1)];
            tail.CopyTo(again[1..]);
            if (TryReference(again[..(tail.Length + 1)], 0, out var inner, out var twice))
            {
                (end, value) = (end + inner - 1, twice);
            }
        }

        consumed = end - at;
        value.CopyTo(decoded);
        length = value.Length;
        return true;
    }

    /// <summary>The longest character reference read (the longest HTML 4 name, with '&amp;' and ';').</summary>
    private const int MaxReference = 12;

    private static bool TryReference(ReadOnlySpan<char> text, int at, out int end, out string value)
    {
        (end, value) = (0, string.Empty);
        var window = text[at..Math.Min(text.Length, at + MaxReference)];
        var semicolon = window.IndexOf(';');
        if (window.Length < 3 || window[0] != '&' || semicolon < 3)
        {
            return false;
        }

        var body = window[1..semicolon];
        var numeric = body[0] == '#'
            ? body.Length > 1 && (body[1] is 'x' or 'X' ? body.Length > 2 && body[2..].ContainsAnyExcept(Hex) is false : !body[1..].ContainsAnyExceptInRange('0', '9'))
            : char.IsAsciiLetter(body[0]) && !body.ContainsAnyExcept(AlphaNumeric);
        if (!numeric)
        {
            return false;
        }

        var reference = window[..(semicolon + 1)].ToString();
        var result = WebUtility.HtmlDecode(reference);
        if (result.Length is 0 or > 2 || result == reference || !Acceptable(result))
        {
            return false;
        }

        (end, value) = (at + semicolon + 1, result);
        return true;
    }

    private static readonly SearchValues<char> Hex = SearchValues.Create("0123456789abcdefABCDEF");

    private static readonly SearchValues<char> AlphaNumeric = SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>Whether decoded text may enter the note: no control character but tab and line breaks, nothing in the placeholder range, no lone surrogate.</summary>
    private static bool Acceptable(ReadOnlySpan<char> value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if ((char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || c is >= TextScrubber.FirstPlaceholder and <= TextScrubber.LastPlaceholder)
            {
                return false;
            }

            if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])))
            {
                return false;
            }

            i += char.IsHighSurrogate(c) ? 1 : 0;
        }

        return true;
    }

    /// <summary>What a note shows of quoted-printable.</summary>
    [Flags]
    private enum QuotedPrintable
    {
        None = 0,

        /// <summary>A UTF-8 sequence of "=XX" bytes: soft line breaks are decoded too.</summary>
        Sequences = 1,

        /// <summary>The note declares quoted-printable: ASCII escapes are decoded too.</summary>
        Declared = 2,

        /// <summary>It declares a Latin-1 or Windows-1252 charset as well: single high bytes are letters of that charset.</summary>
        SingleByte = 4,

        /// <summary>Not looked at yet.</summary>
        Unknown = 8,
    }

    private static QuotedPrintable QuotedPrintableOf(ReadOnlySpan<char> text, ref QuotedPrintable known) =>
        known == QuotedPrintable.Unknown ? known = Classify(text) : known;

    private static QuotedPrintable Classify(ReadOnlySpan<char> text)
    {
        var result = QuotedPrintable.None;
        if (text.Contains("quoted-printable", StringComparison.OrdinalIgnoreCase))
        {
            result |= QuotedPrintable.Declared;
            if (text.Contains("iso-8859-1", StringComparison.OrdinalIgnoreCase) || text.Contains("iso-8859-15", StringComparison.OrdinalIgnoreCase) ||
                text.Contains("windows-1252", StringComparison.OrdinalIgnoreCase) || text.Contains("latin1", StringComparison.OrdinalIgnoreCase))
            {
                result |= QuotedPrintable.SingleByte;
            }
        }

        Span<byte> bytes = stackalloc byte[4];
        var at = text.IndexOf('=');
        while (at >= 0)
        {
            var count = EscapedBytes(text, at, bytes);
            var need = count >= 2 ? Utf8Length(bytes[0]) : 0;
            if (need > 1 && need <= count && Rune.DecodeFromUtf8(bytes[..need], out _, out var used) == OperationStatus.Done && used == need)
            {
                return result | QuotedPrintable.Sequences;
            }

            var next = text[(at + 1)..].IndexOf('=');
            at = next < 0 ? -1 : at + 1 + next;
        }

        return result;
    }

    private static int Utf8Length(byte lead) => lead switch
    {
        < 0x80 => 1,
        >= 0xC2 and <= 0xDF => 2,
        >= 0xE0 and <= 0xEF => 3,
        >= 0xF0 and <= 0xF4 => 4,
        _ => 0,
    };

    /// <summary>The bytes of the "=XX" escapes that follow one another from <paramref name="at"/> (at most as many as fit).</summary>
    private static int EscapedBytes(ReadOnlySpan<char> text, int at, Span<byte> bytes)
    {
        var count = 0;
        while (count < bytes.Length && at + 2 < text.Length && text[at] == '=' && char.IsAsciiHexDigit(text[at + 1]) && char.IsAsciiHexDigit(text[at + 2]))
        {
            bytes[count++] = (byte)((HexValue(text[at + 1]) << 4) | HexValue(text[at + 2]));
            at += 3;
        }

        return count;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    /// <summary>One quoted-printable unit at <paramref name="at"/>: a soft line break, a UTF-8 character, or (declared) an ASCII escape or a Latin-1 letter.</summary>
    private static bool TryQuotedPrintable(ReadOnlySpan<char> text, int at, QuotedPrintable qp, Span<char> decoded, out int consumed, out int length)
    {
        (consumed, length) = (0, 0);
        var rest = text[(at + 1)..];
        if (rest.StartsWith("\r\n", StringComparison.Ordinal) || rest.StartsWith("\n", StringComparison.Ordinal))
        {
            consumed = rest[0] == '\r' ? 3 : 2;
            return true;
        }

        Span<byte> bytes = stackalloc byte[4];
        var count = EscapedBytes(text, at, bytes);
        if (count == 0)
        {
            return false;
        }

        var need = Utf8Length(bytes[0]);
        if (need > 1 && need <= count && Rune.DecodeFromUtf8(bytes[..need], out var rune, out var used) == OperationStatus.Done && used == need &&
            Acceptable(rune.ToString()))
        {
            consumed = 3 * need;
            length = rune.EncodeToUtf16(decoded);
            return true;
        }

        var single = (char)bytes[0];
        if (((qp & QuotedPrintable.Declared) != 0 && need == 1 && (single >= ' ' || single is '\t' or '\n' or '\r') && single != '\u007F') ||
            ((qp & QuotedPrintable.SingleByte) != 0 && char.IsLetter(single = Windows1252(bytes[0])) && single is not ('Þ' or 'þ' or 'Ð' or 'ð')))
        {
            consumed = 3;
            length = 1;
            decoded[0] = single;
            return true;
        }

        return false;
    }

    private static char Windows1252(byte b) => b is >= 0x80 and <= 0x9F ? Windows1252High[b - 0x80] : (char)b;

    /// <summary>One or more MIME encoded words from <paramref name="at"/> ("=?charset?Q?…?=" or "?B?"), the white space between them dropped.</summary>
    private static bool TryEncodedWords(ReadOnlySpan<char> text, int at, Span<char> decoded, out int consumed, out int length)
    {
        (consumed, length) = (0, 0);
        var position = at;
        while (TryEncodedWord(text, position, decoded[length..], out var end, out var written))
        {
            length += written;
            consumed = end - at;
            position = end;
            var gap = text[end..].IndexOfAnyExcept(" \t\r\n");
            if (gap <= 0 || !text[(end + gap)..].StartsWith("=?", StringComparison.Ordinal))
            {
                break;
            }

            position = end + gap;
        }

        return consumed > 0;
    }

    private static bool TryEncodedWord(ReadOnlySpan<char> text, int at, Span<char> decoded, out int end, out int length)
    {
        (end, length) = (0, 0);
        var rest = text[at..];
        if (!rest.StartsWith("=?", StringComparison.Ordinal))
        {
            return false;
        }

        var charsetEnd = rest[2..].IndexOf('?') + 2;
        if (charsetEnd < 3 || charsetEnd + 3 > rest.Length || rest[charsetEnd + 2] != '?')
        {
            return false;
        }

        var charset = rest[2..charsetEnd];
        var encoding = rest[charsetEnd + 1];
        var payloadStart = charsetEnd + 3;
        var close = rest[payloadStart..].IndexOf("?=", StringComparison.Ordinal);
        if (close < 0 || close > 200 || rest[payloadStart..(payloadStart + close)].ContainsAny(" \t\r\n"))
        {
            return false;
        }

        var payload = rest.Slice(payloadStart, close);
        Span<byte> bytes = stackalloc byte[MaxDecoded];
        int count;
        if (encoding is 'Q' or 'q')
        {
            count = 0;
            for (var i = 0; i < payload.Length; i++)
            {
                if (payload[i] == '=' && i + 2 < payload.Length && char.IsAsciiHexDigit(payload[i + 1]) && char.IsAsciiHexDigit(payload[i + 2]))
                {
                    bytes[count++] = (byte)((HexValue(payload[i + 1]) << 4) | HexValue(payload[i + 2]));
                    i += 2;
                }
                else if (payload[i] < 0x80)
                {
                    bytes[count++] = (byte)(payload[i] == '_' ? ' ' : payload[i]);
                }
                else
                {
                    return false;
                }
            }
        }
        else if (encoding is 'B' or 'b')
        {
            if (!Convert.TryFromBase64Chars(payload, bytes, out count))
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        if (charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase) ||
            charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase))
        {
            if (!Utf8.IsValid(bytes[..count]) || Encoding.UTF8.GetCharCount(bytes[..count]) > decoded.Length)
            {
                return false;
            }

            length = Encoding.UTF8.GetChars(bytes[..count], decoded);
        }
        else if (charset.StartsWith("iso-8859-1", StringComparison.OrdinalIgnoreCase) || charset.Equals("windows-1252", StringComparison.OrdinalIgnoreCase) ||
                 charset.Equals("latin1", StringComparison.OrdinalIgnoreCase))
        {
            if (count > decoded.Length)
            {
                return false;
            }

            for (var i = 0; i < count; i++)
            {
                decoded[i] = Windows1252(bytes[i]);
            }

            length = count;
        }
        else
        {
            return false;
        }

        if (!Acceptable(decoded[..length]))
        {
            length = 0;
            return false;
        }

        end = at + payloadStart + close + 2;
        return true;
    }
}
