using System.Net;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Vkb.Pseudonymization.Policies;
using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The decoding step before the detectors (<see cref="EncodedText"/>): text copied from web pages, mail sources and
/// programs that read UTF-8 as Windows-1252 carries names the detectors would not see ("M&amp;uuml;ller", "MÃ¼ller",
/// "M=C3=BCller"). The properties encode random text the way those programs do and ask for it back; the facts pin the
/// ordinary text that must stay as written (a capital before a typographic quote, a spreadsheet formula, "IBAN=DE…").
/// </summary>
public class EncodedTextTests
{
    private static readonly Pseudonymizer Pseudonymizer = new(TestKeys.Key());
    private static readonly TextScrubber Vocabulary = new();
    private static readonly TextScrubber Detectors = new(null, ScrubMode.Detectors);

    private static ScrubContext Context()
    {
        var context = new ScrubContext(Pseudonymizer, "P1", -21, new LocalDate(1984, 7, 12), new LocalDate(2025, 4, 1));
        context.AddKnownName("Jürgen Döbereiner", NameRole.Customer);
        context.AddKnownName("Şükrü Yılmaz", NameRole.CaseWorker);
        return context;
    }

    private static string Decode(string text)
    {
        var chars = text.ToCharArray();
        var length = EncodedText.Decode(chars, default, out _);
        return new string(chars, 0, length);
    }

    /// <summary>What a program that reads UTF-8 as Windows-1252 shows (the five bytes Windows-1252 leaves undefined as Latin-1 controls).</summary>
    internal static string Mojibake(string text)
    {
        const string high = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
        return new string([.. Encoding.UTF8.GetBytes(text).Select(b => b is >= 0x80 and <= 0x9F ? high[b - 0x80] : (char)b)]);
    }

    /// <summary>Quoted-printable as a mail program writes it: every byte outside printable ASCII, and '=', as "=XX".</summary>
    internal static string QuotedPrintable(string text) =>
        string.Concat(Encoding.UTF8.GetBytes(text).Select(b => b is >= 0x21 and <= 0x7E and not (byte)'=' || b == ' ' ? ((char)b).ToString() : $"={b:X2}"));

    /// <summary>Characters of the names and words customers write (German, Turkish, Polish, Czech, Romanian, French, Vietnamese, Greek, Cyrillic, Arabic, Hebrew, emoji; CJK, Hangul and kana as names of two or three characters) and the typographic signs of notes.</summary>
    private static readonly string[] Pieces =
    [
        "a", "e", "n", "r", "M", "S", "K", " ", ".", ",", "-", "1", "7", "ä", "ö", "ü", "Ä", "Ö", "Ü", "ß", "é", "è", "ç", "ñ", "ó", "ø", "å",
        "ş", "ğ", "ı", "İ", "Ş", "ł", "ż", "ś", "ą", "ę", "Ł", "č", "ř", "ž", "Ž", "ș", "ț", "ă", "ế", "ơ", "Ω", "λ", "Д", "ж", "ї", "Ґ", "ё",
        "של", "מה", "محمد", "پری", "王伟", "김민준", "さくら", "„", "“", "”", "‚", "‘", "’", "–", "—", "…", "€", "™", "·", "°", "§", "«", "»", "😀",
    ];

    private static Arbitrary<string> Texts() =>
        Gen.ArrayOf(Gen.Elements(Pieces)).Select(p => string.Concat(p)).ToArbitrary();

    /// <summary>Texts that hold a German word with an umlaut inside: garbled, it is unambiguous mojibake, so every sequence of the note is read as such.</summary>
    private static Arbitrary<string> TextsWithAnUmlautInside() =>
        Gen.ArrayOf(Gen.Elements(Pieces)).Select(p => "Müller " + string.Concat(p)).ToArbitrary();

    [Fact]
    [Trait("Rule", "P2")]
    public void Decode_MojibakeOfAnyText_IsThatText() =>
        Prop.ForAll(TextsWithAnUmlautInside(), text => Decode(Mojibake(text)) == text)
            .QuickCheckThrowOnFailure();

    [Fact]
    [Trait("Rule", "P2")]
    public void Decode_DeclaredQuotedPrintableOfAnyText_IsThatText() =>
        Prop.ForAll(Texts(), text =>
                Decode("Content-Transfer-Encoding: quoted-printable\n" + QuotedPrintable(text)) == "Content-Transfer-Encoding: quoted-printable\n" + text)
            .QuickCheckThrowOnFailure();

