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
/// removed, and protected blanks (no-break, narrow no-break and figure spaces) become spaces;</item>
/// <item>HTML tags of a closed list of element names ("&lt;td&gt;", "&lt;/span&gt;", "&lt;br/&gt;", "&lt;span class="name"&gt;"):
/// markup copied from a web page is no word of the note; a tag becomes a space, a tag of inline formatting is removed where
/// it can join nothing (<see cref="TryTag"/>).</item>
/// </list>
/// Decoding never lengthens the text, so it runs in place; it never makes a character in the placeholder range. Where the
/// caller tracks origins, each decoded character stands for the whole sequence it came from, and a removed character is
/// added to the character before it.
/// </summary>
internal static class EncodedText
{
    /// <summary>The Windows-1252 characters of the bytes 0x80–0x9F (the five bytes it leaves undefined read as their Latin-1 control characters).</summary>
    private const string Windows1252High = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    /// <summary>
    /// The invisible characters: soft hyphen, combining grapheme joiner, zero-width space, non-joiner and joiner, the direction
    /// marks, embeddings, overrides and isolates, word joiner and the invisible operators, variation selector 16, byte order mark.
    /// </summary>
    private const string Invisibles = "\u00AD\u034F\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\uFE0F\uFEFF";

    /// <summary>The protected blanks but the no-break space (a continuation character too): made spaces (<see cref="Blank"/>).</summary>
    private const string OtherBlanks = "\u2007\u202F";

    /// <summary>The characters UTF-8 continuation bytes (0x80–0xBF) read as in Windows-1252 or Latin-1.</summary>
    private static readonly string ContinuationChars = Windows1252High + Range('\u0080', '\u00BF');

    private static readonly SearchValues<char> Continuations = SearchValues.Create(ContinuationChars);

    /// <summary>Where decoding may start: '&amp;', '=', '&lt;', the continuation characters, the invisible characters and the protected blanks.</summary>
    private static readonly SearchValues<char> Markers = SearchValues.Create("&=<" + ContinuationChars + Invisibles + OtherBlanks);

    private static readonly SearchValues<char> InvisibleValues = SearchValues.Create(Invisibles);

