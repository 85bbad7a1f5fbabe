using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;

namespace Vkb.Conventions.Tests;

/// <summary>
/// The house style as tests, in the manner of NodaTime's ConsistencyTest: each convention is
/// checked over every public type of every package. Today's violations are listed in
/// <see cref="KnownViolations"/> with a reason each, so the tests are green, fail on a NEW
/// violation, and the list shows the debt. Fixing a violation means deleting its line.
/// </summary>
public partial class ConventionTests
{
    public static readonly IReadOnlyList<Assembly> Packages =
    [
        typeof(Vkb.Catalog.Catalog).Assembly,
        typeof(Vkb.Entitlements.GrantService).Assembly,
        typeof(Vkb.Entitlements.Sqlite.SqliteGrantStore).Assembly,
        typeof(Vkb.Pseudonymization.Pseudonymizer).Assembly,
        typeof(Vkb.Sampling.Sampler).Assembly,
        typeof(Vkb.Synthetic.ExtractGenerator).Assembly,
    ];

    private static IEnumerable<Type> PublicTypes => Packages.SelectMany(a => a.GetExportedTypes()).OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static void ShouldHaveNoNewViolations(string convention, IEnumerable<string> violations)
    {
        var known = KnownViolations.Where(k => k.Key.StartsWith(convention + ": ", StringComparison.Ordinal)).Select(k => k.Key[(convention.Length + 2)..]).ToHashSet(StringComparer.Ordinal);
        var fresh = violations.Distinct(StringComparer.Ordinal).Where(v => !known.Contains(v)).Order(StringComparer.Ordinal).ToList();
        fresh.ShouldBeEmpty($"new violations of '{convention}' (fix them, or list each in KnownViolations with a reason)");
    }

