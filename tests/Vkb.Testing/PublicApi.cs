using System.Reflection;
using PublicApiGenerator;

namespace Vkb.Testing;

/// <summary>
/// The public API of an assembly as C#-like text (PublicApiGenerator), for one approval test per
/// package: <c>PublicApi.Of(typeof(X).Assembly).ShouldMatchApproved(c =&gt; c.SubFolder("Approved").NoDiff())</c>.
/// The approval call stays in the test, so Shouldly names the approved file after the test.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class PublicApi
{
    /// <summary>Lists the public API of <paramref name="assembly"/>: types, members, attributes that matter, in a stable order.</summary>
    /// <param name="assembly">The assembly of a package.</param>
    /// <returns>The listing, with "\n" line ends, without the assembly-level attributes (they hold versions and paths) and the compiler's state-machine attributes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assembly"/> is null.</exception>
    public static string Of(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var options = new ApiGeneratorOptions
        {
            IncludeAssemblyAttributes = false,

            // Compiler-generated state-machine type names (d__20) change with unrelated edits.
            ExcludeAttributes =
            [
                "System.Runtime.CompilerServices.AsyncIteratorStateMachineAttribute",
                "System.Runtime.CompilerServices.AsyncStateMachineAttribute",
                "System.Runtime.CompilerServices.IteratorStateMachineAttribute",
            ],
        };
        return assembly.GeneratePublicApi(options).Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
