using System.Runtime.CompilerServices;

namespace Vkb.Synthetic;

/// <summary>Argument and state checks with invariant messages that never contain record values.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : class =>
        argument ?? throw new ArgumentNullException(paramName);

    internal static void CheckArgument(bool expression, string message, [CallerArgumentExpression(nameof(expression))] string? paramName = null)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    internal static void CheckArgumentRange(long value, long minInclusive, long maxInclusive, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"The value must be between {minInclusive} and {maxInclusive} inclusive.");
        }
    }

    internal static void CheckArgumentRange(double value, double minInclusive, double maxInclusive, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (double.IsNaN(value) || value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(paramName, value, FormattableString.Invariant($"The value must be between {minInclusive} and {maxInclusive} inclusive."));
        }
    }

    internal static void CheckState(bool expression, string message)
    {
        if (!expression)
        {
            throw new InvalidOperationException(message);
        }
    }
}
