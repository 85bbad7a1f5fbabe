using System.CommandLine;
using System.Text.Json;
using NodaTime.Text;
using Vkb.Catalog;

namespace Vkb.Cli.Commands;

/// <summary>
/// <c>vkb catalog …</c>: validate catalogue, extension and assessment files, resolve the catalogue in
/// force for (process, RD, date), and convert to and from FHIR R4 Questionnaire(Response).
/// </summary>
internal static class CatalogCommands
{
    public static Command Create(CliContext context)
    {
        var catalog = new Command("catalog", CliOptions.WithExample(
            "Question catalogues by date with regional extensions, validated assessments and FHIR R4 interop. " +
            "Without --catalogs the built-in example catalogue is used (Beispiel — kein offizieller Katalog). " +
            "Schema: docs/catalog-schema.md.",
            "vkb catalog resolve --process placement --rd NRW --date 2025-04-10",
            "vkb catalog validate assessment.json --catalogs ./catalogs"));
        catalog.Subcommands.Add(Validate(context));
        catalog.Subcommands.Add(Resolve(context));
        catalog.Subcommands.Add(ImportFhir(context));
        catalog.Subcommands.Add(ExportFhir(context));
        return catalog;
    }

    private static Option<DirectoryInfo?> CatalogsOption() =>
        CliOptions.OptionalDirectory("--catalogs", "Folder of catalogue (vkb-catalog/1) and extension (vkb-catalog-extension/1) JSON files; default: the built-in example.");

    private static Command Validate(CliContext context)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A catalogue, extension or assessment JSON file, or a FHIR Questionnaire / QuestionnaireResponse." };
        var catalogs = CatalogsOption();
        var command = new Command("validate", CliOptions.WithExample(
            "Checks one file and lists every problem (code, path, rule; never a value from a case). Extensions are checked against their base " +
            "and assessments against the exact versions they pin, taken from --catalogs. Exit code 1 when the file has problems.",
            "vkb catalog validate my-catalog.json",
            "vkb catalog validate assessment.json --catalogs ./catalogs"));
        command.Arguments.Add(file);
        command.Options.Add(catalogs);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = CliOptions.MustExist(parseResult.GetValue(file)!, "FILE");
            var read = CatalogInput.ReadFile(path.FullName);
            if (read.Value is not { } json)
            {
                return await ReportAsync(context, path.Name, "document", read.Problems);
            }

