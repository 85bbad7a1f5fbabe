namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// Session 15: the part in brackets that an official place name carries after its town ("33824 Werther (Westf.)", "Hamm (Sieg)",
/// "Freyburg (Unstrut)") joins an address or a postcode and town replaced before it, as it joins an institution's place
/// (<see cref="InstitutionDetector.BracketedPlaceEnd"/>: an abbreviation, a river or region, or a word that is no common noun; "(Bescheid)" stays).
/// Session 16: so does a country after a comma or in brackets, and a region's code before it ("[Adresse] - PE, Brasilien").
/// </summary>
internal sealed class PlaceQualifierDetector : SpanDetector
{
    public override string Name => "postcodeCity";

    public override void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        var text = workspace.Text;
        var replacements = workspace.Replacements;
        if (!(replacements.Contains(AddressShapeDetector.Place) || replacements.Contains(AddressTailDetector.Address)))
        {
            return;
        }

        AddressShapeDetector.AddCountryAfterAddress(text, replacements, matches); // session 16: "[Adresse] - PE, Brasilien"
        if (replacements.Contains(AddressShapeDetector.Place))
        {
            AddStreetsAfterTowns(text, replacements, matches);
        }

        if (text.IndexOf(" (", StringComparison.Ordinal) < 0)
        {
            return;
        }

        var caseless = workspace.WordTable.Caseless(text);
        for (var i = TextScrubber.NextPlaceholder(text, 0); i >= 0 && i + 4 < text.Length; i = TextScrubber.NextPlaceholder(text, i + 1))
        {
            var index = text[i] - TextScrubber.FirstPlaceholder;
            if (index >= 0 && index < replacements.Count && replacements[index] is AddressShapeDetector.Place or AddressTailDetector.Address && text[i + 1] == ' ' && text[i + 2] == '(' &&
                InstitutionDetector.BracketedPlaceEnd(text, i + 1, caseless) is > 0 and var end)
            {
                matches.Add(new TextMatch(i + 1, end - i - 1, replacements[index]));
            }
        }
    }

    /// <summary>
    /// Session 20: a street after a postcode and town replaced before it, the town written first ("[Ort], Pfeifenmacherstich 108" for
    /// "67661 Hohenecken, Pfeifenmacherstich 108", "[Ort], Kaiser-Wilhelm-Birnen-Garten 137"): after ", " one to three capitalised
    /// words (hyphens inside, none in capitals) whose last is no word of the lists (a street's head word may be) and no function word or
    /// term, the others no word of the lists, and a house number (a letter or
    /// "/2" after it) that no unit, amount, time or further digit follows and that is no year. "[Ort], Termin 3" stays.
    /// </summary>
    private static void AddStreetsAfterTowns(ReadOnlySpan<char> text, List<string> replacements, List<TextMatch> matches)
    {
        for (var i = TextScrubber.NextPlaceholder(text, 0); i >= 0 && i + 6 < text.Length; i = TextScrubber.NextPlaceholder(text, i + 1))
        {
            var index = text[i] - TextScrubber.FirstPlaceholder;
            if (index < 0 || index >= replacements.Count || replacements[index] != AddressShapeDetector.Place || text[i + 1] != ',' || text[i + 2] != ' ')
            {
                continue;
            }

            var start = i + 3;
            var j = start;
            var words = 0;
            var lastStart = -1;
            var plain = true;
            while (words < 3 && j < text.Length && char.IsUpper(text[j]))
            {
                if (lastStart >= 0 && WordLists.IsWord(text[lastStart..(j - 1)]))
                {
                    plain = false; // a word of the lists before the street's last word ("Fahrzeug KLE-JH 649")
                }

                lastStart = j;
                while (j < text.Length && (char.IsLetter(text[j]) || (text[j] == '-' && j + 1 < text.Length && char.IsLetter(text[j + 1]))))
                {
                    j++;
                }

                words++;
                if (j - lastStart < 2 || !char.IsLower(text[lastStart + 1]))
                {
                    plain = false; // in capitals: a plate's letters or an abbreviation
                }

                if (j + 1 < text.Length && text[j] == ' ' && char.IsUpper(text[j + 1]))
                {
                    j++;
                    continue;
                }

                break;
            }

            if (words == 0 || !plain || j + 1 >= text.Length || text[j] != ' ' || !char.IsAsciiDigit(text[j + 1]))
            {
                continue;
            }

            var last = text[lastStart..j];
            if (last.Length < 4 || DomainWords.IsFunctionWordOrTerm(last) || (WordLists.IsWord(last) && !StreetSuffixDetector.IsHeadStreet(last)))
            {
                continue;
            }

            var number = j + 1;
            var end = number;
            while (end < text.Length && char.IsAsciiDigit(text[end]) && end - number < 5)
            {
                end++;
            }

            if (end - number > 4 || (end - number == 4 && text[number] is '1' or '2' && text[number + 1] is '9' or '0'))
            {
                continue; // a longer number or a year
            }

            if (end + 1 < text.Length && text[end] == '/' && char.IsAsciiDigit(text[end + 1]))
            {
                end += 2;
                while (end < text.Length && char.IsAsciiDigit(text[end]))
                {
                    end++;
                }
            }
            else if (end < text.Length && char.IsAsciiLetterLower(text[end]) && (end + 1 == text.Length || !char.IsLetterOrDigit(text[end + 1])))
            {
                end++;
            }

            if (end < text.Length && (char.IsLetterOrDigit(text[end]) || (text[end] is '.' or ',' or ':' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
            {
                continue; // "3,5", "12.30", "3:0"
            }

            var after = end;
            while (after < text.Length && text[after] == ' ')
            {
                after++;
            }

            var unitEnd = after;
            while (unitEnd < text.Length && char.IsLetter(text[unitEnd]))
            {
                unitEnd++;
            }

            if ((after < text.Length && text[after] is '€' or '%') || (unitEnd > after && IsUnit(text[after..unitEnd])))
            {
                continue;
            }

            matches.Add(new TextMatch(start, end - start, AddressTailDetector.Address));
        }
    }

    private static readonly string[] Units = BuiltInDetectors.Units.Split('|');

    private static bool IsUnit(ReadOnlySpan<char> word)
    {
        foreach (var unit in Units)
        {
            if (word.Equals(unit, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
