namespace Orchestrator.States.Model;

/// <summary>One Catch entry: the errors it handles, where to go, and where the
/// <c>{"Error","Cause"}</c> object goes in the state's input.</summary>
public sealed class Catcher
{
    internal Catcher(IReadOnlyList<string> errorEquals, string next)
    {
        ErrorEquals = errorEquals;
        Next = next;
    }

    /// <summary>The error names this catcher handles.</summary>
    public IReadOnlyList<string> ErrorEquals { get; }

    /// <summary>The state to go to.</summary>
    public string Next { get; }

    /// <summary>ResultPath for the error object (default <c>$</c>).</summary>
    public ResultPathField ResultPath { get; internal init; } = ResultPathField.Replace;

    /// <summary>The catcher's <c>Assign</c>, evaluated on the error output; or null.</summary>
    public Paths.PayloadTemplate? Assign { get; internal init; }

    internal State? NextState { get; set; }

    /// <summary>True when <paramref name="error"/> is one this catcher handles.</summary>
    public bool Matches(string error) => ErrorMatcher.Matches(ErrorEquals, error);
}
