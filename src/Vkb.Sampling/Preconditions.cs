using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Vkb.Sampling;

/// <summary>Argument and state checks with invariant messages that never contain a checked value.</summary>
internal static class Preconditions
{
    public static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : class =>
        argument ?? throw new ArgumentNullException(paramName);

    public static void CheckArgument([DoesNotReturnIf(false)] bool expression, string message, [CallerArgumentExpression(nameof(expression))] string? paramName = null)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    public static void CheckArgumentRange(long value, long minInclusive, long maxInclusive, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(paramName, $"The value must be between {minInclusive} and {maxInclusive} inclusive.");
        }
    }

    public static void CheckState([DoesNotReturnIf(false)] bool expression, string message)
    {
        if (!expression)
        {
            throw new InvalidOperationException(message);
        }
    }
}
