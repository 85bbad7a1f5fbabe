using NodaTime;

namespace Vkb.Catalog.Tests.Mutation;

/// <summary>
/// The catalogue model outside the validator: header checks and the in-force rule of <see cref="CatalogBuilder"/>
/// (C1), structural equality of catalogues and items, what a question accepts, carried FHIR elements and the
/// builders' conveniences. Written for session 9's Stryker groups of <c>Model/Catalog.cs</c>, <c>Items.cs</c> and
/// <c>ItemBuilders.cs</c>.
/// </summary>
public class CatalogModelTests
{
    private static readonly LocalDate Start = new(2025, 1, 1);

    private static CatalogBuilder Builder(string id = "cat", string process = "placement", string version = "1.0")
    {
        var builder = new CatalogBuilder(id, process, CatalogVersion.Parse(version)) { Title = "T", Status = CatalogStatus.Active, EffectiveFrom = Start };
        builder.Items.Question("q", "Q?", AnswerKind.Verdict);
        return builder;
    }

    private static string[] Codes(BuildResult<Catalog> result) => [.. result.Problems.Select(p => $"{p.Code} @ {p.Path}")];

    [Fact]
    [Trait("Rule", "C1")]
    public void InForce_OnlyActive_AndOnlyInsideThePeriod_BothEndsIncluded()
    {
        var builder = Builder();
        builder.EffectiveTo = new LocalDate(2025, 6, 30);
        var catalog = builder.Build().GetValueOrThrow();

        catalog.IsInForceOn(Start).ShouldBeTrue();
        catalog.IsInForceOn(new LocalDate(2025, 6, 30)).ShouldBeTrue();
        catalog.IsInForceOn(new LocalDate(2024, 12, 31)).ShouldBeFalse();
        catalog.IsInForceOn(new LocalDate(2025, 7, 1)).ShouldBeFalse();
        catalog.Effective.ShouldBe(new DateInterval(Start, new LocalDate(2025, 6, 30)));
        catalog.EffectiveTo.ShouldBe(new LocalDate(2025, 6, 30));

        var open = Builder().Build().GetValueOrThrow();
        open.Effective.End.ShouldBe(LocalDate.MaxIsoValue);
        open.EffectiveTo.ShouldBeNull();
        open.IsInForceOn(new LocalDate(9000, 1, 1)).ShouldBeTrue();

        foreach (var status in new[] { CatalogStatus.Draft, CatalogStatus.Retired })
        {
            var other = Builder();
            other.Status = status;
            var built = other.Build().GetValueOrThrow();
            built.Status.ShouldBe(status);
            built.IsInForceOn(new LocalDate(2025, 3, 1)).ShouldBeFalse();
        }

        new CatalogBuilder("c", "p", CatalogVersion.Create(1, 0)).Status.ShouldBe(CatalogStatus.Draft);
    }

    [Fact]
    [Trait("Rule", "C1")]
    public void Header_EachBadFieldIsNamed_AndTheCatalogueIsNotBuilt()
    {
        var bad = new CatalogBuilder("-id", "pro cess", CatalogVersion.Create(1, 0)) { Title = " ", Status = (CatalogStatus)7 };
        bad.Items.Question("q", "Q?", AnswerKind.Verdict);
        var result = bad.Build();

        result.Value.ShouldBeNull();
        Codes(result).ShouldBe(["invalid-id @ id", "invalid-customer-process @ customerProcess", "missing-title @ title", "invalid-status @ status", "missing-effective-from @ effective.from"]);

        var ends = Builder();
        ends.EffectiveTo = Start.PlusDays(-1);
        Codes(ends.Build()).ShouldBe(["effective-end-before-start @ effective.to"]);
        ends.EffectiveTo = Start;
        ends.Build().IsValid.ShouldBeTrue();

        Builder(id: new string('a', 64)).Build().IsValid.ShouldBeTrue();
        Codes(Builder(id: new string('a', 65)).Build()).ShouldBe(["invalid-id @ id"]);
        var noTitle = Builder();
        noTitle.Title = null;
        Codes(noTitle.Build()).ShouldBe(["missing-title @ title"]);
    }