    [Fact]
    [Trait("Rule", "P2")]
    public void Decode_HtmlEncodedText_IsThatText() =>
        Prop.ForAll(Texts(), text => Decode(WebUtility.HtmlEncode(text)) == text)
            .QuickCheckThrowOnFailure();

    [Fact]
    [Trait("Rule", "P2")]
    public void Decode_EveryCharacterAsADecimalAndAHexadecimalReference_IsThatCharacter() =>
        Prop.ForAll(Texts(), text =>
            {
                var decimalForm = string.Concat(text.EnumerateRunes().Select(r => $"&#{r.Value};"));
                var hexForm = string.Concat(text.EnumerateRunes().Select(r => $"&#x{r.Value:X};"));
                return Decode(decimalForm) == text && Decode(hexForm) == text;
            })
            .QuickCheckThrowOnFailure();

    /// <summary>
    /// Text that shows no encoding stays exactly as written: words (each followed by a suffix, signs and a space) ending in a letter that can lead a UTF-8 sequence
    /// (ß, É, é, à, Ä, Î, Á, Ø, ×), capitals and typographic signs, in any order. (Not drawn: "Â" or "Ã" right before a
    /// sign, which is mojibake in every note but a Portuguese or French word in capitals ending in it, "IRMÃ–"; and a lone
    /// accented letter twice in a row with two signs after each, "é“…é™…", which decodes as two CJK characters; a lower-case
    /// letter after a word's last letter and two signs, "Nová»™s", which decodes as the Vietnamese "ộ" inside a word.)
    /// </summary>
    [Fact]
    [Trait("Rule", "P2")]
    public void Decode_GermanTextWithTypographicSigns_StaysAsWritten()
    {
        var words = Gen.Elements("GRUß", "Gruß", "ESTIMÉ", "MÜLLER", "Öl", "Ärger", "Straße", "Café", "André", "ähnlich", "à", "DÜNYÄ", "ALÎ", "ATIFÄ", "NOVÁ", "Nová", "KØ", "3×", "Ø");
        var signs = Gen.ArrayOf(Gen.Elements("„", "“", "”", "‘", "’", "–", "—", "…", "«", "»", "°", "§", "·", "²", "€", "™", ".", ",")).Select(p => string.Concat(p));
        var suffixes = Gen.Elements("", "’s", "-Akte", "s", "\n");
        var token = words.SelectMany(w => suffixes.SelectMany(x => signs.Select(s => w + x + s + " ")));
        Prop.ForAll(Gen.ArrayOf(Gen.OneOf(token, signs)).Select(p => string.Concat(p)).ToArbitrary(), text => Decode(text) == text)
            .QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("Frau ESTIMÉ“ – dazu")] // a capital before a quote: two bytes that would decode to an IPA letter
    [InlineData("Mit freundlichem Gruß…")]
    [InlineData("„Straße“ und „FUß“")]
    [InlineData("| 34 | =C4*0,20 |")] // a spreadsheet formula
    [InlineData("GEBDAT=20010310;IBAN=DE55283983391708;TEL=016208324000")] // keys and values, no quoted-printable declared
    [InlineData("Tom & Jerry; AT&T; a &b; &unbekannt; &#; &#x; &#12a;")]
    [InlineData("Bruder Tadeáš Hanák und Radovana Kenížová")] // Czech letters that are continuation bytes in Windows-1252
    [InlineData("„Café“… und „Klischée“”")] // a letter that leads three bytes, before two signs that continue them: one CJK character alone is no mojibake
    [InlineData("x = y, a=b, =?kein Wort")]
    [InlineData("Formel: x =\ny + 1")] // a line ending in '=' without any quoted-printable in the note
    [InlineData("Gespräch mit Frau „DÜNYÄ“ heute, Herr „ALÎ“ HAMID, Frau «Pavla Nová»… kam.")] // capitals and a letter at a word's end before signs
    [InlineData("2 ×–3 ×, Ø² Fläche, AtaÅŸ“ kommt")]
    [InlineData("„DÜNYÄ’s“ Akte, ATIFÄ…s Antrag")] // a capital's word: no lower-case mojibake letter // Hebrew or Arabic alone; a sequence at a word's end without unambiguous mojibake in the note
    [InlineData("&lt;script&gt;alert(1)&lt;/script&gt; &amp;lt;b&amp;gt; &quot;x&quot; &#39;y&#39; &amp;")] // markup stays escaped
    [InlineData("Content-Transfer-Encoding: quoted-printable\na =3Cb=3E")]
    [InlineData("=?ISO-8859-16?Q?=BAtefan?= =?KOI8-R?Q?=F0?=")] // charsets not read
    [InlineData("Content-Transfer-Encoding: quoted-printable\nM=FCller")] // a single high byte without a Latin-1 charset: not UTF-8, left
    [Trait("Rule", "P2")]
    public void Decode_OrdinaryTextThatLooksEncoded_StaysAsWritten(string text) => Decode(text).ShouldBe(text);