    /// <summary>Decodes <paramref name="text"/> in place.</summary>
    /// <param name="text">The note.</param>
    /// <param name="origins">Empty, or for each character of <paramref name="text"/> the original span it stands for (kept in step).</param>
    /// <param name="changed">Whether anything was decoded, removed or made a space.</param>
    /// <returns>The decoded length.</returns>
    internal static int Decode(Span<char> text, Span<(int Start, int End, bool Replaced)> origins, out bool changed)
    {
        changed = false;
        if (NextMarker(text, 0) < 0)
        {
            return text.Length;
        }

        // Both are read from the note as it came, before any of it is rewritten.
        var qp = text.Contains('=') ? Classify(text) : QuotedPrintable.None;
        var evidence = HasUnambiguousMojibake(text);
        var tracking = !origins.IsEmpty;
        var pairedBefore = false;
        int encodedWordEnd = -1, escapeEnd = -1;
        Span<char> decoded = stackalloc char[MaxDecoded];
        int read = 0, write = 0;
        while (read < text.Length)
        {
            // A typographic sign after a character that leads no UTF-8 sequence ("„Termin“ – gut"), a '&' before no reference
            // and a '=' in a note without quoted-printable stay in the plain run: the common markers cost one search each.
            var at = read;
            while (true)
            {
                at = NextMarker(text, at);
                at = at < 0 ? text.Length : at;
                if (at == text.Length || !StaysPlain(text, at, read, qp))
                {
                    break;
                }

                at++;
            }

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
            var paired = false;
            var unit = Unit.Plain;
            if (read > plainFrom &&
                TryMojibake(text, read - 1, write > 1 ? text[write - 2] : '\0', write > 2 ? text[write - 3] : '\0', decoded, pairedBefore && read - 1 == plainFrom, evidence,
                    out consumed, out length, out paired))
            {
                // The lead character was copied as plain text: take it back.
                start = read - 1;
                write--;
            }
            else if (c == '&' && TryEntity(text, read, decoded, out consumed, out length))
            {
            }
            else if (c == '=' && TryEncodedWord(text, read, decoded, out consumed, out length))
            {
                unit = Unit.EncodedWord;
                if (plainFrom == encodedWordEnd && read > plainFrom && text[plainFrom..read].IndexOfAnyExcept(" \t\r\n") < 0 &&
                    length > 0 && char.IsLower(decoded[0]))
                {
                    // RFC 2047: the white space between two encoded words is no part of the text; dropped where the second
                    // continues a word (a lower-case letter), kept before a new word ("Frau" "Braun" stay two words).
                    if (tracking)
                    {
                        Attach(origins, write - (read - plainFrom), origins[read - 1].End);
                    }

                    write -= read - plainFrom;
                }
            }
            else if (c == '<' && TryTag(text, read, write > 0 ? text[write - 1] : '\0', decoded, out consumed, out length))
            {
            }
            else if (c == '=' && qp != QuotedPrintable.None &&
                     TryQuotedPrintable(text, read, qp, write > 0 ? text[write - 1] : '\0', escapeEnd == read, out consumed, out length, decoded, out var escape))
            {
                unit = escape ? Unit.Escape : Unit.Plain;
            }
            else
            {
                (consumed, length) = (1, 1);
                decoded[0] = c;
            }

            var after = start + consumed < text.Length ? text[start + consumed] : '\0';
            var written = 0;
            for (var i = 0; i < length; i++)
            {
                var d = decoded[i];
                if (InvisibleValues.Contains(d))
                {
                    // Removed inside a word (a letter before, a lower-case letter after: "Dö\u00ADbe\u00ADrei\u00ADner"), else a
                    // space: "Frau\u200BBraun" must not become one word the vocabulary takes for a compound.
                    var following = i + 1 < length ? decoded[i + 1] : after;
                    if (write + written > 0 && char.IsLetter(text[write + written - 1]) && char.IsLower(following))
                    {
                        continue;
                    }

                    d = ' ';
                }

                text[write + written] = Blank(d);
                if (tracking)
                {
                    origins[write + written] = (origins[start].Start, origins[start + consumed - 1].End, false);
                }

                written++;
            }

            if (written == 0 && tracking)
            {
                // Nothing stands for the sequence: the character before it does (a removal needs one).
                Attach(origins, write, origins[start + consumed - 1].End);
            }

            changed |= !(consumed == 1 && written == 1 && text[write] == c);
            pairedBefore = paired;
            encodedWordEnd = unit == Unit.EncodedWord ? start + consumed : -1;
            escapeEnd = unit == Unit.Escape ? start + consumed : -1;
            write += written;
            read = start + consumed;
        }

        return write;
    }

    /// <summary>Whether the marker at <paramref name="at"/> certainly starts nothing to decode (the plain run began at <paramref name="plainFrom"/>).</summary>
    private static bool StaysPlain(ReadOnlySpan<char> text, int at, int plainFrom, QuotedPrintable qp)
    {
        var c = text[at];
        return c switch
        {
            '&' => at + 1 == text.Length || !(char.IsAsciiLetter(text[at + 1]) || text[at + 1] == '#'),
            '=' => qp == QuotedPrintable.None && (at + 1 == text.Length || text[at + 1] != '?'),
            '<' => at + 1 == text.Length || !(char.IsAsciiLetter(text[at + 1]) || text[at + 1] == '/'),
            _ => Blank(c) == c && !InvisibleValues.Contains(c) && (at == plainFrom || text[at - 1] is < '\u00C2' or > '\u00F4'),
        };
    }

    private enum Unit
    {
        Plain,
        EncodedWord,
        Escape,
    }

    /// <summary>The written characters before <paramref name="end"/>'s sequence (the last one and those of the same origin) stand for the text up to <paramref name="end"/> too.</summary>
    private static void Attach(Span<(int Start, int End, bool Replaced)> origins, int written, int end)
    {
        if (written == 0)
        {
            return;
        }

        var last = origins[written - 1];
        for (var k = written - 1; k >= 0 && origins[k] == last; k--)
        {
            origins[k].End = end;
        }
    }

