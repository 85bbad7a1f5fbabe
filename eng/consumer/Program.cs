using Microsoft.Extensions.DependencyInjection;
using Vkb.Entitlements;
using Vkb.Entitlements.Sqlite;

// Compiles against the packed packages only: the registration a host writes first.
var services = new ServiceCollection();
services.AddVkbEntitlements();
services.AddVkbEntitlementsSqlite(Path.Combine(Path.GetTempPath(), "vkb-consumer-ledger.db"), Path.Combine(Path.GetTempPath(), "vkb-consumer-ledger.key"));
Console.WriteLine(services.Count);