    [Fact]
    public void Problems_SayWhatIsWrong_AndAFhirCatalogueWithoutQuestionsIsNamedByItsItems()
    {
        var empty = new CatalogBuilder("cat", "placement", CatalogVersion.Create(1, 0)) { Title = "T", EffectiveFrom = Start, Status = (CatalogStatus)7 };
        empty.Items.Display("d", "Nur Text");
        var problems = empty.Build().Problems;
        problems.Single(p => p.Code == "no-questions").Message.ShouldBe("A catalogue needs at least one question.");
        problems.Single(p => p.Code == "invalid-status").Message.ShouldBe("The status must be draft, active or retired.");
        problems.Single(p => p.Code == "no-questions").Path.ShouldBe("items");

        const string fhir = """
        { "resourceType": "Questionnaire", "url": "urn:vkb:catalog:leer", "version": "1.0", "title": "T", "status": "active",
          "effectivePeriod": { "start": "2025-01-01" },
          "useContext": [ { "code": { "code": "program" }, "valueCodeableConcept": { "coding": [ { "system": "urn:vkb:customer-process", "code": "placement" } ] } } ],
          "item": [ { "linkId": "d", "text": "Nur Text", "type": "display" } ] }
        """;
        FhirQuestionnaire.ImportQuestionnaire(fhir).Problems.Select(p => $"{p.Code} @ {p.Path}").ShouldBe(["no-questions @ Questionnaire.item"]);
    }

    [Fact]
    public void Header_AWarningAlone_StillBuilds()
    {
        var builder = new CatalogBuilder("cat", "placement", CatalogVersion.Create(1, 0)) { Title = "T", EffectiveFrom = Start };
        builder.Items.Question("q", " ", AnswerKind.Verdict);

        var result = builder.Build();

        result.Value.ShouldNotBeNull();
        result.Warnings.Select(w => w.Code).ShouldBe(["missing-text"]);
    }

    [Fact]
    public void Catalog_Accessors_AndItsPinText()
    {
        var builder = Builder("beispiel", "placement", "2.1");
        builder.Description = "Nur ein Beispiel";
        builder.Items.Group("g", "G", g => g.Question("inner", "I?", AnswerKind.Text).Display("d", "Text"));
        var catalog = builder.Build().GetValueOrThrow();

        catalog.Id.ShouldBe("beispiel");
        catalog.CustomerProcess.ShouldBe("placement");
        catalog.Title.ShouldBe("T");
        catalog.Description.ShouldBe("Nur ein Beispiel");
        catalog.Version.ToString().ShouldBe("2.1");
        catalog.EffectiveFrom.ShouldBe(Start);
        catalog.Pin.ShouldBe(new CatalogPin("beispiel", CatalogVersion.Create(2, 1)));
        catalog.Pin.ToString().ShouldBe("beispiel@2.1");
        catalog.ToString().ShouldBe("beispiel@2.1");
        catalog.Questions.Select(q => q.LinkId).ShouldBe(["q", "inner"]);
        catalog.Items.Select(i => i.LinkId).ShouldBe(["q", "g"]);
        catalog.FindItem("d").ShouldBeOfType<DisplayItem>();
        catalog.FindItem("inner").ShouldBeOfType<QuestionItem>();
        catalog.FindItem("nowhere").ShouldBeNull();
        Should.Throw<ArgumentNullException>(() => catalog.FindItem(null!));
    }

