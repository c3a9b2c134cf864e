using Orchestrator.Functions.Hosting;

// The executable Lambda starts for runtime provided.al2023: run the Runtime API loop for the
// function named by _HANDLER. Ctrl+C stops it when run by hand against an emulator.
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
return await LambdaBootstrap.RunAsync(LambdaBootstrapOptions.FromEnvironment(), Console.Error, stop.Token);
