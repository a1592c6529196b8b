namespace Consortium.Tenancy.Resolution;

/// <summary>A strategy whose identifier is part of the path, which it moves into the request's PathBase.</summary>
public interface IPathRebasingStrategy
{
    void Rebase(object context, string identifier);
}
