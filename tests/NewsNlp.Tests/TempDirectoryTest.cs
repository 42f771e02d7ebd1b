namespace NewsNlp.Tests;

/// <summary>A test fixture with a fresh temporary folder per test, deleted afterwards.</summary>
public abstract class TempDirectoryTest
{
    /// <summary>The test's folder.</summary>
    protected string Dir { get; private set; } = "";

    [SetUp]
    public void CreateTempDirectory()
    {
        Dir = Path.Combine(Path.GetTempPath(), "newsnlp-" + GetType().Name + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Dir);
    }

    [TearDown]
    public void DeleteTempDirectory()
    {
        if (Directory.Exists(Dir)) Directory.Delete(Dir, recursive: true);
    }
}