    [Theory]
    [InlineData("Frau M&uuml;ller, Gro&szlig;enhain", "Frau Müller, Großenhain")]
    [InlineData("M&amp;uuml;ller &amp; S&ouml;hne", "Müller &amp; Söhne")] // encoded twice; '&' stays a reference
    [InlineData("WÃ„TZIG, Kea; Obere WeiherstraÃŸe 66", "WÄTZIG, Kea; Obere Weiherstraße 66")]
    [InlineData("Ã‡elik â€“ Ä°stanbul â€žHallo“", "Çelik – İstanbul „Hallo“")]
    [InlineData("Ð˜Ð²Ð°Ð½ ÐŸÐµÑ‚Ñ€Ð¾Ð²", "Иван Петров")]
    [InlineData("Herr çŽ‹ä¼Ÿ und ê¹€ë¯¼ì¤€", "Herr 王伟 und 김민준")]
    [InlineData("D=C3=B6bereiner", "Döbereiner")] // a UTF-8 sequence is its own evidence
    [InlineData("Sehr geehrte Frau D=C3=B6=\nbereiner", "Sehr geehrte Frau Döbereiner")] // a soft line break next to an escape
    [InlineData("Content-Transfer-Encoding: quoted-printable\nFrau D=C3=B6be=\nreiner", "Content-Transfer-Encoding: quoted-printable\nFrau Döbereiner")] // anywhere where declared
    [InlineData("X&#61;C3&#61;B6 y=\nz", "X=C3=B6 y=\nz")] // the note as it came holds no quoted-printable (decoded references make none)
    [InlineData("Termin mit Frau=\nBraun am Montag. Wert=C3=A4", "Termin mit Frau=\nBraun am Montag. Wertä")] // a soft break between a letter and a capital would join two words
    [InlineData("Content-Transfer-Encoding: quoted-printable\nTermin mit Frau=\nBraun", "Content-Transfer-Encoding: quoted-printable\nTermin mit Frau=\nBraun")] // declared too
    [InlineData("Wert=C3=A4, Summe:=\nBetrag", "Wertä, Summe:=\nBetrag")] // a sequence elsewhere makes no soft break: not declared, next to no escape
    [InlineData("MÃ¼ller und AtaÅŸ“ kommt", "Müller und Ataş“ kommt")]
    [InlineData("Herr YÄ±lmaz, Herr WÅ‚odek, wiÄ…zaÄ‡", "Herr Yılmaz, Herr Włodek, wiązać")] // lower-case letters inside a word: unambiguous alone
    [InlineData("MÃ¼ller: Mit freundlichem Gruß… und „ESTIMÉ“", "Müller: Mit freundlichem Gruß… und „ESTIMÉ“")] // beside mojibake, what decodes to no plausible character stays
    [InlineData("MÃ¼ller: Ø² Fläche, 3×\u00A04 m, „Café“…", "Müller: Ø² Fläche, 3× 4 m, „Café“…")] // beside mojibake, a Hebrew, Arabic or CJK character alone stays
    [InlineData("MÄ\u00ADdchen", "MÄdchen")] // a soft hyphen after a capital is a soft hyphen (removed inside the word), not "ĭ" // a sequence at a word's end, beside unambiguous mojibake
    [InlineData("MÃ„KELÃ„ Aino, 3Ã—\u00A04", "MÄKELÄ Aino, 3× 4")]
    [InlineData("Döâ€‹bereiner, Frau Dö\u200Ebereiner, &#x202E;Frau", "Döbereiner, Frau Döbereiner,  Frau")] // zero-width space as mojibake, a direction mark, an override
    [InlineData("From: =?UTF-8?Q?Frau?= =?UTF-8?Q?Braun?=", "From: Frau Braun")] // white space kept before a new word
    [InlineData("=?UTF-8?Q?M=C3=BC?= =?UTF-8?Q?ller?=", "Müller")] // and dropped inside one
    [InlineData("=?ISO-8859-15?Q?=A6imon_Nov=E1k?= =?latin1?Q?J=FCrgen?=", "Šimon Novák Jürgen")]
    [InlineData("Content-Transfer-Encoding: quoted-printable\nTermin=3D Montag=20um 9", "Content-Transfer-Encoding: quoted-printable\nTermin= Montag um 9")]
    [InlineData("Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\nM=FCller", "Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\nMüller")]
    [InlineData("From: =?UTF-8?Q?J=C3=BCrgen_D=C3=B6bereiner?= <x@y.de>", "From: Jürgen Döbereiner <x@y.de>")]
    [InlineData("Subject: =?utf-8?B?SsO8cmdlbg==?= =?ISO-8859-1?Q?D=F6bereiner?=", "Subject: Jürgen Döbereiner")]
    [InlineData("Mül\u00ADler Dö\u200Bbe\u200Dreiner\uFEFF", "Müller Döbereiner ")] // removed inside a word, else a space
    [InlineData("Frau\u200BBraun, Rückruf\u2060Braun, Akte\uFEFFBraun, MÄ\u00ADDCHEN", "Frau Braun, Rückruf Braun, Akte Braun, MÄ DCHEN")]
    [InlineData("Jürgen\u00A0Döbereiner, 12\u202F345 Euro", "Jürgen Döbereiner, 12 345 Euro")]
    [InlineData("Herr&nbsp;D&ouml;bereiner&shy;", "Herr Döbereiner ")]
    [Trait("Rule", "P2")]
    public void Decode_EncodedLeftovers_AreDecoded(string text, string expected) => Decode(text).ShouldBe(expected);