    [Fact]
    public void Catalog_Equality_ComparesEveryField()
    {
        static Catalog Make(Action<CatalogBuilder>? change = null)
        {
            var builder = new CatalogBuilder("cat", "placement", CatalogVersion.Create(1, 0)) { Title = "T", Description = "D", Status = CatalogStatus.Active, EffectiveFrom = Start, EffectiveTo = new LocalDate(2025, 12, 31) };
            change?.Invoke(builder);
            builder.Items.Question("q", "Q?", AnswerKind.Verdict);
            return builder.Build().GetValueOrThrow();
        }

        static Catalog Rebuild(string id, string process, CatalogVersion version, Action<CatalogBuilder> change)
        {
            var builder = new CatalogBuilder(id, process, version) { Title = "T", Description = "D", Status = CatalogStatus.Active, EffectiveFrom = Start, EffectiveTo = new LocalDate(2025, 12, 31) };
            change(builder);
            builder.Items.Question("q", "Q?", AnswerKind.Verdict);
            return builder.Build().GetValueOrThrow();
        }

        var same = Make();
        Make().ShouldBe(same);
        (Make() == same).ShouldBeTrue();
        (Make() != same).ShouldBeFalse();
        Make().GetHashCode().ShouldBe(same.GetHashCode());
        same.Equals((object)Make()).ShouldBeTrue();
        same.Equals((object)"cat").ShouldBeFalse();
        same.Equals(null).ShouldBeFalse();

        var different = new[]
        {
            Rebuild("cat2", "placement", CatalogVersion.Create(1, 0), _ => { }),
            Rebuild("cat", "rehabilitation", CatalogVersion.Create(1, 0), _ => { }),
            Rebuild("cat", "placement", CatalogVersion.Create(1, 1), _ => { }),
            Make(b => b.Status = CatalogStatus.Retired),
            Make(b => b.EffectiveFrom = Start.PlusDays(1)),
            Make(b => b.EffectiveTo = null),
            Make(b => b.Title = "T2"),
            Make(b => b.Description = null),
            Make(b => b.Carried = FhirElements.Parse("{\"meta\":{}}")),
            Make(b => b.SuppliedByCaller = HeaderFields.Id),
            Make(b => b.Items.Question("r", "R?", AnswerKind.Verdict)),
        };
        foreach (var (other, index) in different.Select((c, i) => (c, i)))
        {
            same.Equals(other).ShouldBeFalse($"change {index}");
            (same != other).ShouldBeTrue($"change {index}");
        }
    }
}

public class CatalogItemTests
{
    private static Catalog Build(Action<ItemListBuilder> fill)
    {
        var builder = new CatalogBuilder("cat", "placement", CatalogVersion.Create(1, 0)) { Title = "T", Status = CatalogStatus.Active, EffectiveFrom = new LocalDate(2025, 1, 1) };
        fill(builder.Items);
        return builder.Build().GetValueOrThrow();
    }

    private static QuestionItem Question(AnswerKind kind, Action<QuestionBuilder>? configure = null) =>
        (QuestionItem)Build(items => items.Question("q", "Q?", kind, configure)).Items[0];

    [Fact]
    public void FhirElements_ParseKeepsOrderAndText()
    {
        var carried = FhirElements.Parse("{ \"meta\": {\"a\":1}, \"code\": [] }")!;

        carried.Json.ShouldBe("{\"meta\":{\"a\":1},\"code\":[]}");
        carried.Names.ShouldBe(["meta", "code"]);
        carried.ToString().ShouldBe("meta, code");
        FhirElements.Parse("{}").ShouldBeNull();
        Should.Throw<ArgumentException>(() => FhirElements.Parse("[]")).ParamName.ShouldBe("json");
        Should.Throw<ArgumentException>(() => FhirElements.Parse("{")).ParamName.ShouldBe("json");
        Should.Throw<ArgumentNullException>(() => FhirElements.Parse(null!));

        carried.ShouldBe(FhirElements.Parse("{\"meta\":{\"a\":1},\"code\":[]}"));
        (carried == FhirElements.Parse("{\"meta\":{\"a\":1},\"code\":[]}")).ShouldBeTrue();
        (carried != FhirElements.Parse("{\"code\":[],\"meta\":{\"a\":1}}")).ShouldBeTrue();
        carried.Equals((object)carried.Json).ShouldBeFalse();
        carried.Equals(null).ShouldBeFalse();
        carried.GetHashCode().ShouldBe(FhirElements.Parse(carried.Json)!.GetHashCode());
        carried.Get("meta")!.ToJsonString().ShouldBe("{\"a\":1}");
        carried.Get("text").ShouldBeNull();
    }

