using NodaTime;

namespace Vkb.Catalog.Tests.Mutation;

/// <summary>
/// Behaviour of the value types under every catalogue, assessment and FHIR document: <see cref="AnswerValue"/>
/// (kinds, FHIR matching and ordering, equality, canonical text), <see cref="EnableCondition"/> (evaluation at
/// every operator's boundary, structural equality, readable text) and <see cref="CatalogVersion"/> (limits,
/// numeric then ordinal order). Written from the survivors of session 9's Stryker run of these files; the
/// existing tests reached them only through catalogues and documents.
/// </summary>
public class AnswerValueKillTests
{
    private static Dictionary<string, IReadOnlyList<AnswerValue>> Answers(string linkId, params AnswerValue[] values) =>
        new(StringComparer.Ordinal) { [linkId] = values };

    [Fact]
    public void Getters_OfAnotherKind_ThrowAndNameTheKind()
    {
        var number = AnswerValue.OfWholeNumber(3);

        Should.Throw<InvalidOperationException>(() => number.Verdict).Message.ShouldContain("WholeNumber");
        Should.Throw<InvalidOperationException>(() => number.Code);
        Should.Throw<InvalidOperationException>(() => number.System);
        Should.Throw<InvalidOperationException>(() => number.Display);
        Should.Throw<InvalidOperationException>(() => number.Text);
        Should.Throw<InvalidOperationException>(() => number.Date);
        Should.Throw<InvalidOperationException>(() => number.Boolean);
        Should.Throw<InvalidOperationException>(() => number.DecimalNumber);
        Should.Throw<InvalidOperationException>(() => AnswerValue.OfBoolean(true).WholeNumber);
    }

    [Fact]
    public void Getters_OfTheirKind_GiveTheValue()
    {
        AnswerValue.OfVerdict(Verdict.Partly).Verdict.ShouldBe(Verdict.Partly);
        AnswerValue.OfText("t").Text.ShouldBe("t");
        AnswerValue.OfUri("urn:x").Text.ShouldBe("urn:x");
        AnswerValue.OfDate(new LocalDate(2025, 3, 5)).Date.ShouldBe(new LocalDate(2025, 3, 5));
        AnswerValue.OfWholeNumber(-7).WholeNumber.ShouldBe(-7);
        AnswerValue.OfBoolean(true).Boolean.ShouldBeTrue();
        AnswerValue.OfBoolean(false).Boolean.ShouldBeFalse();
        AnswerValue.OfDecimal(2.50m).DecimalNumber.ShouldBe(2.5m);
        AnswerValue.OfDecimal("1e3").DecimalNumber.ShouldBe(1000m);
    }

