using System.Text.Json.Nodes;
using Vkb.Pseudonymization.Anonymity;
using Vkb.Pseudonymization.Pipeline;
using Vkb.Pseudonymization.Policies;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The policy validator's checks, one broken default policy at a time: each names exactly its one problem, and the
/// limits themselves pass. A policy that passes decides what reaches the output (P2, P3) and what k-anonymity is
/// enforced over (P9), so each check is a rule's precondition.
/// </summary>
public class PolicyValidationTests
{
    private static JsonObject Default() => JsonNode.Parse(RecordPolicy.VkbDefault.ToJson())!.AsObject();

    private static JsonArray Fields(JsonObject policy) => policy["fields"]!.AsArray();

    private static JsonArray Quasi(JsonObject policy) => policy["kAnonymity"]!["quasiIdentifiers"]!.AsArray();

    private static JsonObject Field(JsonObject policy, string path) => Fields(policy).Single(f => f!["path"]!.GetValue<string>() == path)!.AsObject();

    private static string Changed(Action<JsonObject> change)
    {
        var policy = Default();
        change(policy);
        return policy.ToJsonString();
    }

    private static void AddQuasi(JsonObject policy, string path, bool pinned = false) =>
        Quasi(policy).Add(pinned ? new JsonObject { ["path"] = path, ["pinned"] = true } : new JsonObject { ["path"] = path });

    /// <summary>Adds <paramref name="count"/> kept two-value fields as quasi-identifiers (each doubles the lattice: 72 × 2^count nodes).</summary>
    private static void AddExtraQuasi(JsonObject policy, int count)
    {
        for (var i = 0; i < count; i++)
        {
            Fields(policy).Add(new JsonObject { ["path"] = $"extra{i}", ["op"] = "keep", ["type"] = "enum", ["values"] = new JsonArray("a", "b") });
            AddQuasi(policy, $"extra{i}");
        }
    }

