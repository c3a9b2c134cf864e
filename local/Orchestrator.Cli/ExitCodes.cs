namespace Orchestrator.Cli;

/// <summary>The command line's exit codes.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked (for <c>run</c>: the execution SUCCEEDED).</summary>
    public const int Success = 0;

    /// <summary>The command ran, and what it ran did not succeed (an execution FAILED, TIMED_OUT…).</summary>
    public const int Failed = 1;

    /// <summary>Invalid usage, definition, input or file: nothing was run.</summary>
    public const int InvalidInput = 2;
}
