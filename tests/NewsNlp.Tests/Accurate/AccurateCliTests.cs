using NewsNlp.Cli;
using NewsNlp.Tests.Cli;

namespace NewsNlp.Tests.Accurate;

/// <summary>--accurate on the command line: a model file that cannot be used is bad input (exit 3) naming it.</summary>
[TestFixture]
public class AccurateCliTests : TempDirectoryTest
{
    [Test]
    public void ACorruptTransformerFileIsBadInputNamingIt()
    {
        string model = Path.Combine(Dir, "model.nnlp");
        File.WriteAllBytes(model, [0x4E, 0x4E, 0x4C, 0x50, 1, 2, 3]);
        string input = Path.Combine(Dir, "in.conll");
        File.WriteAllText(input, "Putin\tB-PER\nspoke\tO\n");
        foreach (var args in new[]
                 {
                     new[] { "tag", "ner", "--accurate", "--model", model, "--input", input },
                     new[] { "eval", "ner", "--accurate", "--model", model, "--data", input },
                     new[] { "extract", "--accurate", "--model", model, input },
                 })
        {
            var (code, _, err) = CliTests.Run("", false, args);
            Assert.That(code, Is.EqualTo(CliMain.ExitInput), string.Join(' ', args) + ": " + err);
            Assert.That(err, Does.StartWith("newsnlp: ").And.Contain(model).And.Not.Contain("internal error"));
        }
    }
}
