using System.Text.Json.Nodes;

namespace Orchestrator.States.Variables;

/// <summary>
/// The workflow variables one branch can see (JSONPath <c>Assign</c> and <c>$name</c> references):
/// its own, and read-only those of the scopes around it. The execution's top level is the outer
/// scope; each Parallel branch and each Map iteration is an inner scope whose variables disappear
/// with it.
/// </summary>
/// <remarks>
/// <para>Scope rules (AWS "Passing data between states with variables"; LocalStack's AWS-validated
/// VariableStore): an inner scope reads the outer scope's variables; assigning a variable an outer
/// scope holds fails the state (States.Runtime, LocalStack's wording); sibling branches never see
/// each other's variables.</para>
/// <para>The engine is single-threaded per scheduler: the state being run sets
/// <see cref="Current"/> for the duration of its synchronous work (see <c>StateRun.Guard</c>), so
/// paths deep inside templates and intrinsics find the right scope without threading it through
/// every evaluation signature. It is thread-static, so engines on other threads do not interfere.</para>
/// </remarks>
internal sealed class VariableScope
{
    [ThreadStatic]
    private static VariableScope? _current;

    private readonly VariableScope? _outer;
    private Dictionary<string, JsonNode?>? _values;

    /// <summary>Creates a scope inside <paramref name="outer"/> (null for an execution's top level).</summary>
    public VariableScope(VariableScope? outer) => _outer = outer;

    /// <summary>The scope of the state now running on this thread, or null outside any state.</summary>
    public static VariableScope? Current => _current;

    /// <summary>Makes <paramref name="scope"/> current until the returned value is disposed.</summary>
    public static Entered Enter(VariableScope scope)
    {
        var previous = _current;
        _current = scope;
        return new Entered(previous);
    }

    /// <summary>Reads a variable from the current scope (own first, then outer scopes).</summary>
    public static bool TryRead(string name, out JsonNode? value)
    {
        for (var scope = _current; scope is not null; scope = scope._outer)
        {
            if (scope._values is not null && scope._values.TryGetValue(name, out value))
            {
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>Stores every member of <paramref name="assigned"/> as a variable of this scope.</summary>
    /// <exception cref="StatesException">States.Runtime when an outer scope holds one of the names.</exception>
    public void Assign(JsonObject assigned)
    {
        foreach (var (name, _) in assigned)
        {
            if (OuterHolds(name))
            {
                throw new StatesException(StatesErrorNames.Runtime,
                    $"Cannot bind value '{assigned[name]?.ToJsonString() ?? "null"}' to variable '{name}' as it belongs to an outer scope.");
            }
        }

        _values ??= new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (name, value) in assigned)
        {
            _values[name] = value?.DeepClone();
        }
    }

    private bool OuterHolds(string name)
    {
        for (var scope = _outer; scope is not null; scope = scope._outer)
        {
            if (scope._values?.ContainsKey(name) == true)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Restores the previous current scope when disposed.</summary>
    public readonly struct Entered(VariableScope? previous) : IDisposable
    {
        public void Dispose() => _current = previous;
    }
}