    [Theory]
    [InlineData("&#xE000;&#57344;")] // a placeholder character
    [InlineData("&#0;&#7;&#x1B;")] // control characters
    [InlineData("&#xD800;")] // a lone surrogate
    [InlineData("&#xFFF9;&#x600;&#x180E;")] // format characters that are no invisible ones (an annotation anchor, an Arabic number sign, a Mongolian vowel separator)
    [InlineData("=?UTF-8?Q?=EE=80=80?=")]
    [Trait("Rule", "P2")]
    public void Decode_AReferenceToACharacterANoteMustNotHold_StaysAsWritten(string text) => Decode(text).ShouldBe(text);

    [Theory]
    [InlineData("Frau D&ouml;bereiner hat angerufen.")]
    [InlineData("Frau DÃ¶bereiner hat angerufen.")]
    [InlineData("Frau D=C3=B6bereiner hat angerufen.")]
    [InlineData("Frau =?UTF-8?Q?D=C3=B6bereiner?= hat angerufen.")]
    [InlineData("Frau Dö\u00ADbe\u00ADrei\u00ADner hat angerufen.")]
    [InlineData("Frau <span class=\"name\">Döbereiner</span> hat angerufen.")]
    [Trait("Rule", "P2")]
    public void Scrub_TheKnownCustomerInAnEncodedSpelling_IsReplaced(string note)
    {
        Vocabulary.Scrub(note, Context()).ShouldBe("Frau [Kunde] hat angerufen.");
        Detectors.Scrub(note, Context()).ShouldBe("Frau [Kunde] hat angerufen.");
    }

    [Theory]
    [InlineData("Termin mit Frau\u200BBraun am Montag.")]
    [InlineData("Termin mit Frau\u00ADBraun am Montag.")]
    [InlineData("Termin mit Frau\u2060Braun am Montag.")]
    [InlineData("Termin mit Frau\uFEFFBraun am Montag.")]
    [InlineData("Termin mit Frau=\nBraun am Montag. Wert=C3=A4")]
    [InlineData("Termin mit =?UTF-8?Q?Frau?= =?UTF-8?Q?Braun?= am Montag.")]
    [Trait("Rule", "P2")]
    public void Scrub_AnInvisibleCharacterASoftBreakOrEncodedWordsBeforeAKnownName_JoinNoWords(string note)
    {
        var context = Context();
        context.AddKnownName("Anna Braun", NameRole.Customer);
        Vocabulary.Scrub(note, context).ShouldContain("[Kunde]");
        var detectors = Context();
        detectors.AddKnownName("Anna Braun", NameRole.Customer);
        Detectors.Scrub(note, detectors).ShouldContain("[Kunde]");
    }

