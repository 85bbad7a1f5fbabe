using System.Globalization;
using System.Net;
using System.Text;

namespace Vkb.Cli.Demo;

/// <summary>
/// Renders a <see cref="DemoSummary"/> as one self-contained HTML page (inline CSS and SVG, no
/// scripts, no external files) for a QA lead. Texts are German; numbers use German formatting.
/// </summary>
internal static class HtmlReport
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>The ids of the report's sections, in order; tests check that each is present.</summary>
    public static readonly IReadOnlyList<string> SectionIds =
        ["ueberblick", "stichproben", "pruefungen", "kalibrierung", "befunde", "indikatoren", "berechtigungen", "datenschutz", "artefakte"];

    public static string Render(DemoSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>VKB – Monatszyklus ").Append(E(summary.Run.Month)).Append(" (Demo)</title>\n<style>\n")
            .Append(Css)
            .Append("</style>\n</head>\n<body>\n<main>\n");

        Overview(html, summary);
        TableOfContents(html);
        Draws(html, summary);
        VerificationSection(html, summary);
        CalibrationSection(html, summary);
        FindingsSection(html, summary);
        IndicatorsSection(html, summary);
        EntitlementsSection(html, summary);
        PrivacySection(html, summary);
        ArtefactsSection(html, summary);

        html.Append("<footer>Erzeugt von ").Append(E(summary.Run.Tool)).Append(" am ").Append(E(summary.Run.CreatedAt))
            .Append(". Alle Daten sind synthetisch. Der Bericht enthält keine personenbezogenen Daten und keine Auswertung nach Beschäftigten.</footer>\n")
            .Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void TableOfContents(StringBuilder html) =>
        html.Append("<nav id=\"inhalt\">\n<h2>Inhalt</h2>\n<ol>\n")
            .Append("<li><a href=\"#stichproben\">Stichproben</a></li>\n")
            .Append("<li><a href=\"#pruefungen\">Prüfungen</a></li>\n")
            .Append("<li><a href=\"#kalibrierung\">Kalibrierung zwischen den Ebenen</a></li>\n")
            .Append("<li><a href=\"#befunde\">Befunde je Frage</a></li>\n")
            .Append("<li><a href=\"#indikatoren\">Fallmanagement-Indikatoren</a></li>\n")
            .Append("<li><a href=\"#berechtigungen\">Berechtigungen</a></li>\n")
            .Append("<li><a href=\"#datenschutz\">Datenschutz</a></li>\n")
            .Append("<li><a href=\"#artefakte\">Artefakte</a></li>\n")
            .Append("</ol>\n</nav>\n");

    private static void Overview(StringBuilder html, DemoSummary s)
    {
        var ok = s.AllVerified;
        html.Append("<header id=\"ueberblick\">\n<h1>Verlaufsbezogene Betrachtung – Monatszyklus ").Append(E(s.Run.Month)).Append("</h1>\n")
            .Append("<p class=\"lead\">Demonstrationslauf auf synthetischen Daten: Stichprobe der Teamleitungen, pseudonymisierter Auszug, ")
            .Append("Stichproben der Regionaldirektionen und der Zentrale, Berechtigungen, Bewertungen, Befunde und Prüfung aller Nachweise.</p>\n")
            .Append("<p class=\"status ").Append(ok ? "pass" : "fail").Append("\">")
            .Append(ok ? "✔ Alle Prüfungen bestanden" : "✘ Mindestens eine Prüfung ist fehlgeschlagen").Append("</p>\n")
            .Append("<dl class=\"facts\">\n");
        Fact(html, "Bewertungsphase", s.Run.PhaseId);
        Fact(html, "Monat", s.Run.Month);
        Fact(html, "Umfang", s.Run.Scale);
        Fact(html, "Startwert (Seed)", s.Run.Seed.ToString(CultureInfo.InvariantCulture));
        Fact(html, "Kundendatensätze erzeugt", N(s.Run.GeneratedRecords));
        Fact(html, "Regionaldirektionen", N(s.Run.RegionalDirectorates));
        Fact(html, "Jobcenter und Arbeitsagenturen (davon Jobcenter mit Zustimmung § 16a)", $"{N(s.Run.JobCentres)} ({N(s.Run.JobCentresWithConsent16a)})");
        Fact(html, "Teams", N(s.Run.Teams));
        Fact(html, "Laufzeit", s.Run.DurationSeconds.ToString("N1", German) + " s");
        html.Append("</dl>\n</header>\n");
    }

    private static void Draws(StringBuilder html, DemoSummary s)
    {
        html.Append("<section id=\"stichproben\">\n<h2>Stichproben: was gezogen wurde und warum</h2>\n")
            .Append("<p>Jede Ziehung ist zufallsorientiert und nachprüfbar: Jeder Fall erhält ein Los ")
            .Append("<code>SHA-256(\"VKB-SAMPLE-V1\" ‖ Seed ‖ Ziehungs-ID ‖ Schlüssel)</code>; je Einheit und Schicht gewinnen die kleinsten Lose. ")
            .Append("Der Seed jeder Ziehung wurde vor der Ziehung festgelegt (Commitment mit Zeitstempel). ")
            .Append("„Mindestens 10“ ist eine Untergrenze: Hat eine Einheit weniger geeignete Fälle, werden alle gezogen und die Fehlmenge wird ausgewiesen. ")
            .Append("Fälle mit kommunalen Eingliederungsleistungen (§ 16a SGB II) schließt die Ziehung selbst aus, wenn das Zustimmungsregister ")
            .Append("(<code>announcements/consent-16a.json</code>) für das Jobcenter nicht an jedem Tag des Monats eine Zustimmung der Trägerversammlung zeigt; ")
            .Append("in den Vormonaten bereits gezogene Fälle sind ausgeschlossen. Jede Regionaldirektion zieht mit eigenem Seed nur aus ihrem Bezirk. ")
            .Append("Die Teamleitungen erscheinen nur zusammengefasst je Jobcenter, nie einzeln (keine Auswertung nach Beschäftigten).</p>\n");

        foreach (var level in s.Draws.GroupBy(d => d.Level))
        {
            var draws = level.ToList();
            var shortfalls = draws.Count(d => d.Shortfall > 0);
            html.Append("<h3>").Append(E(level.Key)).Append("</h3>\n<p>")
                .Append(N(draws.Count)).Append(" Einheiten, ").Append(N(draws.Sum(d => d.Selected))).Append(" Fälle gezogen, ")
                .Append(N(shortfalls)).Append(shortfalls == 1 ? " Einheit" : " Einheiten").Append(" mit Fehlmenge, ")
                .Append(N(draws.Sum(d => d.ExcludedByReason.Values.Sum()))).Append(" Ausschlüsse.</p>\n")
                .Append(draws.Count > 8 ? "<details>\n<summary>Alle " + N(draws.Count) + " Einheiten anzeigen</summary>\n" : "<details open>\n<summary>Einheiten</summary>\n")
                .Append("<div class=\"scroll\"><table>\n<thead><tr><th>Einheit</th><th>Kontext</th><th class=\"n\">angefordert</th><th class=\"n\">gezogen</th>")
                .Append("<th class=\"n\">Fehlmenge</th><th>Schichten (geeignet / zugeteilt / gezogen)</th><th>Ausschlüsse nach Grund</th><th>Seed-Commitment</th><th>geprüft</th></tr></thead>\n<tbody>\n");
            foreach (var d in draws)
            {
                html.Append("<tr").Append(d.Shortfall > 0 ? " class=\"short\"" : string.Empty).Append("><td>").Append(E(d.Unit)).Append("</td><td>").Append(E(d.Context))
                    .Append("</td><td class=\"n\">").Append(N(d.Requested)).Append("</td><td class=\"n\">").Append(N(d.Selected))
                    .Append("</td><td class=\"n\">").Append(d.Shortfall > 0 ? N(d.Shortfall) : "–").Append("</td><td>");
                html.AppendJoin("<br>", d.Strata.Select(st => $"{E(GermanLabels.Of(st.Stratum))}: {N(st.Eligible)} / {N(st.Allocated)} / {N(st.Selected)}"));
                html.Append("</td><td>");
                html.AppendJoin("<br>", d.ExcludedByReason.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{E(ReasonLabel(r.Key))}: {N(r.Value)}"));
                if (d.ExcludedByReason.Count == 0)
                {
                    html.Append('–');
                }

                html.Append("</td><td><code title=\"").Append(E(d.SeedCommitment)).Append("\">").Append(E(Short(d.SeedCommitment)))
                    .Append("</code><br><small>").Append(E(d.CommittedAt)).Append("</small></td><td>").Append(Mark(d.Verified)).Append("</td></tr>\n");
            }

            html.Append("</tbody></table></div>\n</details>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>German labels for the machine-readable exclusion reasons of the protocols.</summary>
    private static string ReasonLabel(string reason) => reason switch
    {
        _ when reason.StartsWith("sampled-in-previous-", StringComparison.Ordinal) =>
            "in den Vormonaten bereits gezogen (" + reason["sampled-in-previous-".Length..].Replace("-months", " Monate", StringComparison.Ordinal) + ")",
        _ when reason.StartsWith("§ 16a", StringComparison.Ordinal) || reason == Vkb.Sampling.SampleFrame.Section16aReason => "§ 16a SGB II ohne Zustimmung der Trägerversammlung",
        _ => reason,
    };

    private static void VerificationSection(StringBuilder html, DemoSummary s)
    {
        html.Append("<section id=\"pruefungen\">\n<h2>Prüfungen</h2>\n")
            .Append("<p>Jedes Stichprobenprotokoll wurde aus Seed und Grundgesamtheit neu berechnet, die Signatur des Auszugs geprüft ")
            .Append("und die Hash-Kette des Berechtigungsjournals nachgerechnet.</p>\n")
            .Append("<table>\n<thead><tr><th>Prüfung</th><th>Ergebnis</th><th>Einzelheiten</th></tr></thead>\n<tbody>\n");
        foreach (var check in s.Verification)
        {
            html.Append("<tr class=\"").Append(check.Passed ? "pass" : "fail").Append("\"><td>").Append(E(check.Name)).Append("</td><td>")
                .Append(Mark(check.Passed)).Append(check.Passed ? " bestanden" : " fehlgeschlagen").Append("</td><td>").Append(E(check.Detail)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n</section>\n");
    }

    private static void CalibrationSection(StringBuilder html, DemoSummary s)
    {
        html.Append("<section id=\"kalibrierung\">\n<h2>Kalibrierung zwischen den Ebenen</h2>\n")
            .Append("<p>Für Fälle, die auf zwei Ebenen bewertet wurden: Übereinstimmung in Prozent und Cohens Kappa je Frage. ")
            .Append("Kappa über 0,6 gilt üblicherweise als gute, unter 0,4 als schwache Übereinstimmung. Die Fragen mit der größten Abweichung stehen oben.</p>\n")
            .Append("<p class=\"model\"><strong>Simulationsmodell:</strong> ").Append(E(s.CalibrationModel.Description)).Append("</p>\n");
        foreach (var pair in s.Calibration.GroupBy(r => (r.LevelA, r.LevelB)))
        {
            var rows = pair.OrderBy(r => r.Kappa ?? double.MaxValue).ThenBy(r => r.QuestionId, StringComparer.Ordinal).ToList();
            html.Append("<h3>").Append(E(pair.Key.LevelA)).Append(" ↔ ").Append(E(pair.Key.LevelB)).Append("</h3>\n");
            html.Append(CalibrationChart(rows));
            html.Append("<table>\n<thead><tr><th>Frage</th><th class=\"n\">Fälle</th><th class=\"n\">Übereinstimmung</th><th class=\"n\">Kappa</th></tr></thead>\n<tbody>\n");
            foreach (var r in rows)
            {
                html.Append("<tr><td><code>").Append(E(r.QuestionId)).Append("</code> ").Append(E(r.QuestionText)).Append("</td><td class=\"n\">")
                    .Append(N(r.Cases)).Append("</td><td class=\"n\">").Append(r.PercentAgreement.ToString("P0", German)).Append("</td><td class=\"n\">")
                    .Append(r.Kappa is { } k ? k.ToString("N2", German) : "–").Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        if (s.Calibration.Count == 0)
        {
            html.Append("<p>Keine Fälle wurden auf zwei Ebenen bewertet.</p>\n");
        }

        html.Append("</section>\n");
    }

    private static string CalibrationChart(List<CalibrationRow> rows)
    {
        const int labelWidth = 230, barWidth = 420, rowHeight = 26, top = 28;
        var height = top + (rows.Count * rowHeight) + 10;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" viewBox=\"0 0 {labelWidth + barWidth + 70} {height}\" width=\"100%\" ")
           .Append("aria-label=\"Übereinstimmung und Kappa je Frage\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"6\" width=\"12\" height=\"10\" class=\"agree\"/><text x=\"{labelWidth + 16}\" y=\"15\">Übereinstimmung</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth + 140}\" y=\"6\" width=\"12\" height=\"10\" class=\"kappa\"/><text x=\"{labelWidth + 156}\" y=\"15\">Kappa</text>\n");
        for (var tick = 0; tick <= 4; tick++)
        {
            var x = labelWidth + (barWidth * tick / 4.0);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:F1}\" x2=\"{x:F1}\" y1=\"{top - 4}\" y2=\"{height - 6}\" class=\"grid\"/>");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var y = top + (i * rowHeight);
            var agree = barWidth * Math.Clamp(r.PercentAgreement, 0, 1);
            var kappa = barWidth * Math.Clamp(r.Kappa ?? 0, 0, 1);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth - 6}\" y=\"{y + 15}\" text-anchor=\"end\">{E(Truncate(r.QuestionText, 34))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y + 3}\" width=\"{agree:F1}\" height=\"9\" class=\"agree\"><title>Übereinstimmung {r.PercentAgreement.ToString("P0", German)}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y + 13}\" width=\"{kappa:F1}\" height=\"9\" class=\"kappa\"><title>Kappa {(r.Kappa is { } k ? k.ToString("N2", German) : "–")}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + Math.Max(agree, kappa) + 6:F1}\" y=\"{y + 17}\" class=\"val\">{(r.Kappa is { } kv ? kv.ToString("N2", German) : "–")}</text>\n");
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void FindingsSection(StringBuilder html, DemoSummary s)
    {
        html.Append("<section id=\"befunde\">\n<h2>Befunde je Frage</h2>\n")
            .Append("<p>Anzahl der Antworten je Ebene und Regionaldirektion. Es werden keine Fehlerquoten berechnet und keine Einheiten gereiht; ")
            .Append("es gibt keine Auswertung nach Beschäftigten. Zellen mit weniger als fünf Fällen sind gesperrt (<span class=\"sup\">●</span>), ")
            .Append("ebenso so viele weitere Zellen, dass sich keine gesperrte Zelle aus Summen zurückrechnen lässt.</p>\n");
        foreach (var table in s.Findings)
        {
            html.Append("<h3><code>").Append(E(table.QuestionId)).Append("</code> ").Append(E(table.QuestionText)).Append("</h3>\n")
                .Append("<div class=\"scroll\"><table class=\"findings\">\n<thead><tr><th>Ebene / Einheit</th>");
            foreach (var column in table.Columns)
            {
                html.Append("<th class=\"n\">").Append(E(GermanLabels.Of(column))).Append("</th>");
            }

            html.Append("<th class=\"n\">Summe</th></tr></thead>\n<tbody>\n");
            foreach (var row in table.Rows)
            {
                html.Append("<tr><td>").Append(E(row.Label)).Append("</td>");
                foreach (var cell in row.Cells)
                {
                    html.Append(cell is { } c ? $"<td class=\"n\">{N(c)}</td>" : "<td class=\"n sup\" title=\"gesperrt\">●</td>");
                }

                html.Append(row.Total is { } t ? $"<td class=\"n\">{N(t)}</td>" : "<td class=\"n sup\" title=\"gesperrt\">●</td>").Append("</tr>\n");
            }

            html.Append("</tbody></table></div>\n");
        }

        html.Append("</section>\n");
    }

    private static void IndicatorsSection(StringBuilder html, DemoSummary s)
    {
        html.Append("<section id=\"indikatoren\">\n<h2>Fallmanagement-Indikatoren</h2>\n")
            .Append("<p>Aus den pseudonymisierten Verläufen, nur auf Ebene der Jobcenter: Beschäftigungsaufnahme, Annäherung der Profillage an den Arbeitsmarkt, ")
            .Append("erfolgreich beendete Maßnahmen, erfasster Fallzugang und Fallabgang. Kleine Zellen sind gesperrt.</p>\n");
        var columns = s.Indicators.SelectMany(r => r.Counts.Keys).Distinct().ToList();
        html.Append("<div class=\"scroll\"><table>\n<thead><tr><th>Jobcenter</th><th class=\"n\">Fälle</th>");
        foreach (var c in columns)
        {
            html.Append("<th class=\"n\">").Append(E(GermanLabels.Of(c))).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in s.Indicators)
        {
            html.Append("<tr><td>").Append(E(row.Unit)).Append("</td><td class=\"n\">").Append(N(row.Cases)).Append("</td>");
            foreach (var c in columns)
            {
                html.Append(row.Counts.TryGetValue(c, out var v) && v is { } value ? $"<td class=\"n\">{N(value)}</td>" : "<td class=\"n sup\" title=\"gesperrt\">●</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody></table></div>\n</section>\n");
    }

    private static void EntitlementsSection(StringBuilder html, DemoSummary s)
    {
        var e = s.Entitlements;
        html.Append("<section id=\"berechtigungen\">\n<h2>Berechtigungen</h2>\n")
            .Append("<p>Die Führungskraft beantragt, der Sondergenehmiger genehmigt; beantragende, genehmigende und berechtigte Person sind verschieden. ")
            .Append("Eine Genehmigung erfolgt nur, wenn zu jedem Zeitpunkt ihres Zeitraums die Höchstzahl der jeweils geltenden Weisung eingehalten ist. ")
            .Append("Jede Regionaldirektion sieht nur Fälle ihres Bezirks.</p>\n")
            .Append("<table>\n<thead><tr><th>Einheit</th><th>Weisung</th><th class=\"n\">Höchstzahl</th><th class=\"n\">Berechtigte</th><th>Auslastung</th></tr></thead>\n<tbody>\n");
        foreach (var u in e.Units)
        {
            var share = u.Cap > 0 ? Math.Clamp((double)u.Holders / u.Cap, 0, 1) : 0;
            html.Append("<tr><td>").Append(E(u.Unit)).Append("</td><td>").Append(E(u.Directive)).Append("</td><td class=\"n\">").Append(N(u.Cap))
                .Append("</td><td class=\"n\">").Append(N(u.Holders)).Append("</td><td>")
                .Append(CultureInfo.InvariantCulture, $"<svg class=\"meter\" viewBox=\"0 0 100 10\" width=\"100\" height=\"10\"><rect width=\"100\" height=\"10\" class=\"track\"/><rect width=\"{share * 100:F0}\" height=\"10\" class=\"{(u.Holders > u.Cap ? "over" : "fill")}\"/></svg>")
                .Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n<h3>Abgelehnte Anträge</h3>\n");
        if (e.Refusals.Count == 0)
        {
            html.Append("<p>Keine.</p>\n");
        }
        else
        {
            html.Append("<table>\n<thead><tr><th>Einheit</th><th>Antrag</th><th>Grund</th><th>Weisung</th></tr></thead>\n<tbody>\n");
            foreach (var r in e.Refusals)
            {
                html.Append("<tr><td>").Append(E(r.Unit)).Append("</td><td><code>").Append(E(r.Request)).Append("</code></td><td>").Append(E(r.Reason))
                    .Append("</td><td>").Append(E(r.Directive ?? "–")).Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        html.Append("<h3>Zugriffsentscheidungen</h3>\n<p>").Append(N(e.AccessAllowed)).Append(" Lesezugriffe erlaubt, ").Append(N(e.AccessDenied))
            .Append(" verweigert. Journal: ").Append(N(e.LedgerEvents)).Append(" Ereignisse, Hash-Kette ").Append(e.LedgerVerified ? "intakt" : "<strong>verletzt</strong>").Append(".</p>\n");
        if (e.DenialReasons.Count > 0)
        {
            html.Append("<ul>\n");
            foreach (var r in e.DenialReasons.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                html.Append("<li>").Append(E(r.Key)).Append(": ").Append(N(r.Value)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
    }

    private static void PrivacySection(StringBuilder html, DemoSummary s)
    {
        var p = s.Privacy;
        html.Append("<section id=\"datenschutz\">\n<h2>Datenschutz</h2>\n")
            .Append("<p>In den Auszug gelangen nur von Teamleitungen markierte Fälle. Die Richtlinie des Datenraums ist eine Positivliste: ")
            .Append("Jedes nicht genannte Feld wird verworfen und gezählt. Kennungen werden mit einem Schlüssel pseudonymisiert, Daten je Person verschoben ")
            .Append("(Abstände bleiben erhalten), Vermerke bereinigt. Nur das Jobcenter kann mit seinem versiegelten Schlüsselpaket zurückführen.</p>\n<dl class=\"facts\">\n");
        Fact(html, "Richtlinie", $"{p.PolicyId} ({Short(p.PolicyHash)})");
        Fact(html, "Schlüssel-Fingerabdruck", p.KeyFingerprint);
        Fact(html, "Datensätze gelesen / geschrieben / abgewiesen", $"{N(p.RecordsRead)} / {N(p.RecordsWritten)} / {N(p.RecordsRejected)}");
        Fact(html, "Versiegelte Rückführungspakete", N(p.KitsSealed));
        Fact(html, $"k-Anonymität (k = {p.KAnonymityK})", $"{N(p.ClassesBelowK)} Klassen mit {N(p.RecordsInClassesBelowK)} Datensätzen unter k; kleinste Klasse {N(p.SmallestClass)}; {N(p.RecordsSuppressed)} Datensätze unterdrückt");
        Fact(html, "Gewählte Generalisierung", p.Generalisation);
        Fact(html, "Informationsverlust", string.Create(CultureInfo.InvariantCulture, $"Discernibility {N(p.Discernibility)}, Precision-Verlust {p.PrecisionLoss:P0}"));
        html.Append("</dl>\n<div class=\"cols\">\n<div>\n<h3>Verworfene Felder</h3>\n");
        CountTable(html, "Feld", p.DroppedFields);
        html.Append("</div>\n<div>\n<h3>Ersetzungen je Erkenner</h3>\n");
        CountTable(html, "Erkenner", p.Replacements);
        html.Append("</div>\n</div>\n</section>\n");
    }

    private static void ArtefactsSection(StringBuilder html, DemoSummary s)
    {
        html.Append("<section id=\"artefakte\">\n<h2>Artefakte</h2>\n<table>\n<thead><tr><th>Datei</th><th>Inhalt</th><th class=\"n\">Größe</th></tr></thead>\n<tbody>\n");
        foreach (var a in s.Artefacts)
        {
            html.Append("<tr><td><code>").Append(E(a.Path)).Append("</code></td><td>").Append(E(a.Description)).Append("</td><td class=\"n\">")
                .Append(a.Bytes is { } size ? Bytes(size) : "–").Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n</section>\n");
    }

    private static void CountTable(StringBuilder html, string label, IReadOnlyDictionary<string, long> counts)
    {
        html.Append("<table>\n<thead><tr><th>").Append(E(label)).Append("</th><th class=\"n\">Anzahl</th></tr></thead>\n<tbody>\n");
        foreach (var (key, value) in counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal))
        {
            html.Append("<tr><td><code>").Append(E(key)).Append("</code></td><td class=\"n\">").Append(N(value)).Append("</td></tr>\n");
        }

        if (counts.Count == 0)
        {
            html.Append("<tr><td colspan=\"2\">keine</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static void Fact(StringBuilder html, string term, string value) =>
        html.Append("<div><dt>").Append(E(term)).Append("</dt><dd>").Append(E(value)).Append("</dd></div>\n");

    private static string Mark(bool passed) => passed ? "<span class=\"ok\">✔</span>" : "<span class=\"bad\">✘</span>";

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    private static string N(long value) => value.ToString("N0", German);

    private static string Short(string digest) => digest.Length > 16 ? digest[..16] + "…" : digest;

    private static string Truncate(string text, int max) => text.Length > max ? text[..(max - 1)] + "…" : text;

    private static string Bytes(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / (1024.0 * 1024.0)).ToString("N1", German) + " MiB",
        >= 1024 => (bytes / 1024.0).ToString("N1", German) + " KiB",
        _ => N(bytes) + " B",
    };

    private const string Css = """
        :root { --ink:#1d2733; --muted:#5b6b7c; --line:#d9e0e7; --bg:#f6f8fa; --ba:#c8102e; --ok:#1a7f37; --bad:#b42318; --a:#2f6db3; --k:#e0a100; }
        * { box-sizing: border-box; }
        body { margin:0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color:var(--ink); background:var(--bg); }
        main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 48px; background:#fff; min-height:100vh; }
        header { border-bottom: 4px solid var(--ba); margin-bottom: 12px; padding-bottom: 8px; }
        h1 { font-size: 1.7rem; margin: .2em 0; } h2 { font-size: 1.3rem; margin-top: 2em; border-bottom: 1px solid var(--line); padding-bottom:.2em; }
        h3 { font-size: 1.05rem; margin: 1.4em 0 .4em; }
        .lead { color: var(--muted); max-width: 70em; }
        .status { display:inline-block; padding: .35em .9em; border-radius: 4px; font-weight: 600; }
        .status.pass { background:#dafbe1; color:var(--ok); } .status.fail { background:#ffebe9; color:var(--bad); }
        dl.facts { display:grid; grid-template-columns: repeat(auto-fill, minmax(230px, 1fr)); gap: 8px 24px; margin: 12px 0; }
        dl.facts div { border-left: 3px solid var(--line); padding-left: 10px; } dt { color: var(--muted); font-size:.85rem; } dd { margin:0; font-weight:600; }
        table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: .9rem; }
        th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
        th { background: #eef2f6; font-weight: 600; } td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
        tr.short td { background: #fff8e5; } tr.fail td { background:#ffebe9; }
        .scroll { overflow-x: auto; } code { font-size: .85em; color:#374151; }
        .ok { color: var(--ok); font-weight: 700; } .bad { color: var(--bad); font-weight: 700; }
        .sup { color: #8a94a0; }
        svg.chart { max-width: 760px; display:block; margin: 8px 0; font-size: 11px; }
        svg.chart text { fill: var(--ink); } svg.chart .val { fill: var(--muted); } svg.chart .grid { stroke: var(--line); }
        .agree { fill: var(--a); } .kappa { fill: var(--k); }
        svg.meter .track { fill: var(--line); } svg.meter .fill { fill: var(--a); } svg.meter .over { fill: var(--bad); }
        .cols { display:grid; grid-template-columns: 1fr 1fr; gap: 24px; }
        details > summary { cursor: pointer; color: var(--a); margin: 4px 0; }
        .model { background: var(--bg); padding: 8px 12px; border-left: 3px solid var(--k); }
        footer { margin-top: 40px; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); padding-top: 8px; }
        @media (max-width: 800px) { .cols { grid-template-columns: 1fr; } }
        """;
}
