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
}
