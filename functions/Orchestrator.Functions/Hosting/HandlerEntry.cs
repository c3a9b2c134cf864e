namespace Orchestrator.Functions.Hosting;

/// <summary>
/// One Lambda function in <see cref="HandlerTable"/>: the managed handler string
/// (<c>Assembly::Type::Method</c>), the short name the Native AOT host selects with
/// <c>_HANDLER</c>, and a delegate that runs it.
/// </summary>
/// <remarks>
/// Entries are built from <c>typeof</c>, <c>nameof</c> and a method group, so the compiler checks
/// the names and Native AOT sees a direct call: no reflection at run time.
/// </remarks>
public sealed record HandlerEntry
{
    /// <summary>The assembly every handler lives in; the first part of a handler string.</summary>
    public const string AssemblyName = "Orchestrator.Functions";

    private HandlerEntry(Type type, string method, Func<Stream, Task<Stream>> invoke)
    {
        Handler = $"{AssemblyName}::{type.FullName}::{method}";
        Name = method;
        TypeName = type.FullName ?? type.Name;
        InvokeAsync = invoke;
    }

    /// <summary>The managed-runtime handler string, e.g.
    /// <c>Orchestrator.Functions::Orchestrator.Functions.Hosting.Diagnostics::Echo</c>.</summary>
    public string Handler { get; }

    /// <summary>The method name, which is also the ASL state that calls the function and the
    /// <c>_HANDLER</c> value of the AOT build.</summary>
    public string Name { get; }

    /// <summary>The full name of the type declaring the method.</summary>
    public string TypeName { get; }

    /// <summary>Runs the function on one event. Exceptions propagate to the host.</summary>
    public Func<Stream, Task<Stream>> InvokeAsync { get; }

    /// <summary>An entry for a synchronous <c>Stream → Stream</c> handler.</summary>
    public static HandlerEntry Of(Type type, string method, Func<Stream, Stream> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return new HandlerEntry(type, method, input => Task.FromResult(handler(input)));
    }

    /// <summary>An entry for an asynchronous <c>Stream → Task&lt;Stream&gt;</c> handler.</summary>
    public static HandlerEntry Of(Type type, string method, Func<Stream, Task<Stream>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return new HandlerEntry(type, method, handler);
    }
}
