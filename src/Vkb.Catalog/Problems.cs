namespace Vkb.Catalog;

/// <summary>
/// The one catalogue of problem codes and their messages (as NodaTime keeps its parse messages in one
/// place). Every reader and validator of this package makes its problems here, so a code always
/// carries the same rule text. Messages name paths, link ids and element names, never a case value.
/// </summary>
internal static class Problems
{
    // Input: bytes, JSON syntax, document kind.
    public static ValidationProblem InputTooLarge(long limit) =>
        new("input-too-large", "file", $"The document is larger than the limit of {limit} bytes; raise the limit if it is genuine.");

    public static ValidationProblem InvalidUtf8(string location) =>
        new("invalid-utf8", location, "The document is not valid UTF-8; bad bytes are refused, never repaired.");

    public static ValidationProblem MalformedJson(string location) =>
        new("malformed-json", location, "The document is not well-formed JSON (syntax error, truncated text or nesting deeper than allowed).");

    public static ValidationProblem WrongShape(string location) =>
        new("malformed-json", location, "The document is not JSON of the expected shape (unknown field or wrong type).");

    public static ValidationProblem NullDocument() =>
        new("malformed-json", "line 1", "The document is the JSON literal null.");

    public static ValidationProblem DuplicateKey(string location) =>
        new("duplicate-key", location, "A JSON object names the same member twice; the document is ambiguous.");

    public static ValidationProblem WrongSchema(string expected) =>
        new("wrong-schema", "schema", $"The schema must be '{expected}'.");

    public static ValidationProblem WrongResourceType(string expected) =>
        new("wrong-resource-type", "resourceType", $"The resource must be a FHIR R4 {expected}.");

    public static ValidationProblem NotACatalog(string name, string catalogSchema, string extensionSchema) =>
        new("not-a-catalog", name, $"The document is not JSON with schema '{catalogSchema}' or '{extensionSchema}'.");

    public static ValidationProblem UnknownDocument() =>
        new("unknown-document", "schema", "The file is not JSON with schema vkb-catalog/1, vkb-catalog-extension/1 or vkb-assessment/1, nor a FHIR Questionnaire or QuestionnaireResponse.");

    // Header.
    public static ValidationProblem MissingField(string path, string rule) => new("missing-field", path, rule);

    public static ValidationProblem InvalidId(string path) =>
        new("invalid-id", path, "The id must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.");

    public static ValidationProblem InvalidCustomerProcess(string path) =>
        new("invalid-customer-process", path, "The customer process must be a code of letters, digits, '.', '_' or '-'.");

    public static ValidationProblem MissingTitle(string path) => new("missing-title", path, "A title is required.");

    public static ValidationProblem InvalidStatus(string path, string allowed) => new("invalid-status", path, $"The status must be {allowed}.");

    public static ValidationProblem MissingEffectiveFrom(string path) => new("missing-effective-from", path, "The first effective day is required.");

    public static ValidationProblem EffectiveEndBeforeStart(string path) => new("effective-end-before-start", path, "The last effective day must not be before the first.");

    public static ValidationProblem InvalidVersion(string path) =>
        new("invalid-version", path, "A version is 1 to 64 printable characters without surrounding white space and without '|'.");

    public static ValidationProblem InvalidDate(string path) => new("invalid-date", path, "A date must be written yyyy-MM-dd.");

    public static ValidationProblem MissingDate(string path) => new("missing-field", path, "A date (yyyy-MM-dd) is required.");

    public static ValidationProblem HeaderConflict(string path, string what) =>
        new("header-conflict", path, $"The {what} given by the caller differs from the one in the document; the document's conventions and the caller's values must agree.");

    public static ValidationProblem CarriedConflict(string path, string what) =>
        new("carried-conflict", path, $"The {what} differs from the one in the carried FHIR elements; change both or neither.");

    public static ValidationProblem InvalidRegionalDirectorate(string path) =>
        new("invalid-regional-directorate", path, "The RD code must be 1 to 16 ASCII letters or digits.");

    public static ValidationProblem NoQuestions(string path, string what) => new("no-questions", path, $"{what} needs at least one question.");

    // Items.
    public static ValidationProblem InvalidLinkId(string path, string? namespacePrefix) =>
        new("invalid-link-id", path, "A link id must be 1 to 255 characters without control characters or surrounding white space" +
            (namespacePrefix is null ? "." : $", after the namespace prefix '{namespacePrefix}'."));

    public static ValidationProblem DuplicateLinkId(string path) =>
        new("duplicate-link-id", path, "Link ids must be unique across the catalogue and its extensions.");

    public static ValidationProblem LinkIdNotNamespaced(string path, string prefix) =>
        new("link-id-not-namespaced", path, $"Every link id of a regional extension must start with its namespace '{prefix}'.");

    public static ValidationProblem MissingText(string path) =>
        new("missing-text", path, "The question has no text; reviewers will see an empty question.", ProblemSeverity.Warning);

    public static ValidationProblem EmptyGroup(string path) => new("empty-group", path, "A group must contain at least one item.");

    public static ValidationProblem InvalidItemType(string path) =>
        new("invalid-item-type", path, "The item type must be one of the FHIR R4 item types (group, display, boolean, decimal, integer, date, dateTime, time, string, text, url, choice, open-choice, attachment, reference, quantity).");

