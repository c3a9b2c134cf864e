using Orchestrator.Cli;

return CliApp.Run(args, Console.Out, Console.Error, Environment.CurrentDirectory, errorIsTerminal: !Console.IsErrorRedirected);
