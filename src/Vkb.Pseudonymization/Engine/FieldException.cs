namespace Vkb.Pseudonymization.Engine;

/// <summary>A field failed a rule; the message states the rule, never the value. The pipeline turns it into a rejected record.</summary>
internal sealed class FieldException(string fieldPath, string message) : Exception(message)
{
    /// <summary>The field path (never a value).</summary>
    public string FieldPath { get; } = fieldPath;
}
