namespace Vkb.Cli.Tests;

public sealed class ProgressReporterTests
{
    [Fact]
    public void Live_DrawsABarInPlace_AndClosesWithTheDuration()
    {
        var error = new StringWriter();
        using (var progress = new ProgressReporter(error, "generate", enabled: true, live: true))
        {
            progress.Report(500, 1000);
        }

        var text = error.ToString();
        text.ShouldStartWith("\rgenerate [##############..............]  50 % 500/1,000 records");
        text.ShouldContain("/s");
        text.ShouldContain("\rgenerate: done in ");
        text.Count(c => c == '\n').ShouldBe(1);
    }

    [Fact]
    public void Redirected_ShortStep_PrintsNothing()
    {
        var error = new StringWriter();
        using (var progress = new ProgressReporter(error, "generate", enabled: true, live: false))
        {
            progress.Report(500, 1000);
        }

        error.ToString().ShouldBeEmpty();
    }

    [Fact]
    public void Disabled_PrintsNothing()
    {
        var error = new StringWriter();
        using (var progress = new ProgressReporter(error, "generate", enabled: false, live: true))
        {
            progress.Report(500, 1000);
        }

        error.ToString().ShouldBeEmpty();
    }
}