    [Theory]
    [InlineData("JÃ¼rgen BÃ¤cker", "Rückruf BÃ¤cker erledigt, er kommt morgen.")]
    [InlineData("JÃ¼rgen BÃ¤cker", "Rückruf Bäcker erledigt, er kommt morgen.")]
    [InlineData("J&uuml;rgen B&auml;cker", "Rückruf B&auml;cker erledigt, er kommt morgen.")]
    [InlineData("Jürgen Bäcker", "Rückruf BÃ¤cker erledigt, er kommt morgen.")]
    [Trait("Rule", "P2")]
    public void Scrub_AKnownNameGarbledInTheFieldsOrTheNote_IsTheCustomer(string known, string note)
    {
        var vocabulary = new ScrubContext(Pseudonymizer, "P1", -21, new LocalDate(1984, 7, 12), new LocalDate(2025, 4, 1));
        vocabulary.AddKnownName(known, NameRole.Customer);
        var detectors = new ScrubContext(Pseudonymizer, "P1", -21, new LocalDate(1984, 7, 12), new LocalDate(2025, 4, 1));
        detectors.AddKnownName(known, NameRole.Customer);
        Vocabulary.Scrub(note, vocabulary).ShouldBe("Rückruf [Kunde] erledigt, er kommt morgen.");
        Detectors.Scrub(note, detectors).ShouldBe("Rückruf [Kunde] erledigt, er kommt morgen.");
    }

    [Fact]
    [Trait("Rule", "P2")]
    public void Scrub_AKnownColleagueInMojibake_IsReplaced() =>
        Vocabulary.Scrub("Rückruf an Herrn Å\u009EÃ¼krÃ¼ YÄ±lmaz.", Context()).ShouldBe("Rückruf an Herrn [Fachkraft].");

    [Fact]
    [Trait("Rule", "P2")]
    public void Scrub_ANoteWithOnlyALeftoverDecoded_IsTheDecodedNote() =>
        Vocabulary.Scrub("Termin&nbsp;am Montag, &bdquo;vollst&auml;ndig&ldquo;.", Context()).ShouldBe("Termin am Montag, „vollständig“.");

    [Fact]
    [Trait("Rule", "P2")]
    public void Scrub_ANoteWithNothingEncoded_IsTheSameInstance()
    {
        const string note = "Termin am Montag, Unterlagen „vollständig“ – gut.";
        var workspace = new ScrubWorkspace();
        ReferenceEquals(Vocabulary.Scrub(note, Context(), workspace), note).ShouldBeTrue();
    }

    /// <summary>
    /// Where origins are tracked (the corpus measurement), a name written in any of the encodings and replaced covers every
    /// character of its encoded spelling in the original note, and nothing outside it.
    /// </summary>
    [Fact]
    [Trait("Rule", "P2")]
    public void Scrub_AnEncodedKnownName_ReplacesExactlyItsEncodedSpanInTheOriginal()
    {
        Func<string, string>[] encodings =
        [
            WebUtility.HtmlEncode, Mojibake, QuotedPrintable, s => string.Join('\u00AD', s.ToCharArray()),
            s => $"=?UTF-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(s))}?=",
        ];
        Prop.ForAll(
                Gen.Choose(0, encodings.Length - 1).ToArbitrary(),
                Gen.Elements("Termin mit", "Rückruf:", "„Frau", "gestern, Frau").ToArbitrary(),
                Gen.Elements("hat angerufen.", "– gut.", "(verschoben)", "…").ToArbitrary(),
                (encoding, before, after) =>
                {
                    var name = encodings[encoding]("Döbereiner");
                    var note = $"{before} {name} {after}";
                    var workspace = new ScrubWorkspace();
                    workspace.TrackOrigins();
                    Vocabulary.Scrub(note, Context(), workspace);
                    var start = note.IndexOf(name, StringComparison.Ordinal);
                    return workspace.ReplacedSpans().Contains((start, start + name.Length));
                })
            .QuickCheckThrowOnFailure();
    }

