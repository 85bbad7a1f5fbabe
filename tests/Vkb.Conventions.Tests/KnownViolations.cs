namespace Vkb.Conventions.Tests;

public partial class ConventionTests
{
    /// <summary>
    /// Today's violations, "convention: subject" → why it is (still) so. The debt of the
    /// suite's public API: each line is removed when the API is fixed (a breaking change for the
    /// public ones, so it is batched into a release), never added to silence a new violation
    /// without a reason a reviewer accepts.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> KnownViolations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["namespace: src/Vkb.Catalog/Serialization/ declares Vkb.Catalog"] = "CatalogJson is the package's front door for reading and writing catalogues; a sub-namespace would break every host's using for a folder name.",
        ["collections: Vkb.Pseudonymization.Export.SealedKit.ToArray"] = "Returns a fresh copy of the sealed bytes on every call (the kit itself stays immutable).",
        ["collections: Vkb.Pseudonymization.Export.ExportSignature.VerifyManifest"] = "Takes the manifest and signature as byte arrays like the CMS APIs it wraps; they are only read.",
        ["collections: Vkb.Pseudonymization.VkbPseudonymizationOptions.PhaseMonths"] = "An options type bound from configuration: the binder needs a settable list (lists bind by replacement).",
        ["collections: Vkb.Pseudonymization.VkbPseudonymizationOptions.PhaseCustomerProcesses"] = "An options type bound from configuration: the binder needs a settable list (lists bind by replacement), as PhaseMonths.",
        ["collections: Vkb.Catalog.EnableCondition.All"] = "params EnableCondition[]: C#'s params array (the array is copied into an immutable list inside)",
        ["collections: Vkb.Catalog.EnableCondition.Any"] = "params EnableCondition[]: C#'s params array (the array is copied into an immutable list inside)",
        ["collections: Vkb.Entitlements.EntitlementsOptions.Directives"] = "options class: mutable by design (Microsoft options pattern, set in the Action<TOptions> of AddVkb*, validated on start)",
        ["collections: Vkb.Entitlements.EntitlementsOptions.RegionalDirectorates"] = "options class: mutable by design (Microsoft options pattern, set in the Action<TOptions> of AddVkb*, validated on start)",
        ["collections: Vkb.Pseudonymization.Export.ExportManifest.ToJsonBytes"] = "a binary payload as a fresh array the caller owns (CMS and JSON APIs of .NET take and give byte[]); ReadOnlyMemory<byte> would be the immutable form",
        ["collections: Vkb.Pseudonymization.Export.ExportSignature.Sign"] = "a binary payload as a fresh array the caller owns (CMS and JSON APIs of .NET take and give byte[]); ReadOnlyMemory<byte> would be the immutable form",
        ["collections: Vkb.Pseudonymization.Export.ExportSignature.Verify"] = "a binary payload as a fresh array the caller owns (CMS and JSON APIs of .NET take and give byte[]); ReadOnlyMemory<byte> would be the immutable form",
        ["collections: Vkb.Pseudonymization.Export.ReidentificationKit.Open"] = "a binary payload as a fresh array the caller owns (CMS and JSON APIs of .NET take and give byte[]); ReadOnlyMemory<byte> would be the immutable form",
        ["collections: Vkb.Pseudonymization.Export.ReidentificationKit.Seal"] = "a binary payload as a fresh array the caller owns (CMS and JSON APIs of .NET take and give byte[]); ReadOnlyMemory<byte> would be the immutable form",
        ["collections: Vkb.Pseudonymization.Pipeline.KAnonymityOptions.QuasiIdentifiers"] = "options class: mutable by design (Microsoft options pattern, set in the Action<TOptions> of AddVkb*, validated on start)",
        ["collections: Vkb.Pseudonymization.Pipeline.PseudonymizationOptions.AdditionalDetectors"] = "options class: mutable by design (Microsoft options pattern, set in the Action<TOptions> of AddVkb*, validated on start)",
        ["collections: Vkb.Pseudonymization.Scrubbing.ITextDetector.Detect"] = "ICollection<TextMatch> is the output buffer a detector appends to (one per note, reused; no allocation on the hot path)",
        ["di: Vkb.Entitlements.Sqlite: an overload (services)"] = "AddVkbEntitlementsSqlite(services, databasePath): the ledger needs a database path and there is no compliant default location",
        ["di: Vkb.Entitlements.Sqlite: an overload (services, Action<XOptions>)"] = "the SQLite store has no options class yet; the path is its only setting (an options overload would carry it with validation on start)",
        ["namespace: src/Vkb.Catalog/Assessments/ declares Vkb.Catalog"] = "Vkb.Catalog keeps one namespace for all folders (folders sort files only); moving types to sub-namespaces breaks every caller's usings",
        ["namespace: src/Vkb.Catalog/Calibration/ declares Vkb.Catalog"] = "Vkb.Catalog keeps one namespace for all folders (folders sort files only); moving types to sub-namespaces breaks every caller's usings",
        ["namespace: src/Vkb.Catalog/Examples/ declares Vkb.Catalog"] = "Vkb.Catalog keeps one namespace for all folders (folders sort files only); moving types to sub-namespaces breaks every caller's usings",
        ["namespace: src/Vkb.Catalog/Fhir/ declares Vkb.Catalog"] = "Vkb.Catalog keeps one namespace for all folders (folders sort files only); moving types to sub-namespaces breaks every caller's usings",
        ["namespace: src/Vkb.Catalog/Findings/ declares Vkb.Catalog"] = "Vkb.Catalog keeps one namespace for all folders (folders sort files only); moving types to sub-namespaces breaks every caller's usings",
        ["namespace: src/Vkb.Catalog/Model/ declares Vkb.Catalog"] = "Vkb.Catalog keeps one namespace for all folders (folders sort files only); moving types to sub-namespaces breaks every caller's usings",
        ["namespace: src/Vkb.Catalog/Registry/ declares Vkb.Catalog"] = "Vkb.Catalog keeps one namespace for all folders (folders sort files only); moving types to sub-namespaces breaks every caller's usings",
        ["namespace: src/Vkb.Entitlements/Access/ declares Vkb.Entitlements"] = "Vkb.Entitlements keeps one namespace for all folders (folders sort files only); moving types to sub-namespaces breaks every caller's usings",
        ["namespace: src/Vkb.Entitlements/Ledger/ declares Vkb.Entitlements"] = "Vkb.Entitlements keeps one namespace for all folders (folders sort files only); moving types to sub-namespaces breaks every caller's usings",
        ["namespace: src/Vkb.Entitlements/Storage/ declares Vkb.Entitlements"] = "Vkb.Entitlements keeps one namespace for all folders (folders sort files only); moving types to sub-namespaces breaks every caller's usings",
        ["operators: Vkb.Catalog.CatalogItem"] = "IEquatable<CatalogItem> without == and != (an abstract base: reference comparison by == is a trap for callers)",
        ["operators: Vkb.Pseudonymization.Policies.FieldRule"] = "IEquatable<FieldRule> without == and !=: a value type of the policy model that compares by reference with ==",
        ["operators: Vkb.Sampling.PopulationSnapshot"] = "IEquatable<PopulationSnapshot> without == and !=: a value object (digest, size, instant) that compares by reference with ==",
        ["sealed: Vkb.Catalog.CatalogItem"] = "abstract base of the catalogue's closed item hierarchy (display, group, question); should get a private protected constructor so no host can derive",
        ["sealed: Vkb.Catalog.ComposedCondition"] = "abstract base of the all/any conditions of EnableCondition's closed hierarchy; should get a private protected constructor",
        ["sealed: Vkb.Catalog.EnableCondition"] = "abstract base of the closed enable-condition hierarchy (answered, answer-is, all, any, not); should get a private protected constructor",
        ["collections: Vkb.Catalog.FhirImportOptions.ValueSets"] = "options class: mutable by design (Microsoft options pattern, set in the Action<TOptions> of AddVkb*, validated on start)",
        ["collections: Vkb.Entitlements.EntitlementsOptions.Phases"] = "options class: mutable by design (Microsoft options pattern, set in the Action<TOptions> of AddVkb*, validated on start)",
        ["collections: Vkb.Pseudonymization.Pipeline.PseudonymizationOptions.PhaseMonths"] = "options class: mutable by design (Microsoft options pattern, set in the Action<TOptions> of AddVkb*, validated on start)",
        ["collections: Vkb.Pseudonymization.Pipeline.PseudonymizationOptions.PhaseCustomerProcesses"] = "options class: mutable by design, as PhaseMonths (the CLI adds the announced phase's processes)",
        ["collections: Vkb.Pseudonymization.Policies.RecordPolicyBuilder.KeepValues"] = "params string[] of the builder's fluent API (C#'s params array; the values are copied into the kept field's value set)",
        ["namespace: src/Vkb.Catalog/Input/ declares Vkb.Catalog"] = "Vkb.Catalog keeps one namespace for most folders (folders sort files only); moving types to sub-namespaces breaks every caller's usings",
        ["sealed: Vkb.Pseudonymization.Policies.FieldOperation"] = "abstract base of the policy's field operations (keep, drop, pseudonymize, ageBand, ...); its abstract members are internal, so no host can derive a working one",
        ["sealed: Vkb.Synthetic.OrganisationUnitInfo"] = "abstract base of exactly two sealed kinds (JobCentreInfo, EmploymentAgencyInfo); its constructor is private protected, so no other kind can exist",
    };
}
