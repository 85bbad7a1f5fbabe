using System.Reflection;

namespace Vkb.Catalog.Tests;

public class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesApproved()
    {
        var lines = typeof(Catalog).Assembly.GetExportedTypes()
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(t => new[] { $"{Kind(t)} {t.FullName}" }.Concat(
                t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Where(m => m is not MethodInfo { IsSpecialName: true } && m is not Type)
                    .Select(m => "  " + Describe(m))
                    .Order(StringComparer.Ordinal)))
            .ToList();

        string.Join("\n", lines).ShouldMatchApproved(c => c.SubFolder("Approved").WithFileExtension("txt").NoDiff());
    }

    private static string Kind(Type t) => t.IsEnum ? "enum" : t.IsValueType ? "struct" : t.IsInterface ? "interface" : t.IsAbstract && t.IsSealed ? "static class" : t.IsAbstract ? "abstract class" : t.IsSealed ? "sealed class" : "class";

    private static string Describe(MemberInfo member) => member switch
    {
        MethodInfo m => $"{(m.IsStatic ? "static " : string.Empty)}{Name(m.ReturnType)} {m.Name}({string.Join(", ", m.GetParameters().Select(p => $"{Name(p.ParameterType)} {p.Name}"))})",
        ConstructorInfo c => $"ctor({string.Join(", ", c.GetParameters().Select(p => $"{Name(p.ParameterType)} {p.Name}"))})",
        PropertyInfo p => $"{Name(p.PropertyType)} {p.Name} {{ {(p.CanRead ? "get; " : string.Empty)}{(p.SetMethod?.IsPublic == true ? "set; " : string.Empty)}}}",
        FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{Name(f.FieldType)} {f.Name}",
        _ => member.Name,
    };

    private static string Name(Type t) => t.IsGenericType
        ? $"{t.Name[..t.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", t.GetGenericArguments().Select(Name))}>"
        : t.Name;
}
