using Orchestrator.States.Execution;

namespace Orchestrator.Simulation.Account;

/// <summary>
/// Which finished executions a long run keeps with their full history: every one that did not
/// succeed, a share of the others picked by a hash of their name (names come from the seeded random,
/// so the same seed keeps the same ones), and any whose name contains <see cref="Name"/>. The rest are
/// counted as they finish and then forgotten, so memory stays flat however many executions run.
/// </summary>
/// <param name="Sample">Share of succeeded executions kept, 0..1.</param>
/// <param name="Name">Keep executions whose name contains this text (null: none by name).</param>
public sealed record ExecutionRetention(double Sample = 0.001, string? Name = null)
{
    /// <summary>True when <paramref name="execution"/> (finished) is kept.</summary>
    public bool Keeps(Execution execution)
    {
        if (execution.Status != ExecutionStatus.Succeeded)
        {
            return true;
        }

        if (Name is { Length: > 0 } name && execution.Name.Contains(name, StringComparison.Ordinal))
        {
            return true;
        }

        // FNV-1a of the name: stable across processes, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var c in execution.Name)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash % 1_000_000 < Sample * 1_000_000;
    }
}