    /// <summary>
    /// Where origins are tracked, the decoded characters stand for the whole original in order and without gaps: each
    /// character's span starts where the one before ended (or is the same span, for the characters of one sequence), the
    /// first starts at 0 and the last ends at the note's end; a removed character belongs to the character before it.
    /// </summary>
    [Fact]
    [Trait("Rule", "P2")]
    public void Decode_WithOrigins_CoversTheOriginalInOrderWithoutGaps()
    {
        string[] pieces =
        [
            "Müller", " ", "a", "B", "&uuml;", "&amp;uuml;", "&lt;", "&#x1F600;", "Ã¼", "â€“", "Ã", "„", "“", "\u00AD", "\u200B", "\uFEFF",
            "\u00A0", "=C3=BC", "=\n", "=3D", "=?UTF-8?Q?D=C3=B6?=", " ", "=?UTF-8?B?w7w=?=", "😀", "王伟", "çŽ‹ä¼Ÿ", "\n", "<td>", "</b>",
            "<br/>", "<span class=\"x\">", "<",
        ];
        Prop.ForAll(
                Gen.ArrayOf(Gen.Elements(pieces)).Select(p => string.Concat(p)).ToArbitrary(),
                note =>
                {
                    var chars = note.ToCharArray();
                    var origins = new (int Start, int End, bool Replaced)[chars.Length];
                    for (var i = 0; i < origins.Length; i++)
                    {
                        origins[i] = (i, i + 1, false);
                    }

                    var length = EncodedText.Decode(chars, origins, out _);
                    var lengthWithout = EncodedText.Decode(note.ToCharArray().AsSpan(), default, out _);
                    var contiguous = length == 0 ? note.Length == 0 : origins[0].Start == 0 && origins[length - 1].End == note.Length;
                    for (var i = 1; i < length; i++)
                    {
                        contiguous &= origins[i] == origins[i - 1] || origins[i].Start == origins[i - 1].End;
                    }

                    return contiguous && length == lengthWithout;
                })
            .QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("&Scaron;koda &scaron;", "Škoda š")]
    [InlineData("&OElig;uvre &oelig;", "Œuvre œ")]
    [InlineData("Ta&Yuml; &euro; &trade; &bull; &dagger;", "TaŸ € ™ • †")]
    [InlineData("&bdquo;x&ldquo; &lsquo;y&rsquo; &sbquo;z &ndash; &mdash; &hellip;", "„x“ ‘y’ ‚z – — …")]
    [InlineData("&Omega;&lambda;&Delta;&sigma;", "ΩλΔσ")]
    [Trait("Rule", "P2")]
    public void Decode_NamedReferencesBeyondLatin1_AreTheirCharacters(string encoded, string expected) =>
        Decode(encoded).ShouldBe(expected); // the properties above name only U+00A0 to U+00FF by name (WebUtility.HtmlEncode)

    [Fact]
    [Trait("Rule", "P2")]
    public void Decode_AnEncodedWordOfAtMost200Characters_IsDecoded_ALongerOneStays()
    {
        // RFC 2047 allows 75 characters for a whole encoded word; the decoder reads up to 200 characters of its text, so that a
        // program that folds no lines is read, and no further, so that a stray "=?" does not make it scan the note.
        var atLimit = $"=?UTF-8?Q?{new string('a', 194)}=C3=B6?="; // 200 characters of text
        var overLimit = $"=?UTF-8?Q?{new string('a', 195)}=C3=B6?=";
        Decode(atLimit).ShouldBe(new string('a', 194) + "ö");
        Decode(overLimit).ShouldBe($"=?UTF-8?Q?{new string('a', 195)}ö?="); // no encoded word: only its escapes, as quoted-printable
        var base64AtLimit = $"=?UTF-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(new string('b', 148) + "ö"))}?="; // 200 as well
        Decode(base64AtLimit).ShouldBe(new string('b', 148) + "ö");
        var base64OverLimit = $"=?UTF-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(new string('b', 151) + "ö"))}?="; // 204
        Decode(base64OverLimit).ShouldBe(base64OverLimit);
    }