    [Fact]
    public void AnswerOption_CodeAndDisplay_OfCodingsAndOtherValues()
    {
        var question = Question(AnswerKind.SingleChoice, q => q.Option("x", "Ex").Option(AnswerValue.OfCode("y")));
        var number = Question(AnswerKind.WholeNumber, q => q.Option(AnswerValue.OfWholeNumber(4)));

        question.Options.Select(o => o.Code).ShouldBe(["x", "y"]);
        question.Options.Select(o => o.Display).ShouldBe(["Ex", "y"]);
        question.Options[0].ToString().ShouldBe("x (Ex)");
        number.Options[0].Code.ShouldBe("4");
        number.Options[0].Display.ShouldBe("4");
        number.Options[0].ToString().ShouldBe("4 (4)");

        question.Options[0].ShouldBe(Question(AnswerKind.SingleChoice, q => q.Option("x", "Ex").Option(AnswerValue.OfCode("y"))).Options[0]);
        (question.Options[0] == Question(AnswerKind.SingleChoice, q => q.Option("x", "Ex")).Options[0]).ShouldBeTrue();
        (question.Options[0] != question.Options[1]).ShouldBeTrue();
        question.Options[0].Equals((object)"x").ShouldBeFalse();
        question.Options[0].Equals(null).ShouldBeFalse();
        question.Options[0].GetHashCode().ShouldBe(Question(AnswerKind.SingleChoice, q => q.Option("x", "Ex")).Options[0].GetHashCode());
    }

    [Fact]
    public void Accepts_ClosedAndOpenChoices_AndOtherKinds()
    {
        var closed = Question(AnswerKind.SingleChoice, q => q.Option("x", "X"));
        closed.Accepts(AnswerValue.OfCode("x")).ShouldBeTrue();
        closed.Accepts(AnswerValue.OfCode("z")).ShouldBeFalse();
        closed.Accepts(AnswerValue.OfText("free")).ShouldBeFalse();
        closed.AcceptsKind(AnswerValueKind.Code).ShouldBeTrue();
        closed.AcceptsKind(AnswerValueKind.Text).ShouldBeFalse();
        Should.Throw<ArgumentNullException>(() => closed.Accepts(null!));

        var open = Question(AnswerKind.MultipleChoice, q => q.Option("x", "X").OpenChoice());
        open.OpenChoice.ShouldBeTrue();
        open.Accepts(AnswerValue.OfText("free")).ShouldBeTrue();
        open.Accepts(AnswerValue.OfCode("z")).ShouldBeFalse();
        open.AcceptsKind(AnswerValueKind.Text).ShouldBeTrue();
        open.AcceptsKind(AnswerValueKind.Date).ShouldBeFalse();

        var dates = Question(AnswerKind.SingleChoice, q => q.Option(AnswerValue.OfDate(new LocalDate(2025, 1, 1))));
        dates.AcceptsKind(AnswerValueKind.Date).ShouldBeTrue();
        dates.AcceptsKind(AnswerValueKind.Code).ShouldBeFalse();

        var numbers = Question(AnswerKind.WholeNumber, q => q.Option(AnswerValue.OfWholeNumber(1)).Option(AnswerValue.OfWholeNumber(2)));
        numbers.Accepts(AnswerValue.OfWholeNumber(2)).ShouldBeTrue();
        numbers.Accepts(AnswerValue.OfWholeNumber(3)).ShouldBeFalse();
        var anyNumber = Question(AnswerKind.WholeNumber);
        anyNumber.Accepts(AnswerValue.OfWholeNumber(3)).ShouldBeTrue();
        anyNumber.Accepts(AnswerValue.OfDecimal("3")).ShouldBeFalse();
        anyNumber.AcceptsKind(AnswerValueKind.WholeNumber).ShouldBeTrue();
        anyNumber.AcceptsKind(AnswerValueKind.Code).ShouldBeFalse();
    }

