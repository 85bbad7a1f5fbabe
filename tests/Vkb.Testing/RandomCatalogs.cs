using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Vkb.Catalog;

namespace Vkb.Testing;

/// <summary>
/// Random valid catalogues and assessments, made through the public builders only. Each value is
/// derived from one seed, so a failing case is reproduced by its seed.
/// </summary>
public static class RandomCatalogs
{
    private static readonly AnswerKind[] Kinds = Enum.GetValues<AnswerKind>();

    /// <summary>Seeds for <see cref="Catalog(int)"/> and the other generators of this class.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<int> Seeds() => Gen.Choose(0, int.MaxValue - 1).ToArbitrary();

    /// <summary>A random valid catalogue of the seed.</summary>
    /// <param name="seed">The seed.</param>
    /// <returns>The catalogue.</returns>
    public static Vkb.Catalog.Catalog Catalog(int seed) => Catalog(new Random(seed));

    /// <summary>A random valid catalogue: 1 to 3 groups of questions of every answer kind, options, help texts, enable conditions on earlier questions, any status and effective period.</summary>
    /// <param name="random">The source of randomness.</param>
    /// <param name="id">The catalogue id.</param>
    /// <param name="process">The customer process.</param>
    /// <returns>The catalogue.</returns>
    public static Vkb.Catalog.Catalog Catalog(Random random, string id = "cat", string process = "placement")
    {
        var builder = new CatalogBuilder(id, process, CatalogVersion.Create(random.Next(0, 5), random.Next(0, 10)))
        {
            Title = "Katalog " + random.Next(100),
            Description = random.Next(2) == 0 ? null : "Beschreibung äöü",
            Status = (CatalogStatus)random.Next(3),
            EffectiveFrom = new LocalDate(2020, 1, 1).PlusDays(random.Next(0, 1500)),
        };
        if (random.Next(2) == 0)
        {
            builder.EffectiveTo = builder.EffectiveFrom.Value.PlusDays(random.Next(0, 800));
        }

        var questions = new List<(string LinkId, AnswerKind Kind, List<string> Options)>();
        var counter = 0;
        var groups = random.Next(1, 4);
        for (var g = 0; g < groups; g++)
        {
            if (random.Next(3) == 0)
            {
                AddQuestion(builder.Items, random, questions, ref counter);
                continue;
            }

            builder.Items.Group($"g{g}", $"Gruppe {g}", list =>
            {
                var count = random.Next(1, 5);
                for (var i = 0; i < count; i++)
                {
                    if (random.Next(6) == 0)
                    {
                        list.Display($"d{g}-{i}", "Hinweis");
                    }

                    AddQuestion(list, random, questions, ref counter);
                }
            });
        }

        return builder.Build().GetValueOrThrow();
    }

    /// <summary>A random active regional extension of <paramref name="baseCatalog"/> with 1 to 3 namespaced questions.</summary>
    /// <param name="random">The source of randomness.</param>
    /// <param name="baseCatalog">The catalogue extended.</param>
    /// <param name="rd">The regional directorate (the link-id prefix).</param>
    /// <returns>The extension.</returns>
    public static CatalogExtension Extension(Random random, Vkb.Catalog.Catalog baseCatalog, string rd)
    {
        var builder = new CatalogExtensionBuilder($"ext-{rd}", rd, baseCatalog, CatalogVersion.Create(1, random.Next(10)))
        {
            Title = "Schwerpunkt",
            Status = CatalogStatus.Active,
            EffectiveFrom = baseCatalog.EffectiveFrom,
            EffectiveTo = random.Next(2) == 0 ? null : baseCatalog.EffectiveFrom.PlusDays(random.Next(400)),
        };
        var earlier = baseCatalog.Questions.Select(q => (q.LinkId, q.Kind, q.Options.Select(o => o.Code).ToList())).ToList();
        var counter = 0;
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            AddQuestion(builder.Items, random, earlier, ref counter, rd + ":");
        }