    [Fact]
    public void Coding_KeepsOnlyTheMembersGiven()
    {
        var full = AnswerValue.OfCoding("urn:s", "c", "Label");
        full.Code.ShouldBe("c");
        full.System.ShouldBe("urn:s");
        full.Display.ShouldBe("Label");
        full.Lexical.ShouldBe("c");
        full.JsonText.ShouldBe("{\"system\":\"urn:s\",\"code\":\"c\",\"display\":\"Label\"}");
        full.IsBareCode.ShouldBeFalse();

        var bare = AnswerValue.OfCode("c");
        bare.System.ShouldBeNull();
        bare.Display.ShouldBeNull();
        bare.JsonText.ShouldBe("{\"code\":\"c\"}");
        bare.IsBareCode.ShouldBeTrue();
        AnswerValue.OfText("c").IsBareCode.ShouldBeFalse();
        AnswerValue.OfText("c").JsonText.ShouldBeNull();
        AnswerValue.OfJson(AnswerValueKind.Quantity, "{\"value\":1}").JsonText.ShouldBe("{\"value\":1}");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" c")]
    [InlineData("c ")]
    [InlineData("c\u0001d")]
    public void Coding_BadCode_IsRefused(string code)
    {
        Should.Throw<ArgumentException>(() => AnswerValue.OfCode(code));
        Should.Throw<ArgumentException>(() => AnswerValue.OfJson(AnswerValueKind.Code, "{\"code\":\"" + code.Replace("\u0001", "\\u0001", StringComparison.Ordinal) + "\"}"));
    }

    [Fact]
    public void Coding_CodeLength_IsAtMost256()
    {
        AnswerValue.OfCode(new string('c', 256)).Code.Length.ShouldBe(256);
        Should.Throw<ArgumentException>(() => AnswerValue.OfCode(new string('c', 257)));
        AnswerValue.IsValidCode("a b").ShouldBeTrue();
        AnswerValue.IsValidCode("a\tb").ShouldBeFalse();
    }

    [Fact]
    public void Factories_RefuseWhatTheirKindCannotHold()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => AnswerValue.OfVerdict((Verdict)17));
        Should.Throw<ArgumentNullException>(() => AnswerValue.OfCode(null!));
        Should.Throw<ArgumentException>(() => AnswerValue.OfText(string.Empty));
        AnswerValue.OfText(" ").Text.ShouldBe(" ");
        Should.Throw<ArgumentException>(() => AnswerValue.OfUri(string.Empty));
        Should.Throw<ArgumentException>(() => AnswerValue.OfUri("urn:a b"));
        Should.Throw<ArgumentNullException>(() => AnswerValue.OfUri(null!));
        Should.Throw<ArgumentNullException>(() => AnswerValue.OfText(null!));
        Should.Throw<ArgumentNullException>(() => AnswerValue.OfDecimal((string)null!)).ParamName.ShouldBe("text");
        Should.Throw<ArgumentNullException>(() => AnswerValue.OfDateTime(null!)).ParamName.ShouldBe("text");
        Should.Throw<ArgumentNullException>(() => AnswerValue.OfTime(null!)).ParamName.ShouldBe("text");
        Should.Throw<ArgumentNullException>(() => AnswerValue.OfJson(AnswerValueKind.Quantity, null!)).ParamName.ShouldBe("json");
    }

    [Fact]
    public void Factories_SayWhatIsWrong()
    {
        static string Message(Action act) => Should.Throw<ArgumentException>(act).Message;

        Message(() => AnswerValue.OfVerdict((Verdict)17)).ShouldStartWith("The verdict must be a defined value.");
        Message(() => AnswerValue.OfCode(" c")).ShouldStartWith("An option code must be non-empty without surrounding white space.");
        Message(() => AnswerValue.OfText(string.Empty)).ShouldStartWith("A text answer must not be empty.");
        Message(() => AnswerValue.OfUri("a b")).ShouldStartWith("A URI must be non-empty without white space.");
        Message(() => AnswerValue.OfDecimal("x")).ShouldStartWith("A decimal must be a JSON number within the range of System.Decimal.");
        Message(() => AnswerValue.OfDateTime("x")).ShouldStartWith("A date-time must be a FHIR dateTime");
        Message(() => AnswerValue.OfTime("x")).ShouldStartWith("A time must be a FHIR time (hh:mm:ss).");
        Message(() => AnswerValue.OfJson(AnswerValueKind.Text, "{}")).ShouldStartWith("Only codings, quantities, references and attachments are JSON objects.");
        Message(() => AnswerValue.OfJson(AnswerValueKind.Quantity, "{}")).ShouldStartWith("The value must be one non-empty JSON object.");
        Message(() => AnswerValue.OfJson(AnswerValueKind.Code, "{\"display\":\"d\"}")).ShouldStartWith("A coding needs a code without surrounding white space.");
        Message(() => AnswerValue.ValueKindFor((AnswerKind)99)).ShouldStartWith("The answer kind must be a defined value.");
        Message(() => VerdictCodes.ToCode((Verdict)9)).ShouldStartWith("The verdict must be a defined value.");
        Message(() => CatalogVersion.Create(-1, 0)).ShouldStartWith("The major part must be between 0 and 99999.");
        Message(() => CatalogVersion.Create(0, -1)).ShouldStartWith("The minor part must be between 0 and 99999.");
        Message(() => EnableCondition.Compare("n", (ComparisonOperator)9, AnswerValue.OfWholeNumber(1))).ShouldStartWith("The operator must be a defined value.");
        Message(() => EnableCondition.All()).ShouldStartWith("A composed condition needs at least one operand.");
    }

    [Theory]
    [InlineData("2.50", true)]
    [InlineData("-0.5", true)]
    [InlineData("1e3", true)]
    [InlineData("1E-2", true)]
    [InlineData("0", true)]
    [InlineData("01", false)]
    [InlineData("1.", false)]
    [InlineData("+1", false)]
    [InlineData(".5", false)]
    [InlineData("abc", false)]
    [InlineData("1e40", false)]
    public void Decimal_IsAJsonNumberInRange(string text, bool valid)
    {
        if (valid)
        {
            AnswerValue.OfDecimal(text).Lexical.ShouldBe(text);
        }
        else
        {
            Should.Throw<ArgumentException>(() => AnswerValue.OfDecimal(text));
        }
    }

    [Theory]
    [InlineData("2025", true)]
    [InlineData("2025-03", true)]
    [InlineData("2025-03-05", true)]
    [InlineData("2025-03-05T10:00:00+01:00", true)]
    [InlineData("2025-03-05T10:00:00.5Z", true)]
    [InlineData("2025-13", false)]
    [InlineData("2025-03-05T10:00:00", false)]
    [InlineData("25-03-05", false)]
    public void DateTime_IsAFhirDateTime(string text, bool valid)
    {
        if (valid)
        {
            AnswerValue.OfDateTime(text).Lexical.ShouldBe(text);
        }
        else
        {
            Should.Throw<ArgumentException>(() => AnswerValue.OfDateTime(text));
        }
    }

    [Theory]
    [InlineData("10:00:00", true)]
    [InlineData("23:59:60.25", true)]
    [InlineData("24:00:00", false)]
    [InlineData("10:00", false)]
    public void Time_IsAFhirTime(string text, bool valid)
    {
        if (valid)
        {
            AnswerValue.OfTime(text).ToString().ShouldBe(text);
        }
        else
        {
            Should.Throw<ArgumentException>(() => AnswerValue.OfTime(text));
        }
    }

    [Fact]
    public void Json_OnlyComplexKindsAndOneNonEmptyObject()
    {
        Should.Throw<ArgumentException>(() => AnswerValue.OfJson(AnswerValueKind.Text, "{\"a\":1}")).ParamName.ShouldBe("kind");
        Should.Throw<ArgumentException>(() => AnswerValue.OfJson(AnswerValueKind.Reference, "{")).ParamName.ShouldBe("json");
        Should.Throw<ArgumentException>(() => AnswerValue.OfJson(AnswerValueKind.Reference, "{}")).ParamName.ShouldBe("json");
        Should.Throw<ArgumentException>(() => AnswerValue.OfJson(AnswerValueKind.Reference, "[1]")).ParamName.ShouldBe("json");
        Should.Throw<ArgumentException>(() => AnswerValue.OfJson(AnswerValueKind.Code, "{\"system\":\"s\"}")).ParamName.ShouldBe("json");
        Should.Throw<ArgumentException>(() => AnswerValue.OfJson(AnswerValueKind.Code, "{\"code\":1}")).ParamName.ShouldBe("json");
        AnswerValue.OfJson(AnswerValueKind.Code, "{ \"code\" : \"c\", \"system\":\"s\" }").Lexical.ShouldBe("c");
        AnswerValue.OfJson(AnswerValueKind.Attachment, "{ \"url\" : \"u\" }").Lexical.ShouldBe("{\"url\":\"u\"}");
        AnswerValue.OfJson(AnswerValueKind.Attachment, "{\"url\":\"u\"}").Kind.ShouldBe(AnswerValueKind.Attachment);
        AnswerValue.OfJson(AnswerValueKind.Reference, "{\"reference\":\"r\"}").Kind.ShouldBe(AnswerValueKind.Reference);
    }

    [Fact]
    public void ValueKindFor_EveryAnswerKind()
    {
        var expected = new Dictionary<AnswerKind, AnswerValueKind>
        {
            [AnswerKind.Verdict] = AnswerValueKind.Verdict,
            [AnswerKind.SingleChoice] = AnswerValueKind.Code,
            [AnswerKind.MultipleChoice] = AnswerValueKind.Code,
            [AnswerKind.Text] = AnswerValueKind.Text,
            [AnswerKind.ShortText] = AnswerValueKind.Text,
            [AnswerKind.Date] = AnswerValueKind.Date,
            [AnswerKind.WholeNumber] = AnswerValueKind.WholeNumber,
            [AnswerKind.Boolean] = AnswerValueKind.Boolean,
            [AnswerKind.DecimalNumber] = AnswerValueKind.DecimalNumber,
            [AnswerKind.DateTime] = AnswerValueKind.DateTime,
            [AnswerKind.Time] = AnswerValueKind.Time,
            [AnswerKind.Url] = AnswerValueKind.Uri,
            [AnswerKind.Attachment] = AnswerValueKind.Attachment,
            [AnswerKind.Reference] = AnswerValueKind.Reference,
            [AnswerKind.Quantity] = AnswerValueKind.Quantity,
        };
        expected.Count.ShouldBe(Enum.GetValues<AnswerKind>().Length);
        foreach (var (kind, value) in expected)
        {
            AnswerValue.ValueKindFor(kind).ShouldBe(value, kind.ToString());
        }

        Should.Throw<ArgumentOutOfRangeException>(() => AnswerValue.ValueKindFor((AnswerKind)99));
    }

    [Fact]
    public void Matches_Codings_ByCodeAndSystemWhenBothNameOne()
    {
        var plain = AnswerValue.OfCode("c");
        var a = AnswerValue.OfCoding("urn:a", "c", "A");
        var b = AnswerValue.OfCoding("urn:b", "c", "A");

        plain.Matches(a).ShouldBeTrue();
        a.Matches(plain).ShouldBeTrue();
        a.Matches(AnswerValue.OfCoding("urn:a", "c", "Other")).ShouldBeTrue();
        a.Matches(b).ShouldBeFalse();
        a.Matches(AnswerValue.OfCoding("urn:a", "d", "A")).ShouldBeFalse();
        plain.Matches(AnswerValue.OfText("c")).ShouldBeFalse();
        plain.Matches(null).ShouldBeFalse();
    }

    [Fact]
    public void Matches_ReferencesByReference_QuantitiesByValueCodeAndSystem_DecimalsByValue()
    {
        var reference = AnswerValue.OfJson(AnswerValueKind.Reference, "{\"reference\":\"Patient/1\",\"display\":\"A\"}");
        reference.Matches(AnswerValue.OfJson(AnswerValueKind.Reference, "{\"reference\":\"Patient/1\"}")).ShouldBeTrue();
        reference.Matches(AnswerValue.OfJson(AnswerValueKind.Reference, "{\"reference\":\"Patient/2\",\"display\":\"A\"}")).ShouldBeFalse();
        var noReference = AnswerValue.OfJson(AnswerValueKind.Reference, "{\"display\":\"A\"}");
        noReference.Matches(AnswerValue.OfJson(AnswerValueKind.Reference, "{\"display\":\"A\"}")).ShouldBeTrue();
        noReference.Matches(AnswerValue.OfJson(AnswerValueKind.Reference, "{\"display\":\"B\"}")).ShouldBeFalse();

        var kg = AnswerValue.OfJson(AnswerValueKind.Quantity, "{\"value\":70,\"code\":\"kg\",\"system\":\"http://unitsofmeasure.org\"}");
        kg.Matches(AnswerValue.OfJson(AnswerValueKind.Quantity, "{\"value\":70.0,\"unit\":\"Kilo\",\"code\":\"kg\",\"system\":\"http://unitsofmeasure.org\"}")).ShouldBeTrue();
        kg.Matches(AnswerValue.OfJson(AnswerValueKind.Quantity, "{\"value\":71,\"code\":\"kg\",\"system\":\"http://unitsofmeasure.org\"}")).ShouldBeFalse();
        kg.Matches(AnswerValue.OfJson(AnswerValueKind.Quantity, "{\"value\":70,\"code\":\"g\",\"system\":\"http://unitsofmeasure.org\"}")).ShouldBeFalse();
        kg.Matches(AnswerValue.OfJson(AnswerValueKind.Quantity, "{\"value\":70,\"code\":\"kg\",\"system\":\"urn:other\"}")).ShouldBeFalse();
        var noValue = AnswerValue.OfJson(AnswerValueKind.Quantity, "{\"code\":\"kg\"}");
        noValue.Matches(noValue).ShouldBeFalse();

        AnswerValue.OfDecimal("2.5").Matches(AnswerValue.OfDecimal("2.50")).ShouldBeTrue();
        AnswerValue.OfDecimal("2.5").Matches(AnswerValue.OfDecimal("2.51")).ShouldBeFalse();
        AnswerValue.OfText("x").Matches(AnswerValue.OfText("x")).ShouldBeTrue();
        AnswerValue.OfText("x").Matches(AnswerValue.OfText("X")).ShouldBeFalse();
    }

    [Fact]
    public void CompareTo_OrdersEachOrderedKind_AndNothingElse()
    {
        AnswerValue.OfWholeNumber(2).CompareTo(AnswerValue.OfWholeNumber(10)).Sign().ShouldBe(-1);
        AnswerValue.OfWholeNumber(10).CompareTo(AnswerValue.OfWholeNumber(2)).Sign().ShouldBe(1);
        AnswerValue.OfDecimal("2.5").CompareTo(AnswerValue.OfDecimal("2.50")).Sign().ShouldBe(0);
        AnswerValue.OfDecimal("10").CompareTo(AnswerValue.OfDecimal("9.5")).Sign().ShouldBe(1);
        AnswerValue.OfDate(new LocalDate(2025, 1, 2)).CompareTo(AnswerValue.OfDate(new LocalDate(2025, 1, 1))).Sign().ShouldBe(1);
        AnswerValue.OfDateTime("2025-03").CompareTo(AnswerValue.OfDateTime("2025-04")).Sign().ShouldBe(-1);
        AnswerValue.OfDateTime("2025-03").CompareTo(AnswerValue.OfDateTime("2025-03-01")).ShouldBeNull();
        AnswerValue.OfTime("09:00:00").CompareTo(AnswerValue.OfTime("10:00:00")).Sign().ShouldBe(-1);
        AnswerValue.OfTime("10:00:00").CompareTo(AnswerValue.OfTime("10:00:00")).Sign().ShouldBe(0);

        var kg70 = AnswerValue.OfJson(AnswerValueKind.Quantity, "{\"value\":70,\"code\":\"kg\"}");
        kg70.CompareTo(AnswerValue.OfJson(AnswerValueKind.Quantity, "{\"value\":8,\"code\":\"kg\"}")).Sign().ShouldBe(1);
        kg70.CompareTo(AnswerValue.OfJson(AnswerValueKind.Quantity, "{\"value\":80,\"code\":\"g\"}")).ShouldBeNull();
        kg70.CompareTo(AnswerValue.OfJson(AnswerValueKind.Quantity, "{\"code\":\"kg\"}")).ShouldBeNull();
        AnswerValue.OfJson(AnswerValueKind.Quantity, "{\"code\":\"kg\"}").CompareTo(kg70).ShouldBeNull();

        AnswerValue.OfText("a").CompareTo(AnswerValue.OfText("b")).ShouldBeNull();
        AnswerValue.OfWholeNumber(1).CompareTo(AnswerValue.OfDecimal("1")).ShouldBeNull();
        AnswerValue.OfWholeNumber(1).CompareTo(null).ShouldBeNull();
    }

    [Fact]
    public void IsOrdered_ExactlyTheComparableKinds()
    {
        var ordered = Enum.GetValues<AnswerValueKind>().Where(AnswerValue.IsOrdered);

        ordered.ShouldBe([AnswerValueKind.DecimalNumber, AnswerValueKind.DateTime, AnswerValueKind.Time, AnswerValueKind.Quantity, AnswerValueKind.Date, AnswerValueKind.WholeNumber], ignoreOrder: true);
    }

    [Fact]
    public void Equality_IsByKindAndValue()
    {
        AnswerValue.OfVerdict(Verdict.Yes).ShouldBe(AnswerValue.OfVerdict(Verdict.Yes));
        AnswerValue.OfVerdict(Verdict.Yes).Equals(AnswerValue.OfVerdict(Verdict.No)).ShouldBeFalse();
        AnswerValue.OfDate(new LocalDate(2025, 1, 1)).Equals(AnswerValue.OfDate(new LocalDate(2025, 1, 2))).ShouldBeFalse();
        AnswerValue.OfWholeNumber(1).Equals(AnswerValue.OfWholeNumber(2)).ShouldBeFalse();
        AnswerValue.OfBoolean(true).Equals(AnswerValue.OfBoolean(false)).ShouldBeFalse();
        AnswerValue.OfWholeNumber(1).Equals(AnswerValue.OfBoolean(true)).ShouldBeFalse();
        AnswerValue.OfText("a").Equals(AnswerValue.OfUri("a")).ShouldBeFalse();
        AnswerValue.OfText("a").Equals(AnswerValue.OfText("A")).ShouldBeFalse();
        AnswerValue.OfDecimal("2.5").Equals(AnswerValue.OfDecimal("2.50")).ShouldBeFalse();
        AnswerValue.OfText("a").Equals((object)AnswerValue.OfText("a")).ShouldBeTrue();
        AnswerValue.OfText("a").Equals((object)"a").ShouldBeFalse();
        AnswerValue.OfText("a").Equals(null).ShouldBeFalse();
        (AnswerValue.OfText("a") == AnswerValue.OfText("a")).ShouldBeTrue();
        (AnswerValue.OfText("a") != AnswerValue.OfText("a")).ShouldBeFalse();
        (AnswerValue.OfText("a") != AnswerValue.OfText("b")).ShouldBeTrue();
        AnswerValue.OfDate(new LocalDate(2025, 1, 1)).GetHashCode().ShouldBe(AnswerValue.OfDate(new LocalDate(2025, 1, 1)).GetHashCode());
    }

    [Fact]
    public void ToString_IsTheCanonicalText()
    {
        AnswerValue.OfVerdict(Verdict.NotAssessable).ToString().ShouldBe("not-assessable");
        AnswerValue.OfDate(new LocalDate(2025, 3, 5)).ToString().ShouldBe("2025-03-05");
        AnswerValue.OfWholeNumber(-12).ToString().ShouldBe("-12");
        AnswerValue.OfBoolean(true).ToString().ShouldBe("true");
        AnswerValue.OfBoolean(false).ToString().ShouldBe("false");
        AnswerValue.OfDecimal(2.50m).ToString().ShouldBe("2.50");
        AnswerValue.OfUri("urn:x").ToString().ShouldBe("urn:x");
    }

    [Fact]
    public void VerdictCodes_CodesLabelsAndParsing()
    {
        VerdictCodes.All.ShouldBe([Verdict.Yes, Verdict.Partly, Verdict.No, Verdict.NotAssessable]);
        VerdictCodes.All.Select(VerdictCodes.ToCode).ShouldBe(["yes", "partly", "no", "not-assessable"]);
        VerdictCodes.All.Select(VerdictCodes.GermanLabel).ShouldBe(["ja", "teilweise", "nein", "nicht bewertbar"]);
        foreach (var verdict in VerdictCodes.All)
        {
            VerdictCodes.TryParse(VerdictCodes.ToCode(verdict), out var parsed).ShouldBeTrue();
            parsed.ShouldBe(verdict);
        }

        VerdictCodes.TryParse("Yes", out var none).ShouldBeFalse();
        none.ShouldBe(default);
        VerdictCodes.TryParse(null, out _).ShouldBeFalse();
        Should.Throw<ArgumentOutOfRangeException>(() => VerdictCodes.ToCode((Verdict)9));
    }

    [Fact]
    public void Conditions_OverAnswerValues_UseFhirMatching()
    {
        EnableCondition.AnswerIs("q", AnswerValue.OfCode("c")).IsSatisfied(Answers("q", AnswerValue.OfCoding("urn:s", "c", "C"))).ShouldBeTrue();
        EnableCondition.AnswerIs("q", AnswerValue.OfCoding("urn:t", "c", null)).IsSatisfied(Answers("q", AnswerValue.OfCoding("urn:s", "c", "C"))).ShouldBeFalse();
    }
}

