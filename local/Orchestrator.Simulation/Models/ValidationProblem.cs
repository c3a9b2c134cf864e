namespace Orchestrator.Simulation.Models;

/// <summary>One way a request breaks its API model: the kind, the member path (<c>Entries[3].Id</c>) and a message.</summary>
public sealed record ValidationProblem(ValidationProblemKind Kind, string Path, string Message);
