using NodaTime;

namespace Vkb.Catalog;

/// <summary>
/// An example catalogue in German for the customer process "Allgemeine Arbeitsvermittlung inkl.
/// beschäftigungsorientiertem Fallmanagement", built from the criteria the directives name
/// (Weisung 202111005 §2.1–2.2, Weisung 201710020 §2). It is an example, not an official catalogue.
/// </summary>
/// <remarks>Thread-safe; the values are built once.</remarks>
public static class ExampleCatalogs
{
    /// <summary>The customer process code of the example catalogue.</summary>
    public const string PlacementProcess = "placement";

    /// <summary>The id of the example catalogue.</summary>
    public const string PlacementCatalogId = "beispiel-arbeitsvermittlung";

    /// <summary>The RD of the example extension.</summary>
    public const string ExtensionRegionalDirectorate = "NRW";

    /// <summary>The label every rendering of the example shows.</summary>
    public const string ExampleLabel = "Beispiel — kein offizieller Katalog";

    private static readonly Lazy<Catalog> LazyPlacement = new(BuildPlacement);
    private static readonly Lazy<CatalogExtension> LazyExtension = new(BuildExtension);

    /// <summary>Gets the example catalogue (version 1.0, active from 2021-11-19, open-ended).</summary>
    public static Catalog Placement => LazyPlacement.Value;

    /// <summary>Gets an example regional extension of RD NRW (active 2025-01-01 to 2026-12-31).</summary>
    public static CatalogExtension NrwExtension => LazyExtension.Value;

    /// <summary>Creates a registry holding the example catalogue and the example extension.</summary>
    /// <returns>The registry.</returns>
    public static CatalogRegistry CreateRegistry() =>
        CatalogRegistry.Create([Placement], [NrwExtension]).GetValueOrThrow();