internal static class CompareSign
{
    public static int? Sign(this int? value) => value is { } v ? Math.Sign(v) : null;
}

public class EnableConditionKillTests
{
    private static Dictionary<string, IReadOnlyList<AnswerValue>> Answers(string linkId, params AnswerValue[] values) =>
        new(StringComparer.Ordinal) { [linkId] = values };

    [Theory]
    [InlineData(ComparisonOperator.GreaterThan, 4, false)]
    [InlineData(ComparisonOperator.GreaterThan, 5, false)]
    [InlineData(ComparisonOperator.GreaterThan, 6, true)]
    [InlineData(ComparisonOperator.LessThan, 4, true)]
    [InlineData(ComparisonOperator.LessThan, 5, false)]
    [InlineData(ComparisonOperator.LessThan, 6, false)]
    [InlineData(ComparisonOperator.GreaterOrEqual, 4, false)]
    [InlineData(ComparisonOperator.GreaterOrEqual, 5, true)]
    [InlineData(ComparisonOperator.GreaterOrEqual, 6, true)]
    [InlineData(ComparisonOperator.LessOrEqual, 4, true)]
    [InlineData(ComparisonOperator.LessOrEqual, 5, true)]
    [InlineData(ComparisonOperator.LessOrEqual, 6, false)]
    public void Compare_EachOperator_AtItsBoundary(ComparisonOperator op, long answer, bool enabled)
    {
        var condition = EnableCondition.Compare("n", op, AnswerValue.OfWholeNumber(5));

        condition.IsSatisfied(Answers("n", AnswerValue.OfWholeNumber(answer))).ShouldBe(enabled);
        condition.IsSatisfied(Answers("n", AnswerValue.OfText("5"))).ShouldBeFalse();
        condition.IsSatisfied(Answers("other", AnswerValue.OfWholeNumber(answer))).ShouldBeFalse();
        condition.IsSatisfied(Answers("n", AnswerValue.OfWholeNumber(0), AnswerValue.OfWholeNumber(answer))).ShouldBe(enabled || op is ComparisonOperator.LessThan or ComparisonOperator.LessOrEqual);
    }

