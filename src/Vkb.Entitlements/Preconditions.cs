using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Vkb.Entitlements;

/// <summary>Argument and state checks with invariant messages that state the rule, never a value.</summary>
internal static class Preconditions
{
    public static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(argument, paramName);
        return argument;
    }

    public static void CheckArgument([DoesNotReturnIf(false)] bool expression, string message, [CallerArgumentExpression(nameof(expression))] string? paramName = null)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    public static void CheckArgumentRange(bool expression, string message, [CallerArgumentExpression(nameof(expression))] string? paramName = null)
    {
        if (!expression)
        {
            throw new ArgumentOutOfRangeException(paramName, message);
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