            var (what, problems) = CatalogJson.DetectKind(json) switch
            {
                CatalogDocumentKind.Catalog => Describe(CatalogJson.ReadCatalog(json), c => $"catalogue {c.Pin} ({c.Questions.Count} questions, {c.Status.ToString().ToLowerInvariant()})"),
                CatalogDocumentKind.Extension => Describe(CatalogJson.ReadExtension(json, (await LoadRegistryAsync(parseResult.GetValue(catalogs), cancellationToken)).Catalogs), e => $"extension {e.Pin} of RD {e.RegionalDirectorate} extending {e.Base}"),
                CatalogDocumentKind.Assessment => await ValidateAssessmentAsync(CatalogJson.ReadAssessment(json), parseResult.GetValue(catalogs), cancellationToken),
                _ when !IsWellFormed(json) => Describe(CatalogJson.ReadCatalog(json), c => "catalogue"),
                _ => ResourceType(json) switch
                {
                    "Questionnaire" => Describe(FhirQuestionnaire.ImportQuestionnaire(json), c => $"FHIR Questionnaire as catalogue {c.Pin} ({c.Questions.Count} questions)", includeWarnings: true),
                    "QuestionnaireResponse" => await ValidateAssessmentAsync(FhirQuestionnaire.ImportResponse(json), parseResult.GetValue(catalogs), cancellationToken),
                    _ => ("document", (IReadOnlyList<ValidationProblem>)[new ValidationProblem("unknown-document", "schema", "The file is not JSON with schema vkb-catalog/1, vkb-catalog-extension/1 or vkb-assessment/1, nor a FHIR Questionnaire or QuestionnaireResponse.")]),
                },
            };
            return await ReportAsync(context, path.Name, what, problems);
        });
        return command;
    }

    private static Command Resolve(CliContext context)
    {
        var process = new Option<string>("--process") { Description = "Customer process code, e.g. placement.", Required = true };
        var rd = new Option<string>("--rd") { Description = "RD code, e.g. NRW.", Required = true };
        var date = new Option<string>("--date") { Description = "The date, yyyy-MM-dd.", Required = true };
        var catalogs = CatalogsOption();
        var json = new Option<bool>("--json") { Description = "Print the resolved catalogue and its extensions as JSON (vkb-catalog/1 documents in an array) instead of text." };
        var command = new Command("resolve", CliOptions.WithExample(
            "Shows the one catalogue version in force for a customer process on a date, with the RD's active extensions. " +
            "Exit code 1 when no version is in force, versions overlap, or an active extension extends a version not in force.",
            "vkb catalog resolve --process placement --rd NRW --date 2025-04-10",
            "vkb catalog resolve --process placement --rd BY --date 2025-04-10 --catalogs ./catalogs --json"));
        foreach (var option in new Option[] { process, rd, date, catalogs, json })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var parsed = LocalDatePattern.Iso.Parse(parseResult.GetValue(date)!);
            if (!parsed.Success)
            {
                throw new CliException("--date: a date must be written yyyy-MM-dd.", ExitCodes.InputError);
            }

            var registry = await LoadRegistryAsync(parseResult.GetValue(catalogs), cancellationToken);
            var resolution = registry.Resolve(parseResult.GetValue(process)!, parseResult.GetValue(rd)!, parsed.Value);
            if (parseResult.GetValue(json) && resolution.Catalog is { } resolved)
            {
                var documents = new[] { CatalogJson.Write(resolved.Base) }.Concat(resolved.Extensions.Select(CatalogJson.Write));
                await context.Out.WriteLineAsync("[\n" + string.Join(",\n", documents) + "\n]");
            }
            else if (resolution.Catalog is { } text)
            {
                await context.Out.WriteAsync(CatalogTextRenderer.Render(text));
            }

            var stream = resolution.IsResolved ? context.Out : context.Error;
            await stream.WriteLineAsync($"{Outcome(resolution.Outcome)}: {resolution.Explanation}");
            return resolution.IsResolved ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }

    private static Command ImportFhir(CliContext context)
    {
        var process = new Option<string?>("--customer-process") { Description = "Customer process code (e.g. placement) when the Questionnaire has no urn:vkb:customer-process use context; a different one in the file is an error." };
        var catalogId = new Option<string?>("--catalog-id") { Description = "Catalogue id when the Questionnaire names none (identifier urn:vkb:catalog-id, url urn:vkb:catalog:<id> or resource id)." };
        var effectiveFrom = new Option<string?>("--effective-from") { Description = "First effective day (yyyy-MM-dd) when the Questionnaire has no effectivePeriod.start." };
        var valueSets = CliOptions.OptionalDirectory("--value-sets", "Folder of FHIR ValueSet JSON files for answerValueSet canonicals that are not contained in the Questionnaire.");
        var catalogs = CatalogsOption();
        var options = new Option[] { process, catalogId, effectiveFrom, valueSets, catalogs };
        return Conversion(
            context,
            "import-fhir",
            "A FHIR R4 Questionnaire or QuestionnaireResponse JSON file.",
            "Where to write the catalogue (vkb-catalog/1) or assessment (vkb-assessment/1) JSON.",
            CliOptions.WithExample(
                "Converts any FHIR R4 Questionnaire into a catalogue, or a QuestionnaireResponse into an assessment, validating it completely. " +
                "The flags supply what the VKB header needs when the Questionnaire lacks it. Every element VKB does not use is carried and " +
                "listed as a warning (exit code 0); problems are listed one per cause with their FHIRPath, and nothing is written (exit code 1).",
                "vkb catalog import-fhir questionnaire.json --out catalog.json --customer-process placement"),
            options,
            (json, parseResult) => ResourceType(json) switch
            {
                "Questionnaire" when FhirQuestionnaire.DerivedFrom(json) is not null => Convert(
                    FhirQuestionnaire.ImportExtension(json, LoadRegistry(parseResult.GetValue(catalogs)).Catalogs),
                    e => $"extension {e.Pin} of RD {e.RegionalDirectorate} extending {e.Base}",
                    CatalogJson.Write),
                "Questionnaire" => Convert(
                    FhirQuestionnaire.ImportQuestionnaire(json, ImportOptions(parseResult, process, catalogId, effectiveFrom, valueSets)),
                    c => $"catalogue {c.Pin}",
                    CatalogJson.Write),
                "QuestionnaireResponse" => Convert(FhirQuestionnaire.ImportResponse(json), a => "assessment", CatalogJson.Write),
                _ => ("document", [new ValidationProblem("wrong-resource-type", "resourceType", "The file must be a FHIR R4 Questionnaire or QuestionnaireResponse.")], null),
            });
    }

    private static FhirImportOptions ImportOptions(ParseResult parseResult, Option<string?> process, Option<string?> catalogId, Option<string?> effectiveFrom, Option<DirectoryInfo?> valueSets)
    {
        var options = new FhirImportOptions { CustomerProcess = parseResult.GetValue(process), CatalogId = parseResult.GetValue(catalogId) };
        if (parseResult.GetValue(effectiveFrom) is { } from)
        {
            var parsed = LocalDatePattern.Iso.Parse(from);
            options.EffectiveFrom = parsed.Success ? parsed.Value : throw new CliException("--effective-from: a date must be written yyyy-MM-dd.", ExitCodes.InputError);
        }

        if (parseResult.GetValue(valueSets) is { } folder)
        {
            if (!folder.Exists)
            {
                throw new CliException($"--value-sets: the folder '{folder.Name}' does not exist.", ExitCodes.InputError);
            }

            var documents = new List<KeyValuePair<string, string>>();
            var problems = new List<ValidationProblem>();
            // Every *.json entry, folders too: CatalogInput.ReadFile refuses a folder with its name instead of skipping it.
            foreach (var file in folder.GetFileSystemInfos("*.json").OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                var read = CatalogInput.ReadFile(file.FullName);
                problems.AddRange(read.Problems.Select(p => new ValidationProblem(p.Code, $"{file.Name}: {p.Path}", p.Message)));
                if (read.Value is { } text)
                {
                    documents.Add(new(file.Name, text));
                }
            }

            var sets = FhirQuestionnaire.ReadValueSets(documents);
            problems.AddRange(sets.Problems);
            if (problems.Count > 0)
            {
                throw new CliException("--value-sets: the folder holds invalid documents:\n  " + string.Join("\n  ", problems), ExitCodes.InputError);
            }

            foreach (var (url, set) in sets.Value!)
            {
                options.ValueSets[url] = set;
            }
        }

        return options;
    }

    private static Command ExportFhir(CliContext context)
    {
        var header = new Option<bool>("--add-vkb-header") { Description = "Also write the header facts given by flags at import (customer process, id, effective day) as urn:vkb:* conventions, so the Questionnaire imports again without flags." };
        var catalogs = CatalogsOption();
        return Conversion(
            context,
            "export-fhir",
            "A catalogue (vkb-catalog/1) or assessment (vkb-assessment/1) JSON file.",
            "Where to write the FHIR R4 Questionnaire or QuestionnaireResponse JSON.",
            CliOptions.WithExample(
                "Converts a catalogue into a FHIR R4 Questionnaire, or an assessment into a QuestionnaireResponse, for FHIR form tools. " +
                "A catalogue imported from FHIR comes back exactly as it came in. A regional extension becomes a Questionnaire that derives from its base " +
                "(derivedFrom), checked against the base from --catalogs. Nested all/any/not conditions travel in the extension urn:vkb:fhir:enable-condition.",
                "vkb catalog export-fhir catalog.json --out questionnaire.json"),
            [header, catalogs],
            (json, parseResult) => CatalogJson.DetectKind(json) switch
            {
                CatalogDocumentKind.Catalog => Convert(CatalogJson.ReadCatalog(json), c => $"catalogue {c.Pin}", c => FhirQuestionnaire.ExportQuestionnaire(c, new FhirExportOptions { WriteSuppliedHeader = parseResult.GetValue(header) })),
                CatalogDocumentKind.Extension => Convert(
                    CatalogJson.ReadExtension(json, LoadRegistry(parseResult.GetValue(catalogs)).Catalogs),
                    e => $"extension {e.Pin}",
                    FhirQuestionnaire.ExportExtension),
                CatalogDocumentKind.Assessment => Convert(CatalogJson.ReadAssessment(json), a => "assessment", a => ExportResponse(a, parseResult.GetValue(catalogs))),
                _ => ("document", [new ValidationProblem("unknown-document", "schema", "The file must have schema vkb-catalog/1, vkb-catalog-extension/1 or vkb-assessment/1.")], null),
            });
    }

    /// <summary>Nested as its Questionnaire when the pinned versions are known (so it validates against it), else flat.</summary>
    private static string ExportResponse(Assessment assessment, DirectoryInfo? catalogs) =>
        LoadRegistry(catalogs).ResolvePinned(assessment.Pins).Value is { } resolved
            ? FhirQuestionnaire.ExportResponse(assessment, resolved)
            : FhirQuestionnaire.ExportResponse(assessment);

    private static Command Conversion(
        CliContext context,
        string name,
        string fileDescription,
        string outDescription,
        string description,
        Option[] options,
        Func<string, ParseResult, (string What, IReadOnlyList<ValidationProblem> Problems, string? Result)> convert)
    {
        var file = new Argument<FileInfo>("FILE") { Description = fileDescription };
        var output = CliOptions.RequiredFile("--out", outDescription);
        var command = new Command(name, description);
        command.Arguments.Add(file);
        command.Options.Add(output);
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = CliOptions.MustExist(parseResult.GetValue(file)!, "FILE");
            var read = CatalogInput.ReadFile(path.FullName);
            if (read.Value is not { } json)
            {
                return await ReportAsync(context, path.Name, "document", read.Problems);
            }

            var (what, problems, result) = convert(json, parseResult);
            return await WriteOrReportAsync(context, path.Name, what, problems, result, parseResult.GetValue(output)!);
        });
        return command;
    }

    private static (string What, IReadOnlyList<ValidationProblem> Problems) Describe<T>(BuildResult<T> result, Func<T, string> describe, bool includeWarnings = false)
        where T : class => (result.Value is { } value ? describe(value) : "document", includeWarnings ? [.. result.Problems, .. result.Warnings] : result.Problems);

    /// <summary>The converted text, or every problem; warnings travel with a successful conversion.</summary>
    private static (string What, IReadOnlyList<ValidationProblem> Problems, string? Result) Convert<T>(BuildResult<T> result, Func<T, string> describe, Func<T, string> write)
        where T : class => result.Value is { } value ? (describe(value), result.Warnings, write(value)) : ("document", [.. result.Problems, .. result.Warnings], null);

    private static async Task<(string What, IReadOnlyList<ValidationProblem> Problems)> ValidateAssessmentAsync(BuildResult<Assessment> read, DirectoryInfo? catalogs, CancellationToken cancellationToken)
    {
        if (read.Value is not { } assessment)
        {
            return ("assessment", read.Problems);
        }

        var registry = await LoadRegistryAsync(catalogs, cancellationToken);
        var what = $"{assessment.Status.ToString().ToLowerInvariant()} {assessment.Level} assessment against {string.Join(", ", assessment.Pins)}";
        return (what, registry.Validate(assessment).Problems);
    }

    private static Task<CatalogRegistry> LoadRegistryAsync(DirectoryInfo? directory, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(LoadRegistry(directory));
    }

    private static CatalogRegistry LoadRegistry(DirectoryInfo? directory)
    {
        if (directory is null)
        {
            return ExampleCatalogs.CreateRegistry();
        }

        if (!directory.Exists)
        {
            throw new CliException($"--catalogs: the folder '{directory.FullName}' does not exist.", ExitCodes.InputError);
        }

        var documents = new List<KeyValuePair<string, string>>();
        foreach (var file in directory.GetFileSystemInfos("*.json").OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var read = CatalogInput.ReadFile(file.FullName);
            if (read.Value is null)
            {
                throw new CliException($"--catalogs: {file.Name}: " + string.Join("; ", read.Problems), ExitCodes.InputError);
            }

            documents.Add(new(file.Name, read.Value));
        }

        var registry = CatalogJson.ReadRegistry(documents);
        if (!registry.IsValid)
        {
            throw new CliException("--catalogs: the folder holds invalid documents:\n  " + string.Join("\n  ", registry.Problems), ExitCodes.InputError);
        }

        return registry.Value!;
    }

    private static async Task<int> ReportAsync(CliContext context, string name, string what, IReadOnlyList<ValidationProblem> problems)
    {
        var errors = problems.Where(p => p.Severity == ProblemSeverity.Error).ToList();
        var warnings = problems.Where(p => p.Severity == ProblemSeverity.Warning).ToList();
        await context.Out.WriteLineAsync(errors.Count == 0
            ? $"{name}: valid {what}" + (warnings.Count > 0 ? $" ({warnings.Count} warning(s))" : string.Empty)
            : $"{name}: {errors.Count} problem(s) in {what}");
        await WriteProblemsAsync(context, errors.Concat(warnings));
        return errors.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static async Task WriteProblemsAsync(CliContext context, IEnumerable<ValidationProblem> problems)
    {
        foreach (var problem in problems)
        {
            await context.Out.WriteLineAsync($"  {problem}");
        }
    }

    private static async Task<int> WriteOrReportAsync(CliContext context, string name, string what, IReadOnlyList<ValidationProblem> problems, string? result, FileInfo output)
    {
        if (result is null)
        {
            return await ReportAsync(context, name, what, problems);
        }

        AtomicFile.WriteText(output.FullName, result + "\n");
        await context.Out.WriteLineAsync($"{name}: wrote {what} to {output.Name}" + (problems.Count > 0 ? $" ({problems.Count} warning(s))" : string.Empty));
        await WriteProblemsAsync(context, problems);
        return ExitCodes.Success;
    }

    private static bool IsWellFormed(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string? ResourceType(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("resourceType", out var type) && type.ValueKind == JsonValueKind.String
                ? type.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Outcome(ResolutionOutcome outcome) => outcome switch
    {
        ResolutionOutcome.Resolved => "resolved",
        ResolutionOutcome.NoVersionInForce => "no version in force",
        ResolutionOutcome.OverlappingVersions => "overlapping versions",
        _ => "extension of an inactive base",
    };
}
