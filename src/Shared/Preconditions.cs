using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Vkb;

/// <summary>
/// Argument and state checks, compiled into every Vkb package (eng/Library.targets links this one
/// file, so the packages share the code without referencing each other). Messages state the rule,
/// never the checked value: a value may be personal data.
/// </summary>
internal static class Preconditions
{
    /// <summary>Returns <paramref name="argument"/>, or throws <see cref="ArgumentNullException"/> if it is null.</summary>
    public static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : class =>
        argument ?? throw new ArgumentNullException(paramName);

    /// <summary>Throws <see cref="ArgumentException"/> with <paramref name="message"/> unless <paramref name="expression"/> holds.</summary>
    public static void CheckArgument([DoesNotReturnIf(false)] bool expression, string message, [CallerArgumentExpression(nameof(expression))] string? paramName = null)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> with <paramref name="message"/> unless <paramref name="expression"/> holds.</summary>
    public static void CheckArgumentRange([DoesNotReturnIf(false)] bool expression, string message, [CallerArgumentExpression(nameof(expression))] string? paramName = null)
    {
        if (!expression)
        {
            throw new ArgumentOutOfRangeException(paramName, message);
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="value"/> lies in [<paramref name="minInclusive"/>, <paramref name="maxInclusive"/>]; the message names the bounds, not the value.</summary>
    public static void CheckArgumentRange(long value, long minInclusive, long maxInclusive, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(paramName, FormattableString.Invariant($"The value must be between {minInclusive} and {maxInclusive} inclusive."));
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="value"/> is a number in [<paramref name="minInclusive"/>, <paramref name="maxInclusive"/>]; the message names the bounds, not the value.</summary>
    public static void CheckArgumentRange(double value, double minInclusive, double maxInclusive, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (double.IsNaN(value) || value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(paramName, FormattableString.Invariant($"The value must be between {minInclusive} and {maxInclusive} inclusive."));
        }
    }

    /// <summary>Throws <see cref="InvalidOperationException"/> with <paramref name="message"/> unless <paramref name="expression"/> holds.</summary>
    public static void CheckState([DoesNotReturnIf(false)] bool expression, string message)
    {
        if (!expression)
        {
            throw new InvalidOperationException(message);
        }
    }
}