    /// <summary>
    /// A copy of <paramref name="text"/> decoded (a known name from the record's fields may be as garbled as the notes), or
    /// null when it has nothing to decode.
    /// </summary>
    internal static string? DecodedCopy(ReadOnlySpan<char> text)
    {
        if (NextMarker(text, 0) < 0)
        {
            return null;
        }

        var copy = text.ToArray();
        var length = Decode(copy, default, out var changed);
        return changed ? new string(copy, 0, length) : null;
    }

    /// <summary>The longest decoded unit: an encoded word's text.</summary>
    private const int MaxDecoded = 256;

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
        if (c < '\u0080')
        {
            return -1;
        }

        if (c <= '\u00FF')
        {
            return c;
        }

        var index = Windows1252High.IndexOf(c);
        return index < 0 ? -1 : 0x80 + index;
    }

    private static bool IsContinuation(int b) => b is >= 0x80 and <= 0xBF;

    /// <summary>
    /// Whether the note holds mojibake no ordinary text holds: a sequence led by 'Â' or 'Ã', one followed by a letter (inside
    /// a word: "WÃ„TZIG", "YÄ±lmaz"), or one of three or four bytes led by 'â', 'ï' or 'ð' (typographic signs, the byte order
    /// mark, emoji: "â€“"). Then a sequence at a word's end before a sign ("DÃ¶bereinerÃ©“") is taken too; without it a
    /// capital before a sign ("DÜNYÄ“", "ALÎ“") stays as written.
    /// </summary>
    private static bool HasUnambiguousMojibake(ReadOnlySpan<char> text)
    {
        Span<char> scratch = stackalloc char[2];
        for (var i = NextContinuation(text, 0); i > 0; i = NextContinuation(text, i + 1))
        {
            if (text[i - 1] is >= '\u00C2' and <= '\u00F4' && TryMojibake(text, i - 1, i > 1 ? text[i - 2] : '\0', i > 2 ? text[i - 3] : '\0', scratch, pairedBefore: true, evidence: false, out _, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first continuation character at or after <paramref name="from"/>, or -1.</summary>
    private static int NextContinuation(ReadOnlySpan<char> text, int from) => NextOf(text, from, AllAscii, Continuations);

    /// <summary>The first marker at or after <paramref name="from"/>, or -1.</summary>
    private static int NextMarker(ReadOnlySpan<char> text, int from) => NextOf(text, from, PlainAscii, Markers);

    /// <summary>
    /// The first character of <paramref name="wanted"/> at or after <paramref name="from"/>, or -1: the ASCII characters of
    /// <paramref name="skipped"/> (none of them wanted) are passed in one vectorised search, then the character found is looked
    /// up (a search over a set that mixes ASCII and other characters would go character by character).
    /// </summary>
    private static int NextOf(ReadOnlySpan<char> text, int from, SearchValues<char> skipped, SearchValues<char> wanted)
    {
        for (var i = from; i < text.Length; i++)
        {
            var next = text[i..].IndexOfAnyExcept(skipped);
            if (next < 0)
            {
                return -1;
            }

            i += next;
            if (wanted.Contains(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static readonly SearchValues<char> AllAscii = SearchValues.Create(Range('\0', '\u007F'));

    private static readonly SearchValues<char> PlainAscii = SearchValues.Create(Range('\0', '\u007F').Replace("&", string.Empty, StringComparison.Ordinal).Replace("=", string.Empty, StringComparison.Ordinal).Replace("<", string.Empty, StringComparison.Ordinal));

    /// <summary>
    /// Mojibake: the lead character at <paramref name="at"/> and its continuation characters, read as the UTF-8 bytes they
    /// were (see <see cref="SequenceAt"/>), when the sequence is unambiguous or the note holds an unambiguous one
    /// (<paramref name="evidence"/>). Unambiguous: led by 'Â' or 'Ã'; of three or four bytes led by 'â', 'ï' or 'ð'; followed
    /// by another sequence ("Ð˜Ð²Ð°Ð½"); or a lower-case letter between a lower-case letter (or a word's first capital) and a
    /// lower-case letter ("YÄ±lmaz", "wiÄ…zaÄ‡"; not "ATIFÄ…s", a capital's word), unless its
    /// second character is a no-break space or a soft hyphen (after a capital they are what they are: "MÄKELÄ\u00A0Aino",
    /// "MÄ\u00ADDCHEN"). A capital at a word's end before a sign ("DÜNYÄ“", "ALÎ“", "DÜNYÄ’s": that would be "Ē") is none of these. A letter of a script written without Latin
    /// letters between its own (Hebrew, Arabic, CJK, Hangul, kana, Devanagari, Thai: <paramref name="paired"/>) is taken only
    /// beside another one (<paramref name="pairedBefore"/>: the unit just before was one): alone, its bytes read as a common
    /// letter and signs ("Café“…", "Ø²", "3×\u00A04").
    /// </summary>
    private static bool TryMojibake(ReadOnlySpan<char> text, int at, char before, char beforeThat, Span<char> decoded, bool pairedBefore, bool evidence,
        out int consumed, out int length, out bool paired)
    {
        (consumed, length, paired) = (0, 0, false);
        var value = SequenceAt(text, at, out var count);
        if (value < 0)
        {
            return false;
        }

        var lead = ByteOf(text[at]);
        var after = at + count;
        var nextValue = after < text.Length ? SequenceAt(text, after, out _) : -1;
        var unambiguous = lead is 0xC2 or 0xC3 || (count > 2 && lead is 0xE2 or 0xEF or 0xF0) || nextValue >= 0 ||
                          (ByteOf(text[at + 1]) is not (0xA0 or 0xAD) && Rune.IsLower(new Rune(value)) && after < text.Length && char.IsLower(text[after]) &&
                           (char.IsLower(before) || (char.IsUpper(before) && !char.IsLetter(beforeThat))));
        if (!unambiguous && !evidence)
        {
            return false;
        }

        paired = IsPaired(value);
        if (paired && !pairedBefore && !(nextValue >= 0 && IsPaired(nextValue)))
        {
            return false;
        }

        consumed = count;
        length = new Rune(value).EncodeToUtf16(decoded);
        return true;
    }

    /// <summary>
    /// The character the lead character at <paramref name="at"/> and its continuation characters stand for, read as the
    /// UTF-8 bytes they were, if it is plausible (<see cref="IsPlausible"/>); else -1.
    /// </summary>
    private static int SequenceAt(ReadOnlySpan<char> text, int at, out int count)
    {
        var lead = ByteOf(text[at]);
        count = lead switch
        {
            >= 0xC2 and <= 0xDF => 2,
            >= 0xE0 and <= 0xEF => 3,
            >= 0xF0 and <= 0xF4 => 4,
            _ => 0,
        };
        if (count == 0 || at + count > text.Length)
        {
            return -1;
        }

        Span<byte> bytes = stackalloc byte[4];
        bytes[0] = (byte)lead;
        for (var i = 1; i < count; i++)
        {
            var b = ByteOf(text[at + i]);
            if (!IsContinuation(b))
            {
                return -1;
            }

            bytes[i] = (byte)b;
        }

        return Rune.DecodeFromUtf8(bytes[..count], out var rune, out var used) == OperationStatus.Done && used == count && IsPlausible(rune.Value)
            ? rune.Value
            : -1;
    }

    /// <summary>
    /// Whether a character is one that UTF-8 mojibake plausibly stood for: letters of the Latin, Greek, Cyrillic, Hebrew and
    /// Arabic alphabets customers write in, typographic signs, Latin-1's signs, CJK, Hangul, kana, Devanagari, Thai, emoji,
    /// and the invisible characters (removed after decoding). Left out are the blocks a real capital followed by a typographic
    /// sign decodes to (IPA, Armenian, Syriac, NKo, combining marks, rare Cyrillic), so "ESTIMÉ“" or "GRUß…" stay as written.
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
        >= 0x200B and <= 0x200F => true, // zero-width characters and direction marks (removed)
        >= 0x2010 and <= 0x2044 => true, // dashes, quotes, bullets, ellipsis, per mille; direction embeddings and overrides (removed)
        >= 0x2060 and <= 0x2064 => true, // word joiner, invisible operators (removed)
        >= 0x2066 and <= 0x2069 => true, // direction isolates (removed)
        0x20AC or 0x2116 or 0x2122 or 0xFEFF => true, // € № ™, byte order mark (removed)
        >= 0x3040 and <= 0x30FF => true, // kana
        >= 0x4E00 and <= 0x9FFF => true, // CJK
        >= 0xAC00 and <= 0xD7A3 => true, // Hangul
        >= 0x1F300 and <= 0x1FAFF => true, // emoji
        _ => false,
    };

    /// <summary>A letter of a script written without Latin letters between its own (see <see cref="TryMojibake"/>).</summary>
    private static bool IsPaired(int c) =>
        c is (>= 0x05D0 and <= 0x05EA) or (>= 0x0621 and <= 0x06CC) or (>= 0x0900 and <= 0x0E5B) or (>= 0x3040 and <= 0x30FF) or
            (>= 0x4E00 and <= 0x9FFF) or (>= 0xAC00 and <= 0xD7A3);

    /// <summary>HTML elements a tag of which breaks a line (a space for it).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LineTags = new HashSet<string>(
        ["br", "p", "div", "tr", "li", "ul", "ol", "dl", "dt", "dd", "table", "tbody", "thead", "tfoot", "caption", "h1", "h2", "h3", "h4", "h5",
         "h6", "hr", "pre", "blockquote", "section", "article", "header", "footer", "nav", "main", "aside", "figure", "figcaption", "form",
         "fieldset", "legend", "html", "head", "body", "title", "center", "address"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>HTML elements a tag of which parts cells or stands for a control or an image (a space for it).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CellTags = new HashSet<string>(
        ["td", "th", "col", "colgroup", "img", "input", "button", "select", "option", "textarea", "label", "iframe", "meta", "link"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>HTML elements of inline formatting (removed where they join no two words, else a space).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InlineTags = new HashSet<string>(
        ["a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "del", "dfn", "em", "font", "i", "ins", "kbd", "mark", "nobr", "q", "s", "samp",
         "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Attributes written without a value in HTML ("&lt;option selected&gt;"); any other needs "=value", so "&lt;a und b&gt;" is no tag.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BareAttributes = new HashSet<string>(
        ["selected", "checked", "disabled", "hidden", "nowrap", "readonly", "multiple", "required"], StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest tag read (its attributes included).</summary>
    private const int MaxTag = 400;

    /// <summary>
    /// An HTML tag at <paramref name="at"/>: '&lt;', an optional '/', an element name of <see cref="LineTags"/>,
    /// <see cref="CellTags"/> or <see cref="InlineTags"/> (any case), attributes on the same line (a name and "=" with a
    /// quoted or unquoted value, or a name of <see cref="BareAttributes"/>), an optional '/' and '&gt;'. It becomes a space (a
    /// line break would end a cue's reach), or, for inline formatting, nothing where it can join no two words ("Frau
    /// &lt;b&gt;Braun&lt;/b&gt;."); between a letter or digit and a letter, a digit or a character that may decode to one it is a
    /// space, so that no two words are joined into one the vocabulary takes for a compound ("Frau&lt;/span&gt;&lt;span&gt;Braun",
    /// "anna&lt;b&gt;schulz&lt;/b&gt;", "Frau&lt;span&gt;&amp;Ouml;zdemir"). Attribute values go with the tag: what a host would not
    /// show is no part of the note's text.
    /// </summary>
    private static bool TryTag(ReadOnlySpan<char> text, int at, char before, Span<char> decoded, out int consumed, out int length)
    {
        (consumed, length) = (0, 0);
        var rest = text[at..Math.Min(text.Length, at + MaxTag)];
        var i = 1;
        if (i < rest.Length && rest[i] == '/')
        {
            i++;
        }

        var nameStart = i;
        while (i < rest.Length && char.IsAsciiLetterOrDigit(rest[i]))
        {
            i++;
        }

        var name = rest[nameStart..i];
        var line = LineTags.Contains(name);
        var cell = !line && CellTags.Contains(name);
        if (name.IsEmpty || !(line || cell || InlineTags.Contains(name)))
        {
            return false;
        }

        while (true)
        {
            var blank = i;
            while (i < rest.Length && rest[i] is ' ' or '\t')
            {
                i++;
            }

            if (i < rest.Length && rest[i] == '/' && i + 1 < rest.Length && rest[i + 1] == '>')
            {
                i++;
            }

            if (i < rest.Length && rest[i] == '>')
            {
                i++;
                break;
            }

            // An attribute: after a blank, a name, then "=" and a value, or a bare one.
            var attributeStart = i;
            while (i < rest.Length && (char.IsAsciiLetterOrDigit(rest[i]) || rest[i] is '-' or '_' or ':' or '.'))
            {
                i++;
            }

            if (i == blank || i == attributeStart || !char.IsAsciiLetter(rest[attributeStart]))
            {
                return false;
            }

            var attribute = rest[attributeStart..i];
            if (i < rest.Length && rest[i] == '=')
            {
                i++;
                if (i < rest.Length && rest[i] is '"' or '\'')
                {
                    var close = rest[(i + 1)..].IndexOfAny(rest[i], '\n');
                    if (close < 0 || rest[i + 1 + close] == '\n')
                    {
                        return false;
                    }

                    i += close + 2;
                }
                else
                {
                    var valueStart = i;
                    while (i < rest.Length && !char.IsWhiteSpace(rest[i]) && rest[i] is not ('"' or '\'' or '=' or '<' or '>' or '`'))
                    {
                        i++;
                    }

                    if (i == valueStart)
                    {
                        return false;
                    }
                }
            }
            else if (!BareAttributes.Contains(attribute))
            {
                return false;
            }
        }

        consumed = i;
        var after = at + i < text.Length ? text[at + i] : '\0';
        // A space, not a line break, for a line's tag too: a line break ends the reach of a cue ("Kfz-Kennzeichen<br/>b xy 4711"
        // must keep its cue, as the tag did as punctuation). Inline formatting is removed only where it can join nothing: no letter or
        // digit before it, or none after it and nothing that may decode to one ('&', '=', '<', a character outside ASCII); "M<b>ü</b>ller"
        // stays parted, since "anna<b>schulz</b>" and "Frau<span>&Ouml;zdemir" are two words. At the text's start a space stands for
        // the tag too: a removal is added to the character before it, and there is none.
        if (line || cell || before == '\0' ||
            (char.IsLetterOrDigit(before) && (char.IsLetterOrDigit(after) || after is '&' or '=' or '<' || after > '\u007F')))
        {
            decoded[0] = ' ';
            length = 1;
        }

        return true;
    }

    /// <summary>
    /// An HTML character reference at <paramref name="at"/> ("&amp;uuml;", "&amp;#252;", "&amp;#xFC;"), also one encoded twice
    /// ("&amp;amp;uuml;"). The markup characters ('&lt;', '&gt;', '&amp;', '"', '\'') are left as references: no name holds
    /// them, and a host that shows notes as the case system stored them (escaped) must not get markup from the export.
    /// </summary>
    private static bool TryEntity(ReadOnlySpan<char> text, int at, Span<char> decoded, out int consumed, out int length)
    {
        (consumed, length) = (0, 0);
        if (!TryReference(text, at, out var end, out var value))
        {
            return false;
        }

        if (value == "&")
        {
            // "&amp;uuml;": an entity encoded twice.
            Span<char> again = stackalloc char[MaxReference];
            again[0] = '&';
            var tail = text[end..Math.Min(text.Length, end + MaxReference - 1)];
            tail.CopyTo(again[1..]);
            if (!TryReference(again[..(tail.Length + 1)], 0, out var inner, out value))
            {
                return false;
            }

            end += inner - 1;
        }

        if (value.AsSpan().ContainsAny(Markup))
        {
            return false;
        }

        consumed = end - at;
        value.CopyTo(decoded);
        length = value.Length;
        return true;
    }

    private static readonly SearchValues<char> Markup = SearchValues.Create("<>&\"'");

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
        var wellFormed = body[0] == '#'
            ? body.Length > 1 && (body[1] is 'x' or 'X' ? body.Length > 2 && !body[2..].ContainsAnyExcept(Hex) : !body[1..].ContainsAnyExceptInRange('0', '9'))
            : char.IsAsciiLetter(body[0]) && !body.ContainsAnyExcept(AlphaNumeric);
        if (!wellFormed)
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

    /// <summary>
    /// Whether decoded text may enter the note: no control character but tab and line breaks, no format character but the
    /// invisible ones (which are then removed), nothing in the placeholder range, no lone surrogate.
    /// </summary>
    private static bool Acceptable(ReadOnlySpan<char> value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if ((char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || c is >= TextScrubber.FirstPlaceholder and <= TextScrubber.LastPlaceholder ||
                (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format && !InvisibleValues.Contains(c)))
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

        /// <summary>A UTF-8 sequence of "=XX" bytes.</summary>
        Sequences = 1,

        /// <summary>The note declares quoted-printable: ASCII escapes and soft line breaks are decoded anywhere.</summary>
        Declared = 2,

        /// <summary>It declares a Windows-1252 or Latin-1 charset as well: single high bytes are letters of that charset.</summary>
        Windows1252 = 4,

        /// <summary>It declares ISO-8859-15 as well.</summary>
        Latin9 = 8,
    }

    private static QuotedPrintable Classify(ReadOnlySpan<char> text)
    {
        var result = QuotedPrintable.None;
        if (text.Contains("quoted-printable", StringComparison.OrdinalIgnoreCase))
        {
            result |= QuotedPrintable.Declared;
            var charset = text.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
            if (charset >= 0)
            {
                var value = text[(charset + 8)..].TrimStart('"');
                var endOfName = value.IndexOfAnyExcept(CharsetName);
                result |= CharsetOf(endOfName < 0 ? value : value[..endOfName]) switch
                {
                    Charset.Windows1252 => QuotedPrintable.Windows1252,
                    Charset.Latin9 => QuotedPrintable.Latin9,
                    _ => QuotedPrintable.None,
                };
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

    private static readonly SearchValues<char> CharsetName = SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_");

    private enum Charset
    {
        Unknown,
        Utf8,
        Windows1252,
        Latin9,
    }

    /// <summary>The charsets read: UTF-8 (and US-ASCII), Windows-1252 for ISO-8859-1 and Latin-1 too (as mail programs do), ISO-8859-15.</summary>
    private static Charset CharsetOf(ReadOnlySpan<char> name)
    {
        foreach (var (names, charset) in CharsetNames)
        {
            foreach (var known in names)
            {
                if (name.Equals(known, StringComparison.OrdinalIgnoreCase))
                {
                    return charset;
                }
            }
        }

        return Charset.Unknown;
    }

    private static readonly (string[] Names, Charset Charset)[] CharsetNames =
    [
        (["utf-8", "utf8", "us-ascii"], Charset.Utf8),
        (["iso-8859-1", "iso8859-1", "latin1", "l1", "windows-1252", "cp1252"], Charset.Windows1252),
        (["iso-8859-15", "iso8859-15", "latin9", "latin-9"], Charset.Latin9),
    ];

    /// <summary>A byte of a single-byte charset as its character (ISO-8859-15 differs from Latin-1 in eight places).</summary>
    private static char SingleByte(byte b, Charset charset) => charset switch
    {
        Charset.Latin9 => b switch
        {
            0xA4 => '€',
            0xA6 => 'Š',
            0xA8 => 'š',
            0xB4 => 'Ž',
            0xB8 => 'ž',
            0xBC => 'Œ',
            0xBD => 'œ',
            0xBE => 'Ÿ',
            _ => (char)b,
        },
        _ => b is >= 0x80 and <= 0x9F ? Windows1252High[b - 0x80] : (char)b,
    };

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

    /// <summary>
    /// One quoted-printable unit at <paramref name="at"/>: a UTF-8 character of "=XX" escapes; where the note declares
    /// quoted-printable, an ASCII escape (not of a markup character) or a letter of the declared single-byte charset; a soft
    /// line break where the note declares quoted-printable or the break stands next to an escape (<paramref name="afterEscape"/>,
    /// or one after it), after a character and not between a letter and a capital (that join would make "FrauBraun").
    /// </summary>
    private static bool TryQuotedPrintable(ReadOnlySpan<char> text, int at, QuotedPrintable qp, char before, bool afterEscape, out int consumed, out int length,
        Span<char> decoded, out bool escape)
    {
        (consumed, length, escape) = (0, 0, false);
        var rest = text[(at + 1)..];
        if (rest.StartsWith("\r\n", StringComparison.Ordinal) || rest.StartsWith("\n", StringComparison.Ordinal))
        {
            var breakLength = rest[0] == '\r' ? 3 : 2;
            var following = at + breakLength < text.Length ? text[at + breakLength] : '\0';
            Span<byte> probe = stackalloc byte[1];
            var nextIsEscape = EscapedBytes(text, at + breakLength, probe) > 0;
            if (before == '\0' || ((qp & QuotedPrintable.Declared) == 0 && !afterEscape && !nextIsEscape) ||
                (char.IsLetter(before) && char.IsUpper(following)))
            {
                return false;
            }

            consumed = breakLength;
            return true;
        }

        Span<byte> bytes = stackalloc byte[4];
        var count = EscapedBytes(text, at, bytes);
        if (count == 0)
        {
            return false;
        }

        escape = true;
        var need = Utf8Length(bytes[0]);
        if (need > 1 && need <= count && Rune.DecodeFromUtf8(bytes[..need], out var rune, out var used) == OperationStatus.Done && used == need)
        {
            Span<char> chars = stackalloc char[2];
            var written = rune.EncodeToUtf16(chars);
            if (Acceptable(chars[..written]))
            {
                consumed = 3 * need;
                length = written;
                chars[..written].CopyTo(decoded);
                return true;
            }
        }

        var charset = (qp & QuotedPrintable.Latin9) != 0 ? Charset.Latin9 : Charset.Windows1252;
        var single = (char)bytes[0];
        if (((qp & QuotedPrintable.Declared) != 0 && need == 1 && (single >= ' ' || single is '\t' or '\n' or '\r') && single != '\u007F' && !Markup.Contains(single)) ||
            ((qp & (QuotedPrintable.Windows1252 | QuotedPrintable.Latin9)) != 0 && bytes[0] >= 0x80 && char.IsLetter(single = SingleByte(bytes[0], charset)) &&
             single is not ('Þ' or 'þ' or 'Ð' or 'ð')))
        {
            consumed = 3;
            length = 1;
            decoded[0] = single;
            return true;
        }

        escape = false;
        return false;
    }

    /// <summary>A MIME encoded word at <paramref name="at"/> ("=?charset?Q?…?=" or "?B?", at most 200 characters of text).</summary>
    private static bool TryEncodedWord(ReadOnlySpan<char> text, int at, Span<char> decoded, out int consumed, out int length)
    {
        (consumed, length) = (0, 0);
        var rest = text[at..];
        if (!rest.StartsWith("=?", StringComparison.Ordinal))
        {
            return false;
        }

        var charsetEnd = rest[2..Math.Min(rest.Length, 2 + MaxCharsetName)].IndexOf('?') + 2;
        if (charsetEnd < 3 || charsetEnd + 3 > rest.Length || rest[charsetEnd + 2] != '?')
        {
            return false;
        }

        var charset = CharsetOf(rest[2..charsetEnd]);
        var encoding = rest[charsetEnd + 1];
        var payloadStart = charsetEnd + 3;
        var window = rest[payloadStart..Math.Min(rest.Length, payloadStart + MaxPayload + 2)];
        var close = window.IndexOf("?=", StringComparison.Ordinal);
        if (charset == Charset.Unknown || close < 0 || window[..close].ContainsAny(" \t\r\n"))
        {
            return false;
        }

        var payload = window[..close];
        Span<byte> bytes = stackalloc byte[MaxPayload];
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
        else if (encoding is not ('B' or 'b') || !Convert.TryFromBase64Chars(payload, bytes, out count))
        {
            return false;
        }

        if (charset == Charset.Utf8)
        {
            if (!Utf8.IsValid(bytes[..count]) || Encoding.UTF8.GetCharCount(bytes[..count]) > decoded.Length)
            {
                return false;
            }

            length = Encoding.UTF8.GetChars(bytes[..count], decoded);
        }
        else
        {
            for (var i = 0; i < count; i++)
            {
                decoded[i] = SingleByte(bytes[i], charset);
            }

            length = count;
        }

        if (!Acceptable(decoded[..length]))
        {
            length = 0;
            return false;
        }

        consumed = payloadStart + close + 2;
        return true;
    }

    private const int MaxCharsetName = 40;

    /// <summary>The longest encoded word's text read (RFC 2047 allows 75 characters for the whole word).</summary>
    private const int MaxPayload = 200;
}
