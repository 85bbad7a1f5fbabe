using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Vkb.Catalog;

/// <summary>Argument and state checks used throughout the package; messages state the rule, never a value.</summary>
internal static class Preconditions
{
    public static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : class
    {
        if (argument is null)
        {
            throw new ArgumentNullException(paramName);
        }

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
