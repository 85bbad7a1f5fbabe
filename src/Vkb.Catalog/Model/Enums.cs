namespace Vkb.Catalog;

/// <summary>The life-cycle status of a catalogue or extension version.</summary>
public enum CatalogStatus
{
    /// <summary>Being written; never in force.</summary>
    Draft,

    /// <summary>In force during its effective period.</summary>
    Active,

    /// <summary>Withdrawn; never in force, and no assessment may be made against it.</summary>
    Retired,
}

/// <summary>The kind of answer a question takes.</summary>
public enum AnswerKind
{
    /// <summary>yes / partly / no / not assessable (<see cref="Vkb.Catalog.Verdict"/>).</summary>
    Verdict,

    /// <summary>Exactly one code from the question's option set.</summary>
    SingleChoice,

    /// <summary>One or more distinct codes from the question's option set.</summary>
    MultipleChoice,

    /// <summary>Free text (FHIR <c>text</c>).</summary>
    Text,

    /// <summary>A calendar date.</summary>
    Date,

    /// <summary>A whole number (FHIR <c>integer</c>).</summary>
    WholeNumber,

    /// <summary>True or false (FHIR <c>boolean</c>).</summary>
    Boolean,

    /// <summary>A decimal number (FHIR <c>decimal</c>).</summary>
    DecimalNumber,

    /// <summary>A date and time (FHIR <c>dateTime</c>).</summary>
    DateTime,

    /// <summary>A time of day (FHIR <c>time</c>).</summary>
    Time,

    /// <summary>A short single-line text (FHIR <c>string</c>); <see cref="Text"/> is the multi-line FHIR <c>text</c>.</summary>
    ShortText,

    /// <summary>A URL (FHIR <c>url</c>).</summary>
    Url,

    /// <summary>A file (FHIR <c>attachment</c>).</summary>
    Attachment,

    /// <summary>A reference to another resource (FHIR <c>reference</c>).</summary>
    Reference,

    /// <summary>A number with a unit (FHIR <c>quantity</c>).</summary>
    Quantity,
}

/// <summary>The ordering operators of a <see cref="CompareCondition"/> (FHIR <c>enableWhen.operator</c>).</summary>
public enum ComparisonOperator
{
    /// <summary><c>&gt;</c>.</summary>
    GreaterThan,

    /// <summary><c>&lt;</c>.</summary>
    LessThan,

    /// <summary><c>&gt;=</c>.</summary>
    GreaterOrEqual,

    /// <summary><c>&lt;=</c>.</summary>
    LessOrEqual,
}

/// <summary>How serious a <see cref="ValidationProblem"/> is.</summary>
public enum ProblemSeverity
{
    /// <summary>The document is refused.</summary>
    Error,

    /// <summary>The document is accepted; something was carried that VKB does not use, or looks unintended.</summary>
    Warning,
}

/// <summary>The answer to a verdict question.</summary>
public enum Verdict
{
    /// <summary>Ja.</summary>
    Yes,

    /// <summary>Teilweise.</summary>
    Partly,

    /// <summary>Nein.</summary>
    No,

    /// <summary>Nicht bewertbar.</summary>
    NotAssessable,
}

/// <summary>The overall verdict on the course of a case (C4).</summary>
public enum ProcessVerdict
{
    /// <summary>zielführend.</summary>
    GoalOriented,

    /// <summary>nicht zielführend.</summary>
    NotGoalOriented,
}

/// <summary>The level that made an assessment.</summary>
public enum AssessmentLevel
{
    /// <summary>Teamleitung in the job centre.</summary>
    TeamLead,

    /// <summary>Regionaldirektion.</summary>
    RegionalDirectorate,

    /// <summary>Zentrale.</summary>
    HeadOffice,
}

/// <summary>Whether an assessment is still being filled in.</summary>
public enum AssessmentStatus
{
    /// <summary>Being filled in; required answers and the verdict may be missing; may be migrated.</summary>
    InProgress,

    /// <summary>Finished; complete and frozen.</summary>
    Completed,
}

/// <summary>The kind of a catalogue item.</summary>
public enum ItemType
{
    /// <summary>A group of items.</summary>
    Group,

    /// <summary>Text shown to the reviewer, not answered.</summary>
    Display,

    /// <summary>A question.</summary>
    Question,
}