    [Fact]
    public void Compare_OperatorTextAndParsing()
    {
        var ops = new[] { (ComparisonOperator.GreaterThan, ">"), (ComparisonOperator.LessThan, "<"), (ComparisonOperator.GreaterOrEqual, ">="), (ComparisonOperator.LessOrEqual, "<=") };
        foreach (var (op, text) in ops)
        {
            var condition = (CompareCondition)EnableCondition.Compare("n", op, AnswerValue.OfWholeNumber(5));
            condition.OperatorText.ShouldBe(text);
            condition.ToString().ShouldBe($"n {text} 5");
            CompareCondition.ParseOperator(text).ShouldBe(op);
        }

        CompareCondition.ParseOperator("=").ShouldBeNull();
        CompareCondition.ParseOperator(null).ShouldBeNull();
        Should.Throw<ArgumentOutOfRangeException>(() => EnableCondition.Compare("n", (ComparisonOperator)9, AnswerValue.OfWholeNumber(5)));
    }

    [Fact]
    public void Answered_NeedsAValue_AndComposedConditionsCombine()
    {
        var answered = EnableCondition.Answered("q");
        answered.IsSatisfied(Answers("q")).ShouldBeFalse();
        answered.IsSatisfied(Answers("q", AnswerValue.OfText("t"))).ShouldBeTrue();
        answered.IsSatisfied(Answers("p", AnswerValue.OfText("t"))).ShouldBeFalse();

        var p = Answers("p", AnswerValue.OfText("t"));
        EnableCondition.All(EnableCondition.Answered("p"), answered).IsSatisfied(p).ShouldBeFalse();
        EnableCondition.All(EnableCondition.Answered("p"), EnableCondition.Not(answered)).IsSatisfied(p).ShouldBeTrue();
        EnableCondition.Any(answered, EnableCondition.Answered("r")).IsSatisfied(p).ShouldBeFalse();
        EnableCondition.Any(answered, EnableCondition.Answered("p")).IsSatisfied(p).ShouldBeTrue();
        EnableCondition.AnswerIs("p", AnswerValue.OfText("u")).IsSatisfied(p).ShouldBeFalse();
        EnableCondition.AnswerIs("q", AnswerValue.OfText("t")).IsSatisfied(p).ShouldBeFalse();
        Should.Throw<ArgumentNullException>(() => answered.IsSatisfied(null!));
    }

