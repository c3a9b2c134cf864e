namespace Orchestrator.Simulation.Scenarios;

/// <summary>The project's <c>statemachines/*.asl.json</c>, embedded at build time so a simulation
/// runs exactly the definitions the stack deploys.</summary>
public static class StateMachineFiles
{
    /// <summary>The text of <c>statemachines/<paramref name="fileName"/></c>.</summary>
    public static string Read(string fileName)
    {
        using var stream = typeof(StateMachineFiles).Assembly.GetManifestResourceStream($"statemachines/{fileName}")
            ?? throw new FileNotFoundException($"statemachines/{fileName} is not embedded in the simulation.", fileName);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