    [Fact]
    public void Question_FlagsHelpAndSeveralValues()
    {
        var plain = Question(AnswerKind.Text);
        (plain.Required, plain.Repeats, plain.OpenChoice, plain.AcceptsSeveralValues).ShouldBe((false, false, false, false));
        plain.HelpText.ShouldBeNull();
        plain.Type.ShouldBe(ItemType.Question);
        plain.ToString().ShouldBe("Question q");

        var flagged = Question(AnswerKind.Text, q => q.Required().Repeats().HelpText("Hilfe"));
        (flagged.Required, flagged.Repeats, flagged.AcceptsSeveralValues).ShouldBe((true, true, true));
        flagged.HelpText.ShouldBe("Hilfe");
        flagged.Items.Single().LinkId.ShouldBe("q/help");
        ((DisplayItem)flagged.Items.Single()).IsHelp.ShouldBeTrue();

        Question(AnswerKind.Text, q => q.Required(false).Repeats(false).HelpText(null)).ShouldBe(plain);
        Question(AnswerKind.MultipleChoice, q => q.Option("x", "X")).AcceptsSeveralValues.ShouldBeTrue();
        Question(AnswerKind.SingleChoice, q => q.Option("x", "X").OpenChoice(false)).OpenChoice.ShouldBeFalse();

        var withNote = Question(AnswerKind.Text, q => q.Items.Display("q/note", "Notiz").Display("q/help", "Hilfe", isHelp: true));
        withNote.HelpText.ShouldBe("Hilfe");
    }

    [Fact]
    public void Items_TextAndTypes()
    {
        var catalog = Build(items => items
            .Group("g", null, g => g.Question("q", "Q?", AnswerKind.Boolean))
            .Display("d", "Text"));

        var group = catalog.Items[0];
        group.Type.ShouldBe(ItemType.Group);
        group.HasText.ShouldBeFalse();
        group.Text.ShouldBe(string.Empty);
        var display = (DisplayItem)catalog.Items[1];
        display.Type.ShouldBe(ItemType.Display);
        display.HasText.ShouldBeTrue();
        display.Text.ShouldBe("Text");
        display.IsHelp.ShouldBeFalse();
        display.Items.ShouldBeEmpty();
    }

    [Fact]
    public void Items_Equality_ComparesEveryField()
    {
        static CatalogItem First(Action<ItemListBuilder> fill) => Build(items =>
        {
            items.Question("a", "A?", AnswerKind.Text).Question("b", "B?", AnswerKind.Text);
            fill(items);
        }).Items[2];

        var question = First(i => i.Question("q", "Q?", AnswerKind.SingleChoice, q => q.Option("x", "X").Required().EnableWhen(EnableCondition.Answered("a"))));
        First(i => i.Question("q", "Q?", AnswerKind.SingleChoice, q => q.Option("x", "X").Required().EnableWhen(EnableCondition.Answered("a")))).ShouldBe(question);
        question.GetHashCode().ShouldBe(First(i => i.Question("q", "Q?", AnswerKind.SingleChoice, q => q.Option("x", "X").Required().EnableWhen(EnableCondition.Answered("a")))).GetHashCode());
        question.Equals((object)"q").ShouldBeFalse();
        question.Equals(null).ShouldBeFalse();

        var questions = new[]
        {
            First(i => i.Question("q2", "Q?", AnswerKind.SingleChoice, q => q.Option("x", "X").Required().EnableWhen(EnableCondition.Answered("a")))),
            First(i => i.Question("q", "Q!", AnswerKind.SingleChoice, q => q.Option("x", "X").Required().EnableWhen(EnableCondition.Answered("a")))),
            First(i => i.Question("q", "Q?", AnswerKind.MultipleChoice, q => q.Option("x", "X").Required().EnableWhen(EnableCondition.Answered("a")))),
            First(i => i.Question("q", "Q?", AnswerKind.SingleChoice, q => q.Option("x", "X").EnableWhen(EnableCondition.Answered("a")))),
            First(i => i.Question("q", "Q?", AnswerKind.SingleChoice, q => q.Option("x", "X").Required().OpenChoice().EnableWhen(EnableCondition.Answered("a")))),
            First(i => i.Question("q", "Q?", AnswerKind.SingleChoice, q => q.Option("y", "X").Required().EnableWhen(EnableCondition.Answered("a")))),
            First(i => i.Question("q", "Q?", AnswerKind.SingleChoice, q => q.Option("x", "X").Required().EnableWhen(EnableCondition.Answered("b")))),
            First(i => i.Question("q", "Q?", AnswerKind.SingleChoice, q => q.Option("x", "X").Required())),
            First(i => i.Question("q", "Q?", AnswerKind.SingleChoice, q => q.Option("x", "X").Required().EnableWhen(EnableCondition.Answered("a")).HelpText("H"))),
            First(i => i.Question("q", "Q?", AnswerKind.SingleChoice, q => q.AnswerValueSet("#vs", [AnswerValue.OfCode("x")]).Required().EnableWhen(EnableCondition.Answered("a")))),
            First(i => i.Group("q", "Q?", g => g.Display("d", "D"), EnableCondition.Answered("a"))),
        };
        foreach (var (other, index) in questions.Select((q, i) => (q, i)))
        {
            question.Equals(other).ShouldBeFalse($"change {index}");
        }

        var repeats = First(i => i.Question("t", "T?", AnswerKind.Text, q => q.Repeats()));
        repeats.Equals(First(i => i.Question("t", "T?", AnswerKind.Text))).ShouldBeFalse();

        var help = First(i => i.Question("h", "H?", AnswerKind.Text, q => q.Items.Display("h/x", "X", isHelp: true))).Items[0];
        var note = First(i => i.Question("h", "H?", AnswerKind.Text, q => q.Items.Display("h/x", "X"))).Items[0];
        help.Equals(note).ShouldBeFalse();
        help.Equals(First(i => i.Question("h", "H?", AnswerKind.Text, q => q.Items.Display("h/x", "X", isHelp: true))).Items[0]).ShouldBeTrue();

        var group = First(i => i.Group("g", "G", g => g.Display("d", "D")));
        group.Equals(First(i => i.Group("g", "G", g => g.Display("d", "D").Display("e", "E")))).ShouldBeFalse();
        group.Equals(First(i => i.Group("g", "G", g => g.Display("d", "D2")))).ShouldBeFalse();
        group.Equals(First(i => i.Group("g", "G", g => g.Display("d", "D")))).ShouldBeTrue();
    }