    [Fact]
    public void Factories_CheckTheirArguments_AndCopyTheOperands()
    {
        Should.Throw<ArgumentNullException>(() => EnableCondition.AnswerIs(null!, AnswerValue.OfText("t")));
        Should.Throw<ArgumentNullException>(() => EnableCondition.AnswerIs("q", null!));
        Should.Throw<ArgumentNullException>(() => EnableCondition.Compare(null!, ComparisonOperator.LessThan, AnswerValue.OfWholeNumber(1)));
        Should.Throw<ArgumentNullException>(() => EnableCondition.Compare("q", ComparisonOperator.LessThan, null!));
        Should.Throw<ArgumentNullException>(() => EnableCondition.Answered(null!));
        Should.Throw<ArgumentNullException>(() => EnableCondition.Not(null!));
        Should.Throw<ArgumentNullException>(() => EnableCondition.All(null!));
        Should.Throw<ArgumentException>(() => EnableCondition.All());
        Should.Throw<ArgumentException>(() => EnableCondition.Any());
        Should.Throw<ArgumentNullException>(() => EnableCondition.Any(EnableCondition.Answered("q"), null!)).ParamName.ShouldBe("operands");

        var operands = new[] { EnableCondition.Answered("a"), EnableCondition.Answered("b") };
        var all = (ComposedCondition)EnableCondition.All(operands);
        operands[0] = EnableCondition.Answered("z");
        all.Operands.Select(o => o.ToString()).ShouldBe(["answered(a)", "answered(b)"]);
    }

