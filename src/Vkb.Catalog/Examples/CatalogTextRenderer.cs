using System.Text;

namespace Vkb.Catalog;

/// <summary>Renders a catalogue as plain text for review (approval tests, CLI, reports).</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class CatalogTextRenderer
{
    /// <summary>Renders a catalogue with its header, items, flags, options, help texts and conditions.</summary>
    /// <param name="catalog">The catalogue.</param>
    /// <returns>The text, lines separated by <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static string Render(Catalog catalog) => Render(ResolvedCatalog.Create(Preconditions.CheckNotNull(catalog)));

    /// <summary>Renders a base catalogue with its extensions.</summary>
    /// <param name="catalog">The resolved catalogue.</param>
    /// <returns>The text, lines separated by <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static string Render(ResolvedCatalog catalog)
    {
        Preconditions.CheckNotNull(catalog);
        var text = new StringBuilder();
        var b = catalog.Base;
        Line(text, $"{b.Title}");
        Line(text, $"id {b.Id}, version {b.Version}, process {b.CustomerProcess}, status {b.Status.ToString().ToUpperInvariant()}, effective {b.EffectiveFrom:yyyy-MM-dd} to {(b.EffectiveTo is { } to ? to.ToString("yyyy-MM-dd", null) : "open")}");
        if (b.Description is not null)
        {
            Line(text, b.Description);
        }

        Line(text, string.Empty);
        RenderItems(text, b.Items, 0);
        foreach (var extension in catalog.Extensions)
        {
            Line(text, string.Empty);
            Line(text, $"+ extension {extension.Pin} of RD {extension.RegionalDirectorate}: {extension.Title}");
            Line(text, $"  extends {extension.Base}, status {extension.Status.ToString().ToUpperInvariant()}, effective {extension.EffectiveFrom:yyyy-MM-dd} to {(extension.EffectiveTo is { } extTo ? extTo.ToString("yyyy-MM-dd", null) : "open")}");
            RenderItems(text, extension.Items, 1);
        }

        return text.ToString();
    }

    private static void RenderItems(StringBuilder text, IReadOnlyList<CatalogItem> items, int depth)
    {
        var indent = new string(' ', depth * 2);
        foreach (var item in items)
        {
            var condition = item.EnableWhen is null ? string.Empty : $"{indent}    enabled when {item.EnableWhen}";
            switch (item)
            {
                case GroupItem group:
                    Line(text, $"{indent}[{group.LinkId}] {group.Text}");
                    if (condition.Length > 0)
                    {
                        Line(text, condition);
                    }

                    RenderItems(text, group.Items, depth + 1);
                    break;
                case DisplayItem display:
                    Line(text, $"{indent}i {display.Text}");
                    break;
                case QuestionItem question:
                    var flags = new List<string> { Kind(question.Kind) };
                    if (question.Required)
                    {
                        flags.Add("required");
                    }

                    if (question.Repeats)
                    {
                        flags.Add("repeats");
                    }

                    Line(text, $"{indent}- {question.LinkId}: {question.Text} ({string.Join(", ", flags)})");
                    if (question.Kind == AnswerKind.Verdict)
                    {
                        Line(text, $"{indent}    answers: {string.Join(" / ", VerdictCodes.All.Select(VerdictCodes.GermanLabel))}");
                    }

                    foreach (var option in question.Options)
                    {
                        Line(text, $"{indent}    ( ) {option.Code}: {option.Display}");
                    }

                    if (question.HelpText is not null)
                    {
                        Line(text, $"{indent}    help: {question.HelpText}");
                    }

                    if (condition.Length > 0)
                    {
                        Line(text, condition);
                    }

                    break;
            }
        }
    }

    private static string Kind(AnswerKind kind) => kind switch
    {
        AnswerKind.Verdict => "verdict",
        AnswerKind.SingleChoice => "single choice",
        AnswerKind.MultipleChoice => "multiple choice",
        AnswerKind.Text => "text",
        AnswerKind.Date => "date",
        _ => "whole number",
    };

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
