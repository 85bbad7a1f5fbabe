namespace Vkb.Pseudonymization.Anonymity;

/// <summary>
/// No node of the generalisation lattice makes every published class hold at least k people (distinct subjects)
/// within the suppression budget (P9): the run fails and writes nothing. The message gives counts only, never a value.
/// </summary>
public sealed class KAnonymityException : Exception
{
    /// <summary>Creates the exception.</summary>
    public KAnonymityException()
        : this("k-anonymity cannot be reached within the suppression budget.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The reason, in counts.</param>
    public KAnonymityException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The reason, in counts.</param>
    /// <param name="innerException">The cause.</param>
    public KAnonymityException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