    public static TheoryData<string, string> BrokenPolicies => new()
    {
        // P3: the paths of the allow-list.
        { Changed(p => p["id"] = ""), "The policy id must be 1–64" },
        { Changed(p => p["id"] = new string('a', 65)), "The policy id must be 1–64" },
        { Changed(p => p["id"] = "vkb default"), "The policy id must be 1–64" },
        { Changed(p => p["id"] = "vkb/default"), "The policy id must be 1–64" },
        { Changed(p => Fields(p).Add(new JsonObject { ["path"] = "customer..x", ["op"] = "drop" })), "Rule 46 ('customer..x'): the path is malformed" },
        { Changed(p => Fields(p).Add(new JsonObject { ["path"] = "team", ["op"] = "drop" })), "Rule 46 ('team'): the path is named twice" },
        { Changed(p => Fields(p).Add(new JsonObject { ["path"] = "events.x", ["op"] = "drop" })), "disagree whether 'events' is an array" },
        { Changed(p => Fields(p).Add(new JsonObject { ["path"] = "customer.address", ["op"] = "drop" })), "The path 'customer.address' has a rule and also rules below it" },

        // P2: the subject is pseudonymised, names never reach the output.
        { Changed(p => p["subject"] = "legalDomain"), "The subject path 'legalDomain' must have a pseudonymize rule" },
        { Changed(p => p["subject"] = "customer..x"), "The subject path 'customer..x' is malformed" },
        { Changed(p => p["subject"] = "events[].date"), "The subject path 'events[].date' must not go through an array" },
        { Changed(p => p["names"]!.AsArray().Add(new JsonObject { ["path"] = "jobCentre.name", ["role"] = "customer" })), "The name path 'jobCentre.name' must be dropped or left out" },
        { Changed(p => p["names"]!.AsArray().Add(new JsonObject { ["path"] = "events[].note", ["role"] = "customer" })), "The names path 'events[].note' must not go through an array" },
        { Changed(p => p["referenceMonth"] = "review..month"), "The referenceMonth path 'review..month' is malformed" },
        { Changed(p => p["flagged"] = "review[].flagged"), "The flagged path 'review[].flagged' must not go through an array" },
        { Changed(p => p["jobCentre"] = "jobCentre..id"), "The jobCentre path 'jobCentre..id' is malformed" },
        { Changed(p => p["agency"] = "agency..id"), "The agency path 'agency..id' is malformed" },

        // P2, R1: a staff field is dropped, whatever operation would publish it (the review's policy kept caseWorker.id verbatim).
        {
            Changed(p =>
            {
                Field(p, "team")["op"] = "keep";
                Field(p, "team")["type"] = "code";
                Field(p, "team")["pattern"] = "[0-9A-Z-]{1,20}";
            }),
            "Rule 10 ('team'): publishes a staff field"
        },
        {
            Changed(p =>
            {
                Fields(p).Remove(Field(p, "caseWorker"));
                Fields(p).Add(new JsonObject { ["path"] = "caseWorker.id", ["op"] = "keep", ["type"] = "code", ["pattern"] = "MA-[0-9]{1,8}" });
            }),
            "('caseWorker.id'): publishes a staff field"
        },
        {
            Changed(p =>
            {
                Fields(p).Remove(Field(p, "teamLead"));
                Fields(p).Add(new JsonObject { ["path"] = "teamLead.id", ["op"] = "generalise", ["hierarchy"] = "postcode" });
            }),
            "('teamLead.id'): publishes a staff field"
        },

        // A code's pattern the linear-time matcher cannot take, or one that is no pattern alone (the review's crash: a
        // lookahead threw NotSupportedException out of Parse instead of a policy problem).
        { Changed(p => Field(p, "jobCentre.id")["pattern"] = "(?=[0-9])[0-9]{5}"), "a code needs a valid pattern" },
        { Changed(p => Field(p, "jobCentre.id")["pattern"] = "([0-9])\\1{4}"), "a code needs a valid pattern" },
        { Changed(p => Field(p, "jobCentre.id")["pattern"] = "(?>[0-9]{5})"), "a code needs a valid pattern" },
        { Changed(p => Field(p, "jobCentre.id")["pattern"] = "x)|(.*"), "a code needs a valid pattern" },

        // P9: the lattice is bounded (the review's policy of 12 more quasi-identifiers ran for minutes; 16 ran out of memory).
        { Changed(p => AddExtraQuasi(p, 6)), "the generalisation lattice has more than 4,096 nodes" },

        // P9: k, the budget, and quasi-identifiers that are published as the search generalises them.
        { Changed(p => p["kAnonymity"]!["k"] = 0), "kAnonymity.k: must be 1 to 1000" },
        { Changed(p => p["kAnonymity"]!["k"] = 1001), "kAnonymity.k: must be 1 to 1000" },
        { Changed(p => p["kAnonymity"]!["suppressionBudget"] = -0.01), "kAnonymity.suppressionBudget: must be a number from 0 to 1" },
        { Changed(p => p["kAnonymity"]!["suppressionBudget"] = 1.01), "kAnonymity.suppressionBudget: must be a number from 0 to 1" },
        { Changed(p => p["kAnonymity"]!["lossMetric"] = "entropy"), "kAnonymity.lossMetric: must be 'discernibility' or 'precision'" },
        { Changed(p => p["kAnonymity"]!["lossMetric"] = "Precision"), "kAnonymity.lossMetric: must be 'discernibility' or 'precision'" },
        { Changed(p => p["kAnonymity"]!["lossMetric"] = 1), "kAnonymity.lossMetric: must be a string" },
        { Changed(p => AddQuasi(p, "customerNumber", pinned: true)), "The quasi-identifier 'customerNumber' must be a published field" },
        { Changed(p => AddQuasi(p, "customer.firstName", pinned: true)), "The quasi-identifier 'customer.firstName' must be a published field" },
        { Changed(p => AddQuasi(p, "caseManagement.intake", pinned: true)), "The quasi-identifier 'caseManagement.intake' must be a published field" },
        { Changed(p => AddQuasi(p, "customer.occupation", pinned: true)), "The quasi-identifier 'customer.occupation' must be a published field" },
        { Changed(p => AddQuasi(p, "events[].type", pinned: true)), "The quasi-identifier path 'events[].type' must not go through an array" },
        { Changed(p => AddQuasi(p, "customer..gender")), "The quasi-identifier path 'customer..gender' is malformed" },
        { Changed(p => AddQuasi(p, "customer.gender", pinned: true)), "The quasi-identifier 'customer.gender' is named twice" },
        {
            // A month-only date writes no value the search counts: before this check, a pinned one published classes of 3
            // at k = 5 (every record counted as missing it).
            Changed(p =>
            {
                Field(p, "caseManagement.intake")["op"] = "monthOnly";
                AddQuasi(p, "caseManagement.intake", pinned: true);
            }),
            "The quasi-identifier 'caseManagement.intake' must be a published field"
        },
        {
            Changed(p =>
            {
                Field(p, "caseManagement.intake")["op"] = "monthOnly";
                AddQuasi(p, "caseManagement.intake");
            }),
            "The quasi-identifier 'caseManagement.intake' must be a published field"
        },
    };

