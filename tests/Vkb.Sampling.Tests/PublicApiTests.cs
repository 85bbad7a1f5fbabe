using System.Reflection;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests;

/// <summary>The public surface of the package, reviewed as an approved listing so that API changes show in review.</summary>
public class PublicApiTests
{
    [Fact]
    public void PublicApi_Listing_MatchesApproved()
    {
        var assembly = typeof(Sampler).Assembly;
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            lines.Add($"{Kind(type)} {Name(type)}");
            var members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m is not MethodInfo { IsSpecialName: true } || m.Name.StartsWith("op_", StringComparison.Ordinal))
                .Where(m => m.DeclaringType == type && !(type.IsEnum && m is FieldInfo { IsSpecialName: true }))
                .Where(m => m.Name is not ("<Clone>$" or "EqualityContract" or "Deconstruct" or "PrintMembers"))
                .Select(Describe)
                .Order(StringComparer.Ordinal);
            lines.AddRange(members.Select(m => "  " + m));
        }

        string.Join("\n", lines).ShouldMatchApproved(c => c.SubFolder("Approved").NoDiff());
    }

    private static string Kind(Type t) =>
        t.IsEnum ? "enum" : t.IsValueType ? "struct" : t.IsInterface ? "interface" : t.IsAbstract && t.IsSealed ? "static class" : t.IsSealed ? "sealed class" : "class";

    private static string Name(Type t) =>
        !t.IsGenericType ? t.Name : $"{t.Name[..t.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", t.GetGenericArguments().Select(Name))}>";

    private static string Describe(MemberInfo m) => m switch
    {
        ConstructorInfo c => $"ctor({Parameters(c)})",
        MethodInfo mi => $"{(mi.IsStatic ? "static " : string.Empty)}{Name(mi.ReturnType)} {mi.Name}{(mi.IsGenericMethod ? "<" + string.Join(", ", mi.GetGenericArguments().Select(Name)) + ">" : string.Empty)}({Parameters(mi)})",
        PropertyInfo p => $"{Name(p.PropertyType)} {p.Name} {{ {(p.GetMethod?.IsPublic == true ? "get; " : string.Empty)}{(p.SetMethod?.IsPublic == true ? "set; " : string.Empty)}}}",
        FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{Name(f.FieldType)} {f.Name}",
        EventInfo e => $"event {e.Name}",
        Type nested => $"nested {Name(nested)}",
        _ => m.Name,
    };

    private static string Parameters(MethodBase m) => string.Join(", ", m.GetParameters().Select(p => $"{Name(p.ParameterType)} {p.Name}"));
}