        return builder.Build().GetValueOrThrow();
    }

    private static void AddQuestion(ItemListBuilder list, Random random, List<(string LinkId, AnswerKind Kind, List<string> Options)> earlier, ref int counter, string prefix = "")
    {
        var linkId = $"{prefix}q{counter++}";
        var kind = Kinds[random.Next(Kinds.Length)];
        var options = new List<string>();
        if (kind is AnswerKind.SingleChoice or AnswerKind.MultipleChoice)
        {
            var n = random.Next(1, 5);
            for (var o = 0; o < n; o++)
            {
                options.Add($"o{o}");
            }
        }

        var condition = earlier.Count > 0 && random.Next(2) == 0 ? RandomCondition(random, earlier, 2) : null;
        list.Question(linkId, $"Frage {linkId}?", kind, q =>
        {
            q.Required(random.Next(2) == 0);
            if (kind is not (AnswerKind.Verdict or AnswerKind.SingleChoice or AnswerKind.MultipleChoice) && random.Next(3) == 0)
            {
                q.Repeats();
            }

            if (random.Next(3) == 0)
            {
                q.HelpText("Hilfe zu " + linkId);
            }

            foreach (var option in options)
            {
                q.Option(option, "Option " + option);
            }

            q.EnableWhen(condition);
        });
        earlier.Add((linkId, kind, options));
    }

    private static EnableCondition RandomCondition(Random random, List<(string LinkId, AnswerKind Kind, List<string> Options)> earlier, int depth)
    {
        var choice = depth == 0 ? 0 : random.Next(5);
        return choice switch
        {
            1 => EnableCondition.All(RandomCondition(random, earlier, depth - 1), RandomCondition(random, earlier, depth - 1)),
            2 => EnableCondition.Any(RandomCondition(random, earlier, depth - 1), RandomCondition(random, earlier, depth - 1)),
            3 => EnableCondition.Not(RandomCondition(random, earlier, depth - 1)),
            _ => Leaf(random, earlier),
        };
    }

    private static EnableCondition Leaf(Random random, List<(string LinkId, AnswerKind Kind, List<string> Options)> earlier)
    {
        var (linkId, kind, options) = earlier[random.Next(earlier.Count)];
        if (random.Next(3) == 0)
        {
            return EnableCondition.Answered(linkId);
        }

        var value = kind is AnswerKind.SingleChoice or AnswerKind.MultipleChoice ? AnswerValue.OfCode(options[random.Next(options.Count)]) : Sample(random, kind);
        if (AnswerValue.IsOrdered(value.Kind) && random.Next(2) == 0)
        {
            return EnableCondition.Compare(linkId, (ComparisonOperator)random.Next(4), value);
        }

        return EnableCondition.AnswerIs(linkId, value);
    }

    /// <summary>A value of every non-choice answer kind.</summary>
    public static AnswerValue Sample(Random random, AnswerKind kind) => kind switch
    {
        AnswerKind.Verdict => AnswerValue.OfVerdict((Verdict)random.Next(4)),
        AnswerKind.Text or AnswerKind.ShortText => AnswerValue.OfText(random.Next(2) == 0 ? "x" : "Freitext mit Ümlaut"),
        AnswerKind.Date => AnswerValue.OfDate(new LocalDate(2024, 1, 1).PlusDays(random.Next(3))),
        AnswerKind.Boolean => AnswerValue.OfBoolean(random.Next(2) == 0),
        AnswerKind.DecimalNumber => AnswerValue.OfDecimal(random.Next(-300, 300) / 100m),
        AnswerKind.DateTime => AnswerValue.OfDateTime($"2024-01-0{random.Next(1, 4)}T10:00:00Z"),
        AnswerKind.Time => AnswerValue.OfTime($"1{random.Next(3)}:00:00"),
        AnswerKind.Url => AnswerValue.OfUri("https://example.org/" + random.Next(3)),
        AnswerKind.Attachment => AnswerValue.OfJson(AnswerValueKind.Attachment, "{\"contentType\":\"text/plain\",\"title\":\"a" + random.Next(3) + "\"}"),
        AnswerKind.Reference => AnswerValue.OfJson(AnswerValueKind.Reference, "{\"reference\":\"Organization/o" + random.Next(3) + "\"}"),
        AnswerKind.Quantity => AnswerValue.OfJson(AnswerValueKind.Quantity, "{\"value\":" + random.Next(3) + ",\"unit\":\"kg\",\"code\":\"kg\"}"),
        _ => AnswerValue.OfWholeNumber(random.Next(-2, 3)),
    };

    /// <summary>A value the question accepts: one of its options for a choice, else a sample of its kind.</summary>
    /// <param name="random">The source of randomness.</param>
    /// <param name="question">The question.</param>
    /// <returns>The value.</returns>
    public static AnswerValue ValidValue(Random random, QuestionItem question) => question.Kind switch
    {
        AnswerKind.SingleChoice or AnswerKind.MultipleChoice => AnswerValue.OfCode(question.Options[random.Next(question.Options.Count)].Code),
        _ => Sample(random, question.Kind),
    };

    /// <summary>Answers every enabled question in order (required always, optional mostly): a valid completed assessment.</summary>
    public static Assessment ValidAssessment(Random random, ResolvedCatalog catalog, string rd = "NRW", AssessmentLevel? level = null)
    {
        var answers = new List<Answer>();
        var given = new Dictionary<string, IReadOnlyList<AnswerValue>>(StringComparer.Ordinal);
        foreach (var question in catalog.Questions)
        {
            if (!catalog.IsEnabled(question.LinkId, given) || (!question.Required && random.Next(4) == 0))
            {
                continue;
            }

            var values = new List<AnswerValue> { ValidValue(random, question) };
            if (question.AcceptsSeveralValues && random.Next(2) == 0)
            {
                var extra = ValidValue(random, question);
                if (!values.Contains(extra))
                {
                    values.Add(extra);
                }
            }

            var answer = Answer.Create(question.LinkId, values);
            answers.Add(answer);
            given[question.LinkId] = answer.Values;
        }

        return Assessment.Create(
            "PSN-" + random.Next(1_000_000).ToString("D6"),
            level ?? (AssessmentLevel)random.Next(3),
            rd,
            catalog.Base.EffectiveFrom.PlusDays(random.Next(30)),
            AssessmentStatus.Completed,
            catalog.Pins,
            answers,
            (ProcessVerdict)random.Next(2),
            random.Next(2) == 0 ? [] : [AssessmentRemark.Create("bedarfe-erkannt", "Gut erkannt")],
            random.Next(2) == 0 ? [] : [AssessmentRemark.Create("kontaktdichte", "Mehr Kontakte")]);
    }
}
