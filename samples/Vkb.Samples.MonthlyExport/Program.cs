using Vkb.Pseudonymization;
using Vkb.Samples.MonthlyExport;

// A worker as a BA host team runs it: the pseudonymisation options and the key source come from
// configuration (the key itself from the environment variable named there, never from a file
// in the image), the folders and the schedule from "Vkb:MonthlyExport".
var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddVkbPseudonymization(builder.Configuration.GetSection("Vkb:Pseudonymization"));
builder.Services.AddOptions<MonthlyExportOptions>()
    .Bind(builder.Configuration.GetSection("Vkb:MonthlyExport"))
    .Validate(o => o.Interval > TimeSpan.Zero, "Vkb:MonthlyExport:Interval must be positive.")
    .ValidateOnStart();
builder.Services.AddSingleton<MonthlyExportWorker>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<MonthlyExportWorker>());
builder.Build().Run();