    [Fact]
    public void Group_KeepsItsCondition_AndAChoiceOfMixedOptionKindsAcceptsEachKind()
    {
        var condition = EnableCondition.Answered("a");
        var catalog = Build(items => items.Question("a", "A?", AnswerKind.Text).Group("g", "G", g => g.Question("b", "B?", AnswerKind.Text), condition));
        catalog.FindItem("g")!.EnableWhen.ShouldBe(condition);

        var mixed = Question(AnswerKind.SingleChoice, q => q.Option("x", "X").Option(AnswerValue.OfDate(new LocalDate(2025, 1, 1))));
        mixed.AcceptsKind(AnswerValueKind.Code).ShouldBeTrue();
        mixed.AcceptsKind(AnswerValueKind.Date).ShouldBeTrue();
        mixed.Accepts(AnswerValue.OfDate(new LocalDate(2025, 1, 1))).ShouldBeTrue();
    }

    [Fact]
    public void FhirElements_NotAnObject_SaysSo()
    {
        Should.Throw<ArgumentException>(() => FhirElements.Parse("[]")).Message.ShouldStartWith("The carried FHIR elements must be one JSON object.");
    }

    [Fact]
    public void Builders_CheckTheirArguments_AndTakeValueSets()
    {
        var builder = new CatalogBuilder("cat", "placement", CatalogVersion.Create(1, 0));
        Should.Throw<ArgumentNullException>(() => builder.Items.Group("g", "G", null!));
        builder.Items.Question("q", "Q?", AnswerKind.SingleChoice, q =>
        {
            Should.Throw<ArgumentNullException>(() => q.Option(null!));
            Should.Throw<ArgumentNullException>(() => q.AnswerValueSet(null!, []));
            Should.Throw<ArgumentNullException>(() => q.AnswerValueSet("#vs", null!));
        });

        var fromSet = Question(AnswerKind.SingleChoice, q => q.AnswerValueSet("urn:vs", [AnswerValue.OfCoding("urn:s", "a", "A"), AnswerValue.OfCode("b")]));
        fromSet.AnswerValueSet.ShouldBe("urn:vs");
        fromSet.Options.Select(o => o.Display).ShouldBe(["A", "b"]);
        Question(AnswerKind.SingleChoice, q => q.Option("x", "X")).AnswerValueSet.ShouldBeNull();
    }
}
