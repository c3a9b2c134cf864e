namespace Orchestrator.States.Model;

/// <summary>The eight state types of the Amazon States Language.</summary>
public enum StateType
{
    Task,
    Pass,
    Choice,
    Wait,
    Succeed,
    Fail,
    Parallel,
    Map,
}
