using System.Text.RegularExpressions;

namespace Vkb.Samples.Tests;

/// <summary>Every relative link in every markdown file of the repository points to a file or folder that exists.</summary>
public sealed partial class MarkdownLinkTests
{
    [Fact]
    public void RelativeLinks_InAllMarkdownFiles_Resolve()
    {
        var root = RepositoryRoot();
        var files = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or ".git" or "node_modules" or "TestResults"))
            .ToList();
        files.Count.ShouldBeGreaterThan(8);
        var broken = new List<string>();
        var checkedLinks = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            foreach (var target in Links(text))
            {
                if (target.Length == 0 || target.StartsWith('#') || UriScheme().IsMatch(target))
                {
                    continue;
                }

                var path = Uri.UnescapeDataString(target.Split('#')[0].Split('?')[0]);
                var resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, path));
                checkedLinks++;
                if (!File.Exists(resolved) && !Directory.Exists(resolved))
                {
                    broken.Add($"{Path.GetRelativePath(root, file)} -> {target}");
                }
            }
        }

        checkedLinks.ShouldBeGreaterThan(10);
        broken.ShouldBeEmpty();
    }

    [Fact]
    public void LinkExtraction_FindsInlineAndReferenceLinks_NotCode()
    {
        Links("see [a](docs/a.md)\n[b]: ../b.md\n`[c](not-a-link.md)`\n```\n[d](nor-this.md)\n```\n![img](x.png \"title\")")
            .ShouldBe(["docs/a.md", "x.png", "../b.md"]);
    }

    private static List<string> Links(string markdown)
    {
        var withoutCode = InlineCode().Replace(FencedCode().Replace(markdown, string.Empty), string.Empty);
        return [.. InlineLink().Matches(withoutCode).Select(m => m.Groups["target"].Value),
                .. ReferenceLink().Matches(withoutCode).Select(m => m.Groups["target"].Value)];
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vkb.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Vkb.Core.sln) is not above the test's directory.");
    }

    [GeneratedRegex(@"```.*?```", RegexOptions.Singleline)]
    private static partial Regex FencedCode();

    [GeneratedRegex(@"`[^`\n]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"!?\[[^\]\n]*\]\((?<target><[^>]+>|[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"^\s*\[[^\]\n]+\]:\s*(?<target>\S+)", RegexOptions.Multiline)]
    private static partial Regex ReferenceLink();

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex UriScheme();
}
