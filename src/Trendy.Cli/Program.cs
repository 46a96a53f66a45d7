using Trendy.Cli;

return CommandRouter.Run(args, Console.Out, Console.Error);
