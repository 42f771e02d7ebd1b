using System.IO.Compression;
using NewsNlp.Tests.Cli;

namespace NewsNlp.Tests.Roles;

/// <summary><c>newsnlp eval roles</c>: the contract's output (last line <c>roles F1 NN.NN</c>) on plain and gzipped files.</summary>
public class RoleCommandTests
{
    private const string Sample = """
        #begin document (nw/test/00/t_0000); part 000
        nw/t 0 0 Russia NNP (TOP(S(NP*) - - - - (GPE) (ARG0*) -
        nw/t 0 1 will MD (VP* - - - - * (ARGM-MOD*) -
        nw/t 0 2 not RB * - - - - * (ARGM-NEG*) -
        nw/t 0 3 send VB (VP* send 01 1 - * (V*) -
        nw/t 0 4 troops NNS (NP*) - - - - * (ARG1*) -
        nw/t 0 5 . . *)) - - - - * * -

        #end document
        """;

    [Test]
    public void TheLastLineIsTheF1AndGzipIsReadDirectly()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"newsnlp-roles-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            string plain = Path.Combine(dir, "mini.gold_conll"), gz = plain + ".gz";
            File.WriteAllText(plain, Sample);
            using (var output = new GZipStream(File.Create(gz), CompressionLevel.Fastest))
                output.Write(System.Text.Encoding.UTF8.GetBytes(Sample));
            foreach (var path in new[] { plain, gz })
            {
                var (code, output, error) = CliTests.Run("", false, "eval", "roles", "--data", path);
                Assert.That(code, Is.EqualTo(0), error);
                var last = output.TrimEnd('\n').Split('\n')[^1];
                Assert.That(last, Does.Match(@"^roles F1 \d+\.\d\d$"));
                Assert.That(last, Is.EqualTo("roles F1 100.00"), output);
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void TheAccurateTiersTreesScoreTheSameContract()
    {
        string path = Path.Combine(Path.GetTempPath(), $"newsnlp-roles-{Guid.NewGuid():N}.gold_conll");
        File.WriteAllText(path, Sample);
        try
        {
            var (code, output, error) = CliTests.Run("", false, "eval", "roles", "--data", path, "--accurate");
            Assert.That(code, Is.EqualTo(0), error);
            Assert.That(output.TrimEnd('\n').Split('\n')[^1], Is.EqualTo("roles F1 100.00"), output);
            var (both, _, bothError) = CliTests.Run("", false, "eval", "roles", "--data", path, "--accurate", "--syntax", "en-ewt");
            Assert.That(both, Is.Not.EqualTo(0));
            Assert.That(bothError, Does.Contain("--accurate, --syntax and --syntax-folds all choose the trees"));
            var (folds, _, foldsError) = CliTests.Run("", false, "eval", "roles", "--data", path, "--syntax-folds", "en-ewt");
            Assert.That(folds, Is.Not.EqualTo(0));
            Assert.That(foldsError, Does.Contain("one model per fold, at least two"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
