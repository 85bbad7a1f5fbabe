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

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void RedirectedShortStep_OrDisabled_PrintsNothing(bool enabled, bool live)
    {
        var error = new StringWriter();
        using (var progress = new ProgressReporter(error, "generate", enabled, live))
        {
            progress.Report(500, 1000);
        }

        error.ToString().ShouldBeEmpty();
    }
}
