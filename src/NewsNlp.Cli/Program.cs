using NewsNlp.Cli;
using NewsNlp.Cli.Commands;

return await CliMain.RunAsync(args, Console.In, Console.Out, Console.Error, Console.IsInputRedirected);