    [Fact]
    public void ReferencedLinkIds_AndText_OfEveryKind()
    {
        var condition = EnableCondition.All(
            EnableCondition.VerdictIs("a", Verdict.No),
            EnableCondition.Any(EnableCondition.Compare("b", ComparisonOperator.LessOrEqual, AnswerValue.OfWholeNumber(3)), EnableCondition.Answered("c")),
            EnableCondition.Not(EnableCondition.Answered("d")));

        condition.ReferencedLinkIds.ShouldBe(["a", "b", "c", "d"]);
        condition.ToString().ShouldBe("all(a = no, any(b <= 3, answered(c)), not(answered(d)))");
        EnableCondition.Not(EnableCondition.AnswerIs("e", AnswerValue.OfCode("x"))).ReferencedLinkIds.ShouldBe(["e"]);
    }

    [Fact]
    public void Equality_IsStructural()
    {
        EnableCondition Make(string link = "a", long n = 3, ComparisonOperator op = ComparisonOperator.LessThan) => EnableCondition.All(
            EnableCondition.AnswerIs(link, AnswerValue.OfCode("x")),
            EnableCondition.Compare("b", op, AnswerValue.OfWholeNumber(n)),
            EnableCondition.Not(EnableCondition.Answered("c")));

        Make().ShouldBe(Make());
        Make().GetHashCode().ShouldBe(Make().GetHashCode());
        (Make() == Make()).ShouldBeTrue();
        (Make() != Make()).ShouldBeFalse();
        Make().Equals((object)Make()).ShouldBeTrue();
        Make().Equals((object)"all").ShouldBeFalse();
        (Make() != Make("z")).ShouldBeTrue();
        Make().Equals(Make(n: 4)).ShouldBeFalse();
        Make().Equals(Make(op: ComparisonOperator.GreaterThan)).ShouldBeFalse();

        EnableCondition.AnswerIs("a", AnswerValue.OfCode("x")).Equals(EnableCondition.AnswerIs("a", AnswerValue.OfCode("y"))).ShouldBeFalse();
        EnableCondition.AnswerIs("a", AnswerValue.OfCode("x")).Equals(EnableCondition.AnswerIs("b", AnswerValue.OfCode("x"))).ShouldBeFalse();
        EnableCondition.Compare("a", ComparisonOperator.LessThan, AnswerValue.OfWholeNumber(1)).Equals(EnableCondition.Compare("b", ComparisonOperator.LessThan, AnswerValue.OfWholeNumber(1))).ShouldBeFalse();
        EnableCondition.Answered("a").Equals(EnableCondition.Answered("b")).ShouldBeFalse();
        EnableCondition.Answered("a").Equals(EnableCondition.Not(EnableCondition.Answered("a"))).ShouldBeFalse();
        EnableCondition.Not(EnableCondition.Answered("a")).Equals(EnableCondition.Not(EnableCondition.Answered("b"))).ShouldBeFalse();
        EnableCondition.Not(EnableCondition.Answered("a")).Equals(EnableCondition.Answered("a")).ShouldBeFalse();
        EnableCondition.All(EnableCondition.Answered("a")).Equals(EnableCondition.Any(EnableCondition.Answered("a"))).ShouldBeFalse();
        EnableCondition.All(EnableCondition.Answered("a")).Equals(EnableCondition.Answered("a")).ShouldBeFalse();
        EnableCondition.All(EnableCondition.Answered("a")).Equals(EnableCondition.All(EnableCondition.Answered("a"), EnableCondition.Answered("b"))).ShouldBeFalse();
        EnableCondition.Any(EnableCondition.Answered("a")).GetHashCode().ShouldBe(EnableCondition.Any(EnableCondition.Answered("a")).GetHashCode());
        EnableCondition.Not(EnableCondition.Answered("a")).GetHashCode().ShouldBe(EnableCondition.Not(EnableCondition.Answered("a")).GetHashCode());
    }
}

