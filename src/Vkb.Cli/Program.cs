using Vkb.Cli;

return await VkbApp.RunAsync(args, CliContext.FromConsole());
