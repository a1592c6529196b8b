namespace Consortium.Web.Tests;

/// <summary>The clone the tests run from.</summary>
internal static class RepositoryRoot
{
    private static readonly string Root = Find();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Consortium.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests run inside a clone: no Consortium.sln above " + AppContext.BaseDirectory);
    }
}