    [Theory]
    [MemberData(nameof(BrokenPolicies))]
    [Trait("Rule", "P2")]
    [Trait("Rule", "P3")]
    [Trait("Rule", "P9")]
    public void Parse_ABrokenPolicy_NamesExactlyItsProblem(string json, string problem)
    {
        var ex = Should.Throw<PolicyValidationException>(() => RecordPolicy.Parse(json));
        ex.Problems.ShouldHaveSingleItem().ShouldContain(problem);
    }

    // P9 counts people: a policy with quasi-identifiers but no subject made each record a person of its own, while the
    // pseudonymised customer number still linked one person's records (session 17's review, M1: five records of one
    // customer published as a class of five). Mutation: the check removed → red.
    [Fact]
    [Trait("Rule", "P9")]
    public void Parse_KAnonymityWithoutASubject_IsRefused()
    {
        var ex = Should.Throw<PolicyValidationException>(() => RecordPolicy.Parse(Changed(p => p.Remove("subject"))));
        ex.Problems.ShouldContain(problem => problem.StartsWith("kAnonymity needs a subject", StringComparison.Ordinal));
        Should.NotThrow(() => RecordPolicy.Parse(Changed(p => p.Remove("kAnonymity"))));
    }

    public static TheoryData<string> PoliciesAtTheLimits => new()
    {
        Changed(p => p["id"] = new string('a', 64)),
        Changed(p => p["id"] = "a"),
        Changed(p => p["id"] = "vkb_default-2.1"),
        Changed(p => p["kAnonymity"]!["k"] = 1),
        Changed(p => p["kAnonymity"]!["k"] = 1000),
        Changed(p => p["kAnonymity"]!["suppressionBudget"] = 0),
        Changed(p => p["kAnonymity"]!["suppressionBudget"] = 1),
        Changed(p => p["kAnonymity"]!["lossMetric"] = "precision"),
        Changed(p => p["kAnonymity"]!["lossMetric"] = "discernibility"),
        Changed(p => AddQuasi(p, "legalDomain")), // kept: withheld is its generalisation
        Changed(p => AddQuasi(p, "review.month", pinned: true)),
        Changed(p => p.Remove("kAnonymity")),
        Changed(p => AddExtraQuasi(p, 5)), // 2,304 nodes
        Changed(p => Field(p, "jobCentre.id")["pattern"] = "[0-9]{5}|[0-9]{3}(?:-[0-9]{2})?"),
    };

