namespace Consortium.Web.Tests;

/// <summary>
/// One in-process host shared by the classes in this collection. They only read, or create uniquely named
/// records and assert only on those; they never reconfigure the host or change authority-wide state.
/// Tests in a collection run one at a time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedWebHost : ICollectionFixture<ConsortiumWebFactory>
{
    public const string Name = "Shared web host";
}
