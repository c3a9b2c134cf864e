namespace Orchestrator.Simulation.Services.Ecs;

/// <summary>The parts of a container definition the simulation uses.</summary>
/// <param name="Name">Container name.</param>
/// <param name="Essential">Whether its exit stops the task (AWS default: true).</param>
/// <param name="Cpu">CPU units reserved (0 when unset).</param>
/// <param name="Memory">Hard memory limit in MiB, else the soft reservation, else 0.</param>
/// <param name="Environment">Its environment variables.</param>
/// <param name="StopTimeout">Time between SIGTERM and SIGKILL (AWS default 30 s, Fargate maximum 120 s).</param>
internal sealed record ContainerSpec(
    string Name,
    bool Essential,
    int Cpu,
    int Memory,
    IReadOnlyDictionary<string, string> Environment,
    TimeSpan StopTimeout);