    [Theory]
    [MemberData(nameof(PoliciesAtTheLimits))]
    [Trait("Rule", "P9")]
    public void Parse_APolicyAtTheLimits_IsAcceptedAndRoundTrips(string json)
    {
        var policy = RecordPolicy.Parse(json);
        RecordPolicy.Parse(policy.ToJson()).Hash.ShouldBe(policy.Hash);
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void LossMetric_IsReadWrittenOnlyWhenNotTheDefault_AndBuilt()
    {
        // Session 22: the loss the search minimises. Discernibility is the default and is not written, so every policy
        // written before keeps its bytes and its hash; precision is written and read back.
        var precise = RecordPolicy.Parse(Changed(p => p["kAnonymity"]!["lossMetric"] = "precision"));
        precise.KAnonymity.LossMetric.ShouldBe(LossMetric.Precision);
        precise.ToJson().ShouldContain("\"lossMetric\":\"precision\"");
        precise.KAnonymity.ToString().ShouldEndWith(", least precision loss");
        var explicitDefault = RecordPolicy.Parse(Changed(p => p["kAnonymity"]!["lossMetric"] = "discernibility"));
        explicitDefault.KAnonymity.LossMetric.ShouldBe(LossMetric.Discernibility);
        explicitDefault.Hash.ShouldBe(RecordPolicy.VkbDefault.Hash);
        explicitDefault.ToJson().ShouldNotContain("lossMetric");
        precise.Hash.ShouldNotBe(RecordPolicy.VkbDefault.Hash);

        RecordPolicy.VkbDefault.KAnonymity.LossMetric.ShouldBe(LossMetric.Discernibility);
        var built = RecordPolicy.Create("built")
            .Pseudonymize("customerNumber", PseudonymDomain.Customer)
            .KeepValues("customer.gender", "f", "m", "d")
            .Subject("customerNumber")
            .QuasiIdentifier("customer.gender")
            .KAnonymity(5, 0.01, LossMetric.Precision)
            .Build();
        built.KAnonymity.LossMetric.ShouldBe(LossMetric.Precision);
        RecordPolicy.Parse(built.ToJson()).KAnonymity.LossMetric.ShouldBe(LossMetric.Precision);
        RecordPolicy.Create("built").Pseudonymize("customerNumber", PseudonymDomain.Customer).KeepValues("customer.gender", "f", "m", "d")
            .Subject("customerNumber").QuasiIdentifier("customer.gender").KAnonymity(5, 0.01, LossMetric.Precision).KAnonymity(8, 0.02).Build()
            .KAnonymity.LossMetric.ShouldBe(LossMetric.Precision); // setting k and the budget again keeps the metric
        Should.Throw<PolicyValidationException>(() => RecordPolicy.Create("built")
                .Pseudonymize("customerNumber", PseudonymDomain.Customer)
                .KeepValues("customer.gender", "f", "m", "d")
                .Subject("customerNumber")
                .QuasiIdentifier("customer.gender")
                .KAnonymity(5, 0.01, (LossMetric)9)
                .Build())
            .Problems.ShouldHaveSingleItem().ShouldBe("kAnonymity.lossMetric: must be 'discernibility' or 'precision'.");
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void Parse_NoQuasiIdentifiers_EnforcesNothing()
    {
        var policy = RecordPolicy.Parse(Changed(p => p["kAnonymity"]!["quasiIdentifiers"] = new JsonArray()));
        policy.KAnonymity.ShouldBeSameAs(KAnonymityPolicy.None);
        policy.KAnonymity.ToString().ShouldBe("k = 1, budget 0.0 %, 0 quasi-identifiers");
    }

    [Fact]
    [Trait("Rule", "P2")]
    [Trait("Rule", "P3")]
    public void Parse_EveryProblemAtOnce_ListsThemAll()
    {
        var json = Changed(p =>
        {
            p["id"] = "";
            p["subject"] = "legalDomain";
            p["kAnonymity"]!["k"] = 0;
            AddQuasi(p, "customerNumber", pinned: true);
        });
        Should.Throw<PolicyValidationException>(() => RecordPolicy.Parse(json)).Problems.Count.ShouldBe(4);
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void Pipeline_PinnedKeptMonth_CountsItsValueInTheClasses()
    {
        // review.month as a pinned quasi-identifier: two months of 3 records each are two classes below k = 5.
        var policy = RecordPolicy.Parse(Changed(p =>
        {
            AddQuasi(p, "review.month", pinned: true);
            p["kAnonymity"]!["suppressionBudget"] = 0;
        }));
        var lines = Enumerable.Range(0, 6).Select(n =>
        {
            var record = SampleRecords.Record(n);
            record["review"]!["month"] = n < 3 ? "2025-04" : "2025-05";
            return record.ToJsonString();
        }).ToList();
        using var key = TestKeys.Key();
        var pipeline = new PseudonymizationPipeline(key, policy, new PseudonymizationOptions { Phase = "2025-P1", ReferenceMonth = new NodaTime.YearMonth(2025, 4), OnlyFlagged = false });
        Should.Throw<KAnonymityException>(() => pipeline.PseudonymizeLines(lines)).Message.ShouldContain("at least 5 distinct subjects");
    }

    [Theory]
    [Trait("Rule", "P9")]
    [InlineData("NRW\u001Ff")]
    [InlineData("\u2205")]
    public void Pipeline_AQuasiIdentifierHoldingTheClassKeysSeparators_IsRejected(string value)
    {
        // The review's policy kept the directorate as any code: "NRW\u001Ff" with gender m counted in the class of nine
        // (NRW, f) records, and the output published a class of one. Such a value is refused, with its path.
        var policy = RecordPolicy.Parse(Changed(p =>
        {
            Field(p, "regionalDirectorate")["op"] = "keep";
            Field(p, "regionalDirectorate")["type"] = "code";
            Field(p, "regionalDirectorate")["pattern"] = "\\S{1,20}";
            AddQuasi(p, "regionalDirectorate", pinned: true);
        }));
        var lines = Enumerable.Range(0, 10).Select(n =>
        {
            var record = SampleRecords.Record(n);
            record["regionalDirectorate"] = n == 9 ? value : "NRW";
            return record.ToJsonString();
        }).ToList();
        using var key = TestKeys.Key();
        var pipeline = new PseudonymizationPipeline(key, policy, new PseudonymizationOptions
        {
            Phase = "2025-P1", ReferenceMonth = new NodaTime.YearMonth(2025, 4), OnlyFlagged = false, FailOnInvalidRecord = false,
        });
        var result = pipeline.PseudonymizeLines(lines);
        result.Result.Report.RecordsRejected.ShouldBe(1);
        result.Result.Report.Errors.ShouldHaveSingleItem().FieldPath.ShouldBe("regionalDirectorate");
        result.Lines.Count.ShouldBe(9);
    }
}