    private static Catalog BuildPlacement()
    {
        var builder = new CatalogBuilder(PlacementCatalogId, PlacementProcess, CatalogVersion.Create(1, 0))
        {
            Title = "Allgemeine Arbeitsvermittlung inkl. beschäftigungsorientiertem Fallmanagement",
            Description = ExampleLabel + ". Abgeleitet aus den Kriterien der Weisungen 202111005 (Abschnitt 2.1, 2.2) und 201710020 (Abschnitt 2).",
            Status = CatalogStatus.Active,
            EffectiveFrom = new LocalDate(2021, 11, 19),
        };
        builder.Items
            .Display("hinweis", ExampleLabel + ". Betrachtet wird der gesamte Verlauf des Integrationsprozesses aus Kundensicht: War der Kundenprozess zielführend gestaltet?")
            .Group("bedarfe", "Kundenbedarfe und Handlungserfordernisse", g => g
                .Question("bedarfe-erkannt", "Wurden die Kundenbedarfe und Handlungserfordernisse erkannt?", AnswerKind.Verdict, q => q
                    .Required()
                    .HelpText("Grundlage sind Profiling, Stärken und Handlungsbedarfe sowie die Profillage. Weisung 201710020, Abschnitt 2."))
                .Question("bedarfe-dokumentiert", "Sind die erkannten Bedarfe nachvollziehbar dokumentiert?", AnswerKind.Verdict, q => q.Required()))
            .Group("verfolgung", "Aufgreifen und Verfolgen der Handlungserfordernisse", g => g
                .Question("aufgegriffen-schluessig", "Wurden die Handlungserfordernisse nachvollziehbar und schlüssig aufgegriffen?", AnswerKind.Verdict, q => q.Required())
                .Question("aufgegriffen-konsequent", "Wurden die Handlungserfordernisse konsequent aufgegriffen?", AnswerKind.Verdict, q => q.Required())
                .Question("bedarfsgerecht-verfolgt", "Wurden die Handlungserfordernisse bedarfsgerecht verfolgt?", AnswerKind.Verdict, q => q
                    .Required()
                    .HelpText("Weisung 202111005, Abschnitt 2.1: Im Fokus steht, ob Handlungserfordernisse nachvollziehbar und schlüssig sowie konsequent aufgegriffen und bedarfsgerecht verfolgt wurden."))
                .Question("nicht-verfolgte-handlungsfelder", "Welche Handlungsfelder wurden nicht ausreichend verfolgt?", AnswerKind.MultipleChoice, q => q
                    .Required()
                    .EnableWhen(EnableCondition.Any(
                        EnableCondition.VerdictIs("bedarfsgerecht-verfolgt", Verdict.Partly),
                        EnableCondition.VerdictIs("bedarfsgerecht-verfolgt", Verdict.No)))
                    .Option("qualifikation", "Qualifikation")
                    .Option("gesundheit", "Gesundheit")
                    .Option("kinderbetreuung", "Kinderbetreuung und Pflege")
                    .Option("sprache", "Sprache")
                    .Option("mobilitaet", "Mobilität")
                    .Option("wohnen", "Wohnsituation")
                    .Option("finanzen", "Finanzielle Situation")
                    .Option("sonstiges", "Sonstiges")))
            .Group("entscheidungen", "Aufeinander aufbauende Entscheidungen", g => g
                .Question("entscheidungen-aufbauend", "Wurden auf Grundlage der Bedarfe sinnvolle, aufeinander aufbauende Entscheidungen getroffen?", AnswerKind.Verdict, q => q.Required())
                .Question("begruendung-entscheidungen", "Woran ist erkennbar, dass Entscheidungen nicht aufeinander aufbauen?", AnswerKind.Text, q => q
                    .EnableWhen(EnableCondition.All(
                        EnableCondition.Answered("entscheidungen-aufbauend"),
                        EnableCondition.Not(EnableCondition.VerdictIs("entscheidungen-aufbauend", Verdict.Yes)),
                        EnableCondition.Not(EnableCondition.VerdictIs("entscheidungen-aufbauend", Verdict.NotAssessable))))
                    .HelpText("Keine Namen, Kundennummern oder anderen personenbezogenen Daten eintragen."))
                .Question("kontaktdichte", "Entsprach die Kontaktdichte dem Bedarf?", AnswerKind.SingleChoice, q => q
                    .Required()
                    .Option("angemessen", "angemessen")
                    .Option("zu-gering", "zu gering")
                    .Option("zu-hoch", "zu hoch"))
                .Question("anzahl-beratungen", "Anzahl der dokumentierten Beratungsgespräche im betrachteten Zeitraum", AnswerKind.WholeNumber)
                .Question("letzter-kontakt", "Datum des letzten dokumentierten Beratungsgesprächs", AnswerKind.Date)
                .Display("kontaktart", "Die Kontaktart (persönlich, Telefon, Video) ist für die Bewertung unerheblich (Weisung 202111005, Abschnitt 2.2)."))
            .Question("fallmanagement", "Wurde die Kundin oder der Kunde im beschäftigungsorientierten Fallmanagement betreut?", AnswerKind.SingleChoice, q => q
                .Required()
                .Option("ja", "ja")
                .Option("nein", "nein"))
            .Group("fm", "Beschäftigungsorientiertes Fallmanagement", g => g
                .Question("fm-zugang-dokumentiert", "Ist der Fallzugang dokumentiert?", AnswerKind.Verdict, q => q.Required())
                .Question("fm-abgang-dokumentiert", "Ist der Fallabgang dokumentiert (sofern erfolgt)?", AnswerKind.Verdict), EnableCondition.AnswerIs("fallmanagement", AnswerValue.OfCode("ja")))
            .Display("abgrenzung", "Nicht Gegenstand der Betrachtung ist die Erbringung der Eingliederungsleistungen selbst, unabhängig von der Trägerverantwortung (Weisung 201710020, Abschnitt 2).");
        return builder.Build().GetValueOrThrow();
    }

    private static CatalogExtension BuildExtension()
    {
        var builder = new CatalogExtensionBuilder("beispiel-nrw-arbeitgeber", ExtensionRegionalDirectorate, Placement, CatalogVersion.Create(1, 0))
        {
            Title = "Regionale Schwerpunktsetzung NRW: Einbindung des Arbeitgeber-Service (" + ExampleLabel + ")",
            Status = CatalogStatus.Active,
            EffectiveFrom = new LocalDate(2025, 1, 1),
            EffectiveTo = new LocalDate(2026, 12, 31),
        };
        builder.Items.Group("NRW:schwerpunkt", "Regionaler Schwerpunkt NRW", g => g
            .Question("NRW:arbeitgeber-eingebunden", "Wurde der Arbeitgeber-Service bedarfsgerecht eingebunden?", AnswerKind.Verdict, q => q
                .Required()
                .EnableWhen(EnableCondition.Not(EnableCondition.VerdictIs("bedarfe-erkannt", Verdict.NotAssessable)))));
        return builder.Build().GetValueOrThrow();
    }
}