    [Theory]
    [InlineData("<td>Tjadina Döbereiner</td><td>26. Juni 1951</td>", " Tjadina Döbereiner  26. Juni 1951 ")]
    [InlineData("Zeile eins<br>Zeile zwei<BR/>drei<br />vier", "Zeile eins Zeile zwei drei vier")] // a space: a line break would end a cue's reach
    [InlineData("<p>Absatz</p><div align=center>Mitte</div>", " Absatz  Mitte ")]
    [InlineData("Er kam <b>heute</b>, <i>kursiv</i>.", "Er kam heute, kursiv.")] // inline formatting removed where it joins nothing
    [InlineData("M<b>ü</b>ller", "M ü ller")] // a space where it may join two words: "anna<b>schulz</b>" is two
    [InlineData("MÜL<b>LER</b>", "MÜL LER")] // a space before a capital: it may start a word
    [InlineData("Frau</span><span>Braun", "Frau Braun")] // two words stay two
    [InlineData("<span class=\"name\" data-id='17'>Rinje</span>", " Rinje")] // a space at the text's start
    [InlineData("<option selected>Vollzeit</option>", " Vollzeit ")]
    [InlineData("bitte <a href=\"mailto:x@y.de\">schreiben</a>!", "bitte schreiben!")]
    [Trait("Rule", "P2")]
    public void Decode_HtmlTagsOfKnownElements_BecomeBreaksSpacesOrNothing(string text, string expected) => Decode(text).ShouldBe(expected);

    [Theory]
    [InlineData("Einkommen <450 € und >100 €")]
    [InlineData("Werte <a und b> prüfen")] // attributes without values are no HTML
    [InlineData("Sehr geehrte <<Anrede>> <<Nachname>>,")] // a template's placeholders
    [InlineData("Max Braun <max.braun@web.de>")]
    [InlineData("<Müller> hat angerufen")] // no element name
    [InlineData("Tabelle <td ohne Ende")]
    [InlineData("<span class=\"offen>Text")] // the quote never closes
    [InlineData("<span class=\"x\ny\">Text")] // a value across lines
    [InlineData("<b title=\"x\n>fett")] // a quote the line break leaves open
    [InlineData("<unbekannt>Text</unbekannt>")]
    [InlineData("x<y und y>z")]
    [InlineData("<div align=>Text")] // an attribute's value missing
    [InlineData("Reihe <b 2=3> gelesen")] // an attribute's name must start with a letter
    [Trait("Rule", "P2")]
    public void Decode_AngleBracketsThatAreNoTagOfAKnownElement_StayAsWritten(string text) => Decode(text).ShouldBe(text);

    [Fact]
    [Trait("Rule", "P2")]
    public void Scrub_ATableCopiedFromAPortal_KeepsItsWordsAndReplacesItsNames()
    {
        const string note = "<tr><td>Jürgen Döbereiner</td><td>Termin</td><td>erledigt</td></tr>";
        Vocabulary.Scrub(note, Context()).ShouldBe("  [Kunde]  Termin  erledigt  ");
        Detectors.Scrub(note, Context()).ShouldBe("  [Kunde]  Termin  erledigt  ");
    }

    [Theory]
    [InlineData("Kfz-Kennzeichen<br/>b xy 4711", "4711")] // a line's tag keeps the cue's reach
    [InlineData("Pkw<br>xb-412kt", "412")]
    [InlineData("Kfz-Kennzeichen </td></tr><tr><td>b xy 4711", "4711")]
    [InlineData("Passnummer:<br>P5683886", "5683886")]
    [InlineData("Termin mit Frau<span>&Ouml;zdemir</span>", "zdemir")] // no tag joins a cue to a name that is still encoded
    [InlineData("Termin mit Frau<b>=C3=96zdemir</b>", "zdemir")]
    [InlineData("Kunde <b>anna</b><b>schulz</b>", "schulz")] // nor two words in lower case
    [InlineData("Kunde anna<b>schulz</b> kam", "schulz")]
    [Trait("Rule", "P2")]
    public void Scrub_ATagBetweenACueAndAValueOrBetweenTwoNames_LetsNoneOfItThrough(string note, string leaked)
    {
        // Found by session 24's review: these were removed before tags were decoded, and leaked in its first version.
        Vocabulary.Scrub(note, Context()).ShouldNotContain(leaked);
        Detectors.Scrub(note, Context()).ShouldNotContain(leaked);
    }
}
