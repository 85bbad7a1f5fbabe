using System.Collections.Frozen;

namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// Session 24: the numbers of identity documents of every country, after a word for a document. German identity cards,
/// passports and residence cards share one alphabet and length (<see cref="CuedDocumentDetector"/> and the regex detector of
/// <see cref="BuiltInDetectors"/>); the papers customers bring from elsewhere do not: passports of India, Malaysia, Pakistan or
/// the Philippines ("P5683886", "A56988442", "BX4417726"), Moroccan or Dutch cards ("BK338812", "NX7K41P09"), residence cards
/// ("UA2218471"). What they share is a shape no word has — letters and digits in one run — and a word for the document before
/// them. Numbers of digits alone (Turkish, Mauritanian or Malaysian identity numbers, Aadhaar) are the long-number detector's,
/// which runs before and takes every run of six digits or more; the letters before a digit keep that detector off these. A run
/// is taken when
/// <list type="bullet">
/// <item>a word for a document (any language customers' papers are written in, <see cref="Cues"/>; "Nr." alone is not one), or a
/// document number already replaced, stands within <see cref="CuedPlateDetector.CueReach"/> characters before it on its line;</item>
/// <item>it is one run of ASCII letters and digits, or runs joined by one hyphen or slash, not glued to other letters, digits or
/// placeholders, of six to twenty characters: at least one letter and four digits, no more letters than digits and three
/// more, and a digit or a capital first or six digits (a lower-case word with a few digits is a code: "kw2025").</item>
/// </list>
/// A number is no word, so taking one never costs an ordinary word; a code that was no document (a reference after "Ausweis")
/// is lost to the reader, not leaked.
/// </summary>
internal sealed class ForeignDocumentDetector : SpanDetector
{
    private const string Replacement = "[Ausweisnummer]";

    /// <summary>
    /// Words for an identity document, a passport, a residence title or a driving licence (any case; a word of a compound counts
    /// when it is written apart, "Reisepass-Nr.", "ID-Karte"), in German and in the languages of the papers customers bring.
    /// </summary>
    internal static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Cues = new[]
    {
        // German.
        "pass", "reisepass", "passnummer", "passnr", "reisepassnummer", "reisepassnr", "passkopie", "nationalpass", "passersatz",
        "passersatzpapier", "reiseausweis", "reisedokument", "personalausweis", "personalausweisnummer", "personalausweisnr", "ausweis",
        "ausweisnr", "ausweisnummer", "ausweiskopie", "ausweisdaten", "ausweisdokument", "perso", "pa", "identitätskarte",
        "identitätsnachweis", "identitätsnummer", "idkarte", "kennkarte", "aufenthaltstitel", "aufenthaltskarte", "aufenthaltserlaubnis",
        "niederlassungserlaubnis", "aufenthaltsgestattung", "duldung", "fiktionsbescheinigung", "ankunftsnachweis", "eat", "visum",
        "visa", "führerschein", "führerscheinnummer", "fahrerlaubnis", "dokumentennummer", "dokumentennr", "dokumentnummer", "dokumentnr",
        // Other languages: English, French, Spanish, Portuguese, Italian, Dutch, Polish, Romanian, Turkish, the Balkans, Arabic and
        // South Asian identity numbers by their usual abbreviations.
        "passport", "id", "identity", "permit", "licence", "license", "passeport", "identité", "cni", "pasaporte", "dni", "nie", "cédula",
        "cedula", "identidad", "passaporto", "identità", "paspoort", "identiteitskaart", "identiteitsbewijs", "rijbewijs", "paszport",
        "dowód", "dowodu", "pasaport", "pașaport", "buletin", "seria", "kimlik", "nüfus", "tc", "putovnica", "osobna", "lična", "licna",
        "pasoš", "pasos", "nni", "cin", "cnie", "nic", "cnic", "mykad", "nric", "aadhaar", "aadhar", "tazkira", "tazkera", "tezkere",
        "паспорт", "паспорта", "جواز",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public override string Name => "identityDocument";

    public override void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        var runs = workspace.DigitRuns;
        if (runs.Length == 0 || !CuedPlateDetector.AnyCue(workspace, Cues, Replacement))
        {
            return; // most notes name no document: nothing below can match
        }

        var text = workspace.Text;
        var after = 0;
        foreach (var (digits, _) in runs)
        {
            if (digits < after)
            {
                continue; // a later run of the number just taken or refused
            }

            var (start, end) = Candidate(text, digits);
            after = end;
            if (start >= 0 && IsDocumentNumber(text[start..end]) && CuedPlateDetector.CueBefore(text, start, workspace.Replacements, Cues, Replacement))
            {
                matches.Add(new TextMatch(start, end - start, Replacement));
            }
        }
    }

    /// <summary>
    /// The candidate around the digit at <paramref name="digit"/>: the runs of ASCII letters and digits joined by single
    /// hyphens or slashes; (-1, end) when it is glued to another letter, digit or placeholder, so that part of a larger thing
    /// is not taken alone.
    /// </summary>
    internal static (int Start, int End) Candidate(ReadOnlySpan<char> text, int digit)
    {
        var start = digit;
        while (start > 0 && (char.IsAsciiLetterOrDigit(text[start - 1]) ||
                             (text[start - 1] is '-' or '/' && start > 1 && char.IsAsciiLetterOrDigit(text[start - 2]))))
        {
            start--;
        }

        var end = digit;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) ||
                                     (text[end] is '-' or '/' && end + 1 < text.Length && char.IsAsciiLetterOrDigit(text[end + 1]))))
        {
            end++;
        }

        var glued = (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || Words.IsPlaceholder(text[start - 1]))) ||
                    (end < text.Length && (char.IsLetterOrDigit(text[end]) || Words.IsPlaceholder(text[end])));
        return glued ? (-1, end) : (start, end);
    }

    /// <summary>Whether the candidate has a document number's shape (see the class's remarks).</summary>
    internal static bool IsDocumentNumber(ReadOnlySpan<char> candidate)
    {
        var (digits, letters) = (0, 0);
        foreach (var c in candidate)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
            letters += char.IsAsciiLetter(c) ? 1 : 0;
        }

        return digits + letters is >= 6 and <= 20 && letters > 0 && digits >= 4 && letters <= digits + 3 &&
               (char.IsAsciiDigit(candidate[0]) || char.IsAsciiLetterUpper(candidate[0]) || digits >= 6);
    }

}