public class CatalogVersionKillTests
{
    [Theory]
    [InlineData(0, 0, true)]
    [InlineData(99999, 99999, true)]
    [InlineData(-1, 0, false)]
    [InlineData(100000, 0, false)]
    [InlineData(0, -1, false)]
    [InlineData(0, 100000, false)]
    public void Create_PartsFrom0To99999(int major, int minor, bool valid)
    {
        if (valid)
        {
            var version = CatalogVersion.Create(major, minor);
            version.ToString().ShouldBe($"{major}.{minor}");
            version.Major.ShouldBe(major);
            version.Minor.ShouldBe(minor);
            version.IsMajorMinor.ShouldBeTrue();
        }
        else
        {
            Should.Throw<ArgumentOutOfRangeException>(() => CatalogVersion.Create(major, minor));
        }
    }

    [Fact]
    public void Parts_OfNumericAndFreeVersions()
    {
        var three = CatalogVersion.Parse("2.1.7");
        (three.Major, three.Minor, three.IsMajorMinor).ShouldBe((2, 1, false));
        var one = CatalogVersion.Parse("7");
        (one.Major, one.Minor, one.IsMajorMinor).ShouldBe((7, 0, false));
        var free = CatalogVersion.Parse("v7.1");
        (free.Major, free.Minor, free.IsMajorMinor).ShouldBe((0, 0, false));
        CatalogVersion.Parse("123456.1").IsMajorMinor.ShouldBeFalse();
        CatalogVersion.Parse("12345.1").IsMajorMinor.ShouldBeTrue();
        CatalogVersion.Parse("1..2").Major.ShouldBe(0);
        CatalogVersion.Parse("-1.2").IsMajorMinor.ShouldBeFalse();
        default(CatalogVersion).ToString().ShouldBe("0.0");
        default(CatalogVersion).IsMajorMinor.ShouldBeTrue();
    }

