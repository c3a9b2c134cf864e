using System.Reflection;

namespace Orchestrator.Functions.Tests.Hosting;

/// <summary>
/// Finds a handler the way the managed Lambda runtime (dotnet10) does: the handler string
/// <c>Assembly::Namespace.Type::Method</c> names an assembly to load, a type in it and a public
/// method. With no Lambda serializer, the method must take one <see cref="Stream"/> and return
/// <see cref="Stream"/> or <c>Task&lt;Stream&gt;</c> (AWS-FACTS.md, "Lambda without
/// Amazon.Lambda.* packages"). Reusable by a test over serverless.template.
/// </summary>
public static class ManagedHandler
{
    /// <summary>The method, or an exception that says which part of the string is wrong.</summary>
    public static MethodInfo Resolve(string handler)
    {
        var parts = handler.Split("::");
        if (parts.Length != 3 || parts.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"Handler '{handler}' is not Assembly::Type::Method.", nameof(handler));
        }

        var assembly = Assembly.Load(new AssemblyName(parts[0]));
        var type = assembly.GetType(parts[1])
            ?? throw new ArgumentException($"Handler '{handler}': no type {parts[1]} in {parts[0]}.", nameof(handler));
        var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance)
            .Where(m => m.Name == parts[2])
            .ToList();
        var method = methods.Count == 1
            ? methods[0]
            : throw new ArgumentException($"Handler '{handler}': {methods.Count} public methods named {parts[2]}; the runtime needs exactly one.", nameof(handler));
        var parameters = method.GetParameters();
        if (parameters.Length != 1 || parameters[0].ParameterType != typeof(Stream)
            || (method.ReturnType != typeof(Stream) && method.ReturnType != typeof(Task<Stream>)))
        {
            throw new ArgumentException($"Handler '{handler}' is not Stream → Stream or Stream → Task<Stream>.", nameof(handler));
        }

        return method;
    }

    /// <summary>Calls the method as the runtime would: static, or on a new instance made with the
    /// public parameterless constructor.</summary>
    public static async Task<Stream> InvokeAsync(MethodInfo method, Stream input)
    {
        var target = method.IsStatic ? null : Activator.CreateInstance(method.DeclaringType!);
        var result = method.Invoke(target, [input]);
        return result is Task<Stream> task ? await task : (Stream)result!;
    }
}
