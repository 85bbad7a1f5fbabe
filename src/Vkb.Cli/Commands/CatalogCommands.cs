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
            var json = await File.ReadAllTextAsync(path.FullName, cancellationToken);
            var (what, problems) = CatalogJson.DetectKind(json) switch
            {
                CatalogDocumentKind.Catalog => Describe(CatalogJson.ReadCatalog(json), c => $"catalogue {c.Pin} ({c.Questions.Count} questions, {c.Status.ToString().ToLowerInvariant()})"),
                CatalogDocumentKind.Extension => Describe(CatalogJson.ReadExtension(json, (await LoadRegistryAsync(parseResult.GetValue(catalogs), cancellationToken)).Catalogs), e => $"extension {e.Pin} of RD {e.RegionalDirectorate} extending {e.Base}"),
                CatalogDocumentKind.Assessment => await ValidateAssessmentAsync(CatalogJson.ReadAssessment(json), parseResult.GetValue(catalogs), cancellationToken),
                _ when !IsWellFormed(json) => Describe(CatalogJson.ReadCatalog(json), c => "catalogue"),
                _ => ResourceType(json) switch
                {
                    "Questionnaire" => Describe(FhirQuestionnaire.ImportQuestionnaire(json), c => $"FHIR Questionnaire as catalogue {c.Pin} ({c.Questions.Count} questions)"),
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

    private static Command ImportFhir(CliContext context) => Conversion(
        context,
        "import-fhir",
        "A FHIR R4 Questionnaire or QuestionnaireResponse JSON file.",
        "Where to write the catalogue (vkb-catalog/1) or assessment (vkb-assessment/1) JSON.",
        CliOptions.WithExample(
            "Converts a FHIR R4 Questionnaire into a catalogue, or a QuestionnaireResponse into an assessment, validating it completely. " +
            "Nothing is written when there are problems (exit code 1).",
            "vkb catalog import-fhir questionnaire.json --out catalog.json"),
        json => ResourceType(json) switch
        {
            "Questionnaire" => Convert(FhirQuestionnaire.ImportQuestionnaire(json), c => $"catalogue {c.Pin}", CatalogJson.Write),
            "QuestionnaireResponse" => Convert(FhirQuestionnaire.ImportResponse(json), a => "assessment", CatalogJson.Write),
            _ => ("document", [new ValidationProblem("wrong-resource-type", "resourceType", "The file must be a FHIR R4 Questionnaire or QuestionnaireResponse.")], null),
        });

    private static Command ExportFhir(CliContext context) => Conversion(
        context,
        "export-fhir",
        "A catalogue (vkb-catalog/1) or assessment (vkb-assessment/1) JSON file.",
        "Where to write the FHIR R4 Questionnaire or QuestionnaireResponse JSON.",
        CliOptions.WithExample(
            "Converts a catalogue into a FHIR R4 Questionnaire, or an assessment into a QuestionnaireResponse, for FHIR form tools. " +
            "Nested all/any/not conditions travel in the extension urn:vkb:fhir:enable-condition.",
            "vkb catalog export-fhir catalog.json --out questionnaire.json"),
        json => CatalogJson.DetectKind(json) switch
        {
            CatalogDocumentKind.Catalog => Convert(CatalogJson.ReadCatalog(json), c => $"catalogue {c.Pin}", FhirQuestionnaire.ExportQuestionnaire),
            CatalogDocumentKind.Assessment => Convert(CatalogJson.ReadAssessment(json), a => "assessment", FhirQuestionnaire.ExportResponse),
            _ => ("document", [new ValidationProblem("unknown-document", "schema", "The file must have schema vkb-catalog/1 or vkb-assessment/1 (extensions have no FHIR export yet).")], null),
        });

    private static Command Conversion(CliContext context, string name, string fileDescription, string outDescription, string description, Func<string, (string What, IReadOnlyList<ValidationProblem> Problems, string? Result)> convert)
    {
        var file = new Argument<FileInfo>("FILE") { Description = fileDescription };
        var output = CliOptions.RequiredFile("--out", outDescription);
        var command = new Command(name, description);
        command.Arguments.Add(file);
        command.Options.Add(output);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = CliOptions.MustExist(parseResult.GetValue(file)!, "FILE");
            var (what, problems, result) = convert(await File.ReadAllTextAsync(path.FullName, cancellationToken));
            return await WriteOrReportAsync(context, path.Name, what, problems, result, parseResult.GetValue(output)!, cancellationToken);
        });
        return command;
    }

    private static (string What, IReadOnlyList<ValidationProblem> Problems) Describe<T>(BuildResult<T> result, Func<T, string> describe)
        where T : class => (result.Value is { } value ? describe(value) : "document", result.Problems);

    private static (string What, IReadOnlyList<ValidationProblem> Problems, string? Result) Convert<T>(BuildResult<T> result, Func<T, string> describe, Func<T, string> write)
        where T : class => result.Value is { } value ? (describe(value), [], write(value)) : ("document", result.Problems, null);

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

    private static async Task<CatalogRegistry> LoadRegistryAsync(DirectoryInfo? directory, CancellationToken cancellationToken)
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
        foreach (var file in directory.GetFiles("*.json").OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            documents.Add(new(file.Name, await File.ReadAllTextAsync(file.FullName, cancellationToken)));
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
        if (problems.Count == 0)
        {
            await context.Out.WriteLineAsync($"{name}: valid {what}");
            return ExitCodes.Success;
        }

        await context.Out.WriteLineAsync($"{name}: {problems.Count} problem(s) in {what}");
        foreach (var problem in problems)
        {
            await context.Out.WriteLineAsync($"  {problem}");
        }

        return ExitCodes.Failure;
    }

    private static async Task<int> WriteOrReportAsync(CliContext context, string name, string what, IReadOnlyList<ValidationProblem> problems, string? result, FileInfo output, CancellationToken cancellationToken)
    {
        if (result is null)
        {
            return await ReportAsync(context, name, what, problems);
        }

        AtomicFile.WriteText(output.FullName, result + "\n");
        await context.Out.WriteLineAsync($"{name}: wrote {what} to {output.Name}");
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