    [Fact]
    public void PublicClasses_AreSealedOrStaticOrListedWithAReason() =>
        ShouldHaveNoNewViolations("sealed", PublicTypes
            .Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed) && !typeof(Delegate).IsAssignableFrom(t))
            .Select(t => t.FullName!));

    [Fact]
    public void EquatableTypes_HaveEqualityOperators() =>
        ShouldHaveNoNewViolations("operators", PublicTypes
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>) && i.GetGenericArguments()[0] == t))
            .Where(t => t.GetMethod("op_Equality", BindingFlags.Public | BindingFlags.Static, [t, t]) is null
                || t.GetMethod("op_Inequality", BindingFlags.Public | BindingFlags.Static, [t, t]) is null)
            .Select(t => t.FullName!));

    [Fact]
    public void PublicValueTypes_OverrideToString() =>
        ShouldHaveNoNewViolations("tostring", PublicTypes
            .Where(t => t.IsValueType && !t.IsEnum)
            .Where(t => t.GetMethod(nameof(ToString), BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)?.DeclaringType != t)
            .Select(t => t.FullName!));

    [Fact]
    public void Namespaces_EqualPackageAndFolder()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var violations = new List<string>();
        foreach (var assembly in Packages)
        {
            var package = assembly.GetName().Name!;
            var directory = Path.Combine(src, package);
            foreach (var file in Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(directory, file).Replace('\\', '/');
                if (relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal))
                {
                    continue;
                }

                var folder = Path.GetDirectoryName(relative)!.Replace('/', '.');
                var expected = folder.Length == 0 ? package : package + "." + folder;
                var declared = NamespacePattern().Match(File.ReadAllText(file));
                if (declared.Success && declared.Groups[1].Value != expected)
                {
                    // Per folder, so that a new file in a folder already listed is not a new violation.
                    violations.Add($"src/{package}/{Path.GetDirectoryName(relative)!.Replace('\\', '/')}/ declares {declared.Groups[1].Value}");
                }
            }
        }

        ShouldHaveNoNewViolations("namespace", violations);
    }

    [Fact]
    public void DependencyInjectionExtensions_HaveTheSameShape()
    {
        var violations = new List<string>();
        foreach (var assembly in Packages)
        {
            var package = assembly.GetName().Name!;
            var suffix = package.Replace(".", string.Empty, StringComparison.Ordinal);
            var expectedName = suffix + "ServiceCollectionExtensions";
            var extensions = assembly.GetExportedTypes().Where(t => t.Name.EndsWith("ServiceCollectionExtensions", StringComparison.Ordinal)).ToList();
            if (extensions.Count != 1 || extensions[0].Name != expectedName || extensions[0].Namespace != package || !(extensions[0].IsAbstract && extensions[0].IsSealed))
            {
                violations.Add($"{package}: one public static class {package}.{expectedName}");
                continue;
            }

            var methods = extensions[0].GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly);
            var add = "Add" + suffix;
            // AddVkbX overloads, plus opt-in registrations named AddVkb… (e.g. AddVkbExampleCatalogue).
            if (methods.Any(m => !m.Name.StartsWith("AddVkb", StringComparison.Ordinal)) || !methods.Any(m => m.Name == add))
            {
                violations.Add($"{package}: only {add} overloads and AddVkb… opt-ins");
            }

            // Every overload extends IServiceCollection; it returns the collection, or the OptionsBuilder of the
            // options it binds (the configuration overloads, as Microsoft.Extensions' AddOptions does).
            if (methods.Any(m => m.GetParameters().FirstOrDefault()?.ParameterType != typeof(IServiceCollection)
                || !(m.ReturnType == typeof(IServiceCollection) || (m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(Microsoft.Extensions.Options.OptionsBuilder<>)))))
            {
                violations.Add($"{package}: every overload extends IServiceCollection and returns it or an OptionsBuilder");
            }

            if (!methods.Any(m => m.GetParameters().Length == 1))
            {
                violations.Add($"{package}: an overload (services)");
            }

            if (!methods.Any(m => m.GetParameters().Length == 2 && m.GetParameters()[1].ParameterType is { IsGenericType: true } p && p.GetGenericTypeDefinition() == typeof(Action<>) && p.GetGenericArguments()[0].Name.EndsWith("Options", StringComparison.Ordinal)))
            {
                violations.Add($"{package}: an overload (services, Action<XOptions>)");
            }
        }

        ShouldHaveNoNewViolations("di", violations);
    }

    [Fact]
    public void PublicMembers_NeitherTakeNorReturnMutableCollections()
    {
        var violations = new List<string>();
        foreach (var type in PublicTypes)
        {
            const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var method in type.GetMethods(Flags).Where(m => !m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal)))
            {
                if (IsMutableCollection(method.ReturnType) || method.GetParameters().Any(p => IsMutableCollection(p.ParameterType)))
                {
                    violations.Add($"{type.FullName}.{method.Name}");
                }
            }

            foreach (var constructor in type.GetConstructors(Flags).Where(c => c.GetParameters().Any(p => IsMutableCollection(p.ParameterType))))
            {
                violations.Add($"{type.FullName}..ctor");
            }

            foreach (var property in type.GetProperties(Flags).Where(p => IsMutableCollection(p.PropertyType)))
            {
                violations.Add($"{type.FullName}.{property.Name}");
            }

            foreach (var field in type.GetFields(Flags).Where(f => IsMutableCollection(f.FieldType)))
            {
                violations.Add($"{type.FullName}.{field.Name}");
            }
        }

        ShouldHaveNoNewViolations("collections", violations);
    }

    [Fact]
    public void KnownViolations_EachHasAReason() =>
        KnownViolations.ShouldAllBe(k => k.Value.Length >= 20);

    /// <summary>Arrays, List/Dictionary/HashSet and the mutable collection interfaces; ReadOnlySpan, IEnumerable and IReadOnly* are fine.</summary>
    private static bool IsMutableCollection(Type type)
    {
        if (type.IsByRef)
        {
            type = type.GetElementType()!;
        }

        if (type.IsArray)
        {
            return true;
        }

        if (!type.IsGenericType)
        {
            return type == typeof(ArrayList) || type == typeof(Hashtable);
        }

        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(List<>) || definition == typeof(Dictionary<,>) || definition == typeof(HashSet<>)
            || definition == typeof(IList<>) || definition == typeof(ICollection<>) || definition == typeof(IDictionary<,>) || definition == typeof(ISet<>)
            || definition == typeof(SortedDictionary<,>) || definition == typeof(SortedSet<>) || definition == typeof(Queue<>) || definition == typeof(Stack<>);
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vkb.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Vkb.Core.sln not found above the test's base directory.");
    }

    [GeneratedRegex(@"^namespace ([A-Za-z0-9_.]+)\s*[;{]", RegexOptions.Multiline)]
    private static partial Regex NamespacePattern();
}
