using System.Text.RegularExpressions;
using Vkb.Cli.Demo;

namespace Vkb.Cli.Tests;

/// <summary>The demo report speaks German, has a table of contents and lists final artefact sizes.</summary>
public sealed partial class DemoReportTests(DemoEndToEndTests.DemoRun run) : IClassFixture<DemoEndToEndTests.DemoRun>
{
    [Fact]
    public void Report_ListsEachArtefactWithItsFinalSize()
    {
        var listed = run.Summary.Artefacts.Where(a => a.Bytes is not null).ToList();
        listed.ShouldContain(a => a.Path.EndsWith("ledger.db", StringComparison.Ordinal));
        foreach (var artefact in listed)
        {
            artefact.Bytes.ShouldBe(new FileInfo(run.PathOf(artefact.Path)).Length, artefact.Path);
        }
    }

    [Fact]
    public void Report_HasATableOfContentsWithEverySection()
    {
        var html = File.ReadAllText(run.PathOf("report.html"));
        html.ShouldContain("<nav id=\"inhalt\">");
        foreach (Match section in SectionId().Matches(html))
        {
            html.ShouldContain($"<a href=\"#{section.Groups[1].Value}\">");
        }
    }

    [Fact]
    public void Report_TableCells_HoldNoEnglishCodes()
    {
        var html = File.ReadAllText(run.PathOf("report.html"));
        var codes = Cell().Matches(html).Select(m => m.Groups[1].Value.Trim())
            .SelectMany(c => c.Split(["<br>", ": "], StringSplitOptions.None))
            .Where(c => CamelCaseCode().IsMatch(c) || c is "yes" or "no" or "partly")
            .Distinct().ToList();
        codes.ShouldBeEmpty();
        GermanLabels.Of("disabledPersons").ShouldBe("Menschen mit Behinderung");
    }

    [GeneratedRegex("<section id=\"([a-z-]+)\"")]
    private static partial Regex SectionId();

    [GeneratedRegex("<t[dh][^>]*>(.*?)</t[dh]>")]
    private static partial Regex Cell();

    [GeneratedRegex("^[a-z]+[A-Z][A-Za-z]*$")]
    private static partial Regex CamelCaseCode();
}