    public static ValidationProblem InvalidAnswerKind(string path) => new("invalid-answer-kind", path, "The answer kind must be a defined value.");

    public static ValidationProblem EmptyOptionSet(string path) => new("empty-option-set", path, "A choice question needs a non-empty option set (answerOption or answerValueSet).");

    public static ValidationProblem OptionsNotAllowed(string path) =>
        new("options-not-allowed", path, "Only choice, open-choice, integer, date, time, string and text questions have an option set (verdict questions use the fixed verdict set).");

    public static ValidationProblem RepeatsNotAllowed(string path) =>
        new("repeats-not-allowed", path, "A verdict or single-choice question cannot repeat; a choice that repeats is a multiple-choice question.");

    public static ValidationProblem EmptyHelpText(string path) => new("empty-help-text", path, "A help text, when given, must not be empty.");

    public static ValidationProblem InvalidOptionCode(string path) =>
        new("invalid-option-code", path, "An option code must be 1 to 256 characters without control characters or surrounding white space.");

    public static ValidationProblem DuplicateOption(string path) => new("duplicate-option-code", path, "Options must be unique within a question.");

    public static ValidationProblem MissingOptionDisplay(string path) => new("missing-option-display", path, "Every option needs a label.");

    public static ValidationProblem NestedUnderDisplay(string path) => new("items-under-display", path, "A display item cannot have nested items.");

    public static ValidationProblem HelpNotUnderQuestion(string path) =>
        new("help-not-under-question", path, "A help display item (itemControl 'help') belongs under a question or group, not at the top level.", ProblemSeverity.Warning);

    // Conditions.
    public static ValidationProblem InvalidCondition(string path, string rule) => new("invalid-condition", path, rule);

    public static ValidationProblem UnsupportedOperator(string path) =>
        new("unsupported-operator", path, "The enableWhen operator must be one of exists, =, !=, >, <, >=, <=.");

    public static ValidationProblem ConditionUnknownQuestion(string path, string linkId) =>
        new("condition-unknown-question", path, $"The condition refers to '{linkId}', which is not a question of this catalogue.");

    public static ValidationProblem ConditionNotEarlier(string path, string linkId) =>
        new("condition-not-earlier", path, $"The condition refers to '{linkId}', which does not come before this item; conditions may only read earlier questions.");

    public static ValidationProblem ConditionNotOnQuestion(string path, string linkId) =>
        new("condition-not-on-question", path, $"The condition refers to '{linkId}', which is a group or display item, not a question.");

    public static ValidationProblem ConditionWrongKind(string path, string linkId, AnswerValueKind given, AnswerKind kind) =>
        new("condition-wrong-kind", path, $"The condition compares '{linkId}' with a {given} value, but that question takes {kind} answers.");

    public static ValidationProblem ConditionNotOrdered(string path, string linkId) =>
        new("condition-not-ordered", path, $"The operators >, <, >=, <= need an ordered answer type (integer, decimal, date, dateTime, time, quantity); '{linkId}' is not one.");

    public static ValidationProblem ConditionOptionOutsideSet(string path, string linkId) =>
        new("condition-option-outside-set", path, $"The condition compares '{linkId}' with a value outside that question's option set.");

    // Values.
    public static ValidationProblem InvalidValue(string path, string rule) => new("invalid-value", path, rule);

    public static ValidationProblem PartialDate(string path) =>
        new("partial-date", path, "A date value must be a full date (yyyy-MM-dd); partial dates are not supported in answers, options and conditions.");

    // FHIR specifics.
    public static ValidationProblem UnsupportedElement(string path, string why) => new("unsupported-element", path, why);

    public static ValidationProblem ValueSetNotFound(string path) =>
        new("value-set-not-found", path, "The answerValueSet is neither a contained ValueSet ('#id') nor a value set in the value-set folder given.");

    public static ValidationProblem ValueSetNotExpandable(string path) =>
        new("value-set-not-expandable", path, "The value set has neither an expansion nor a compose with explicit concepts; list its codes.");

    public static ValidationProblem Carried(string path, int count, string what) =>
        new("carried-not-used", path, $"{what} is carried unchanged but not used by VKB ({count} occurrence(s); the path is the first).", ProblemSeverity.Warning);

    // Assessments.
    public static ValidationProblem InvalidCaseReference(string path, string how) =>
        new("invalid-case-reference", path, $"A case reference (pseudonym) of 1 to 128 printable characters without white space is required{how}.");

    public static ValidationProblem InvalidLevel(string path) =>
        new("invalid-level", path, "The level must be teamLead, regionalDirectorate or headOffice.");

    public static ValidationProblem InvalidVerdict(string path) =>
        new("invalid-verdict", path, "The verdict must be goalOriented or notGoalOriented.");

    public static ValidationProblem InvalidPin(string path, string form) => new("invalid-pin", path, $"A pin must be {form}.");

    public static ValidationProblem NoPins(string path) => new("no-pins", path, "An assessment pins at least its base catalogue version.");

    public static ValidationProblem MissingLinkId(string path) => new("missing-field", path, "Every answer names its question's link id.");

    public static ValidationProblem InvalidRemark(string path) =>
        new("invalid-remark", path, "A remark needs a theme code (letters, digits, '.', '_', '-', ':') and a non-empty text.");

    public static bool HasErrors(IEnumerable<ValidationProblem> problems) => problems.Any(p => p.Severity == ProblemSeverity.Error);
}
