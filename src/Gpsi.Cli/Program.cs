using Gpsi.Cli;

return GpsiCli.Run(args, Console.Out, Console.Error, Terminal.Detect());