    [Fact]
    public void Parse_Limits()
    {
        CatalogVersion.Parse(new string('1', 64)).ToString().Length.ShouldBe(64);
        CatalogVersion.TryParse(new string('1', 65), out var tooLong).ShouldBeFalse();
        tooLong.ShouldBe(default);
        CatalogVersion.TryParse("1.0 ", out _).ShouldBeFalse();
        CatalogVersion.TryParse("1.\u00070", out _).ShouldBeFalse();
        CatalogVersion.TryParse(null, out _).ShouldBeFalse();
        CatalogVersion.TryParse("Frühjahr 2025", out var spring).ShouldBeTrue();
        spring.ToString().ShouldBe("Frühjahr 2025");
        Should.Throw<ArgumentNullException>(() => CatalogVersion.Parse(null!));
        Should.Throw<FormatException>(() => CatalogVersion.Parse("a|b")).Message.ShouldContain("'|'");
    }

    [Fact]
    public void Order_NumericPartByPart_ThenFreeVersionsOrdinally()
    {
        string[] sorted = ["0.9", "1.0", "1.00", "1.2", "1.10", "2", "2.0", "2.0.0", "10.0", "99999.0", "123456.0", "B", "a", "v1", "v10", "v9"];
        sorted.Select(CatalogVersion.Parse).Order().Select(v => v.ToString()).ShouldBe(sorted);
        Enumerable.Reverse(sorted).Select(CatalogVersion.Parse).Order().Select(v => v.ToString()).ShouldBe(sorted);

        var (a, b) = (CatalogVersion.Parse("1.2"), CatalogVersion.Parse("1.10"));
        a.CompareTo(b).ShouldBeLessThan(0);
        b.CompareTo(a).ShouldBeGreaterThan(0);
        a.CompareTo(CatalogVersion.Parse("1.2")).ShouldBe(0);
        (a < b).ShouldBeTrue();
        (b < a).ShouldBeFalse();
        (a > b).ShouldBeFalse();
        (b > a).ShouldBeTrue();
        (a <= b).ShouldBeTrue();
        (a <= CatalogVersion.Parse("1.2")).ShouldBeTrue();
        (b <= a).ShouldBeFalse();
        (a >= b).ShouldBeFalse();
        (a >= CatalogVersion.Parse("1.2")).ShouldBeTrue();
        (b >= a).ShouldBeTrue();
        (a < CatalogVersion.Parse("1.2")).ShouldBeFalse();
        (a > CatalogVersion.Parse("1.2")).ShouldBeFalse();
        CatalogVersion.Parse("2").CompareTo(CatalogVersion.Parse("02.0")).ShouldBeLessThan(0);
        CatalogVersion.Parse("02.0").CompareTo(CatalogVersion.Parse("2")).ShouldBeGreaterThan(0);
        CatalogVersion.Parse("v1").CompareTo(CatalogVersion.Parse("1.0")).ShouldBe(1);
        CatalogVersion.Parse("1.0").CompareTo(CatalogVersion.Parse("v1")).ShouldBe(-1);
    }

    [Fact]
    public void Equality_IsByText()
    {
        CatalogVersion.Parse("1.0").ShouldBe(CatalogVersion.Create(1, 0));
        (CatalogVersion.Parse("1.0") == CatalogVersion.Create(1, 0)).ShouldBeTrue();
        (CatalogVersion.Parse("1.0") != CatalogVersion.Create(1, 0)).ShouldBeFalse();
        (CatalogVersion.Parse("1.0") != CatalogVersion.Parse("1.00")).ShouldBeTrue();
        (CatalogVersion.Parse("1.0") == CatalogVersion.Parse("1.00")).ShouldBeFalse();
        default(CatalogVersion).ShouldBe(CatalogVersion.Parse("0.0"));
        default(CatalogVersion).GetHashCode().ShouldBe(CatalogVersion.Parse("0.0").GetHashCode());
        CatalogVersion.Parse("1.0").Equals((object)CatalogVersion.Create(1, 0)).ShouldBeTrue();
        CatalogVersion.Parse("1.0").Equals((object)"1.0").ShouldBeFalse();
    }
}
