namespace Orchestrator.States.Integrations;

/// <summary>How a Task waits for its resource, from the resource ARN's suffix.</summary>
public enum IntegrationPattern
{
    /// <summary>No suffix: the state ends when the API call answers.</summary>
    RequestResponse,

    /// <summary><c>.sync</c>: the state ends when the started job ends.</summary>
    Sync,

    /// <summary><c>.sync:2</c>: as Sync, with the output parsed as JSON (states:startExecution).</summary>
    Sync2,

    /// <summary><c>.waitForTaskToken</c>: the state ends when SendTaskSuccess/Failure names its token.</summary>
    WaitForTaskToken,
}
