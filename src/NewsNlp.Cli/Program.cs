using NewsNlp.Cli;
using NewsNlp.Cli.Output;

return await CliMain.RunAsync(args, Console.In, ClosedPipeGuard.OpenStandardOutput(), Console.Error, StandardInput.IsPiped());
