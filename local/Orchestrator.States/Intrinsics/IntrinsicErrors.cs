namespace Orchestrator.States.Intrinsics;

/// <summary>The error an intrinsic raises when its arguments are wrong at run time.</summary>
/// <remarks>
/// The name is <c>States.IntrinsicFailure</c>: the Amazon States Language spec, Payload Template
/// section: "If the Intrinsic Function fails during evaluation, the interpreter fails the machine
/// execution with an Error Name of States.IntrinsicFailure".
/// The cause texts are ours (derived): AWS's exact wording for each argument failure has not been
/// seen in a recording. Unlike States.Runtime this error can be retried and caught.
/// </remarks>
internal static class IntrinsicErrors
{
    public const string ErrorName = StatesErrorNames.IntrinsicFailure;

    public static StatesException Fail(string function, string what) =>
        new(ErrorName, $"Invalid arguments in {function}: {what}");
}
