using System.Text;
using NewsNlp.Coreference;
using NewsNlp.Models;
using NewsNlp.Pipeline;
using NewsNlp.Training.Coreference;

namespace NewsNlp.Tests.Coreference;

/// <summary>
/// The learned mention-ranking model: a tiny model trained here on a synthetic CoNLL-2012 snippet
/// learns a link the sieves never make; the file round-trips and refuses corrupt data; the default
/// pipeline ships one.
/// </summary>
[TestFixture]
public class CorefModelTests
{
    // "the carmaker" → the company named before it: no sieve links a noun phrase to a name with
    // another head ("carmaker" is neither a role noun nor one of the "the company" nouns).
    internal static readonly string[] Makers = ["Toyota", "Honda", "Ford", "Nissan", "Volkswagen", "Renault", "Peugeot", "Fiat"];

    internal static string Sentence(string maker) =>
        $"After {maker}|(0) reported record profits , the|(0 carmaker|0) raised its|(0) dividend .";

    /// <summary>CoNLL-2012 lines for one part, a sentence per string; a word is "form" or "form|chain-field".</summary>
    internal static string Conll(string id, params string[] sentences)
    {
        var sb = new StringBuilder($"#begin document ({id}); part 000\n");
        foreach (var sentence in sentences)
        {
            int i = 0;
            foreach (var token in sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = token.Split('|');
                sb.Append($"{id} 0 {i++} {parts[0]} XX * - - - - * * {(parts.Length > 1 ? parts[1] : "-")}\n");
            }
            sb.Append('\n');
        }
        return sb.Append("#end document\n").ToString();
    }

    private static CorefModel TrainTiny()
    {
        var text = new StringBuilder();
        for (int i = 0; i < Makers.Length; i++)
            text.Append(Conll($"nw/test/{i}", Sentence(Makers[i]), "Shares rose on Monday ."));
        var docs = ConllCorefCorpus.Read(new StringReader(text.ToString()));
        var examples = CorefTrainer.Examples(CorefTrainer.Process(docs));
        return CorefTrainer.Train(examples, new ModelManifest { Name = "tiny" }, new CorefTrainingOptions { Epochs = 5, Prune = 0 });
    }

    private static readonly Lazy<CorefModel> Tiny = new(TrainTiny);

    private static Document Resolve(string text, CorefModel? model)
    {
        var doc = NewsPipeline.Create(new NewsNlp.Tokenization.Tokenizer(), new NewsNlp.Sentences.SentenceSplitter(),
            new NewsNlp.Syntax.SyntaxAnnotator(BundledModels.EnglishSyntax), new NewsNlp.Entities.EntityRecognizer(BundledModels.EnglishNewsRecognizer),
            new CoreferenceResolver(model)).Process(text);
        return doc;
    }

    private static bool Together(Document doc, string a, string b) =>
        doc.EntityClusters.Any(c => c.Mentions.Any(m => m.Text == a) && c.Mentions.Any(m => m.Text == b));

    private static string Describe(Document doc) => string.Join("\n", doc.EntityClusters.Select(c => string.Join(" | ", c.Mentions.Select(m => m.Text))));

    [Test]
    public void TinyModelLearnsALinkTheSievesDoNotMake()
    {
        const string text = "After Hyundai reported record profits, the carmaker raised its dividend.";
        var sieves = Resolve(text, null);
        Assert.That(Together(sieves, "Hyundai", "the carmaker"), Is.False, "the sieves alone should not make this link: " + Describe(sieves));
        var learned = Resolve(text, Tiny.Value);
        Assert.That(Together(learned, "Hyundai", "the carmaker"), Is.True, Describe(learned));
        Assert.That(Together(learned, "Hyundai", "its"), Is.True, Describe(learned));
    }

    [Test]
    public void SaveAndLoadRoundTripByteForByte()
    {
        var model = Tiny.Value;
        using var first = new MemoryStream();
        model.Save(first);
        var loaded = CorefModel.Load(new MemoryStream(first.ToArray()), "tiny");
        using var second = new MemoryStream();
        loaded.Save(second);
        Assert.That(second.ToArray(), Is.EqualTo(first.ToArray()));
        Assert.That(loaded.Manifest.Kind, Is.EqualTo("coref"));
        Assert.That(loaded.Manifest.Name, Is.EqualTo("tiny"));
        const string text = "After Hyundai reported record profits, the carmaker raised its dividend.";
        Assert.That(Describe(Resolve(text, loaded)), Is.EqualTo(Describe(Resolve(text, model))));
    }

    [Test]
    public void CorruptOrForeignFilesAreRefusedWithAClearError()
    {
        using var buffer = new MemoryStream();
        Tiny.Value.Save(buffer);
        byte[] bytes = buffer.ToArray();

        var flipped = (byte[])bytes.Clone();
        flipped[^5] ^= 0x5A;
        var e = Assert.Throws<ModelFormatException>(() => CorefModel.Load(new MemoryStream(flipped), "flipped.nnlp"));
        Assert.That(e!.Message, Does.StartWith("flipped.nnlp:"));

        Assert.Throws<ModelFormatException>(() => CorefModel.Load(new MemoryStream(bytes[..(bytes.Length / 2)]), "truncated.nnlp"));
        Assert.Throws<ModelFormatException>(() => CorefModel.Load(new MemoryStream("not a model"u8.ToArray()), "text.nnlp"));

        // A valid model file of another kind.
        using var roles = new MemoryStream();
        BundledModels.EnglishRoles.Save(roles);
        var kind = Assert.Throws<ModelFormatException>(() => CorefModel.Load(new MemoryStream(roles.ToArray()), "roles.nnlp"));
        Assert.That(kind!.Message, Does.Contain("coref").Or.Contain("COR1"));

        Assert.Throws<FileNotFoundException>(() => CorefModel.Load(Path.Combine(Path.GetTempPath(), "no-such-coref-model.nnlp")));
    }

    [Test]
    public void OneClassSumMatchesAddAll()
    {
        // The ranker's one-class scoring path against the general one, including a missing key and a colliding probe.
        uint[] keys = [1u, 17u, 33u, 5u];
        var table = new NewsNlp.Learning.FeatureWeights(keys, [0, 1, 2, 3, 4], [0, 0, 0, 0], [0.5f, -1.25f, 2f, 3f], 1);
        uint[] query = [33u, 1u, 99u, 17u];
        Span<float> scores = stackalloc float[1];
        table.AddAll(query, scores);
        Assert.That(table.Sum(query), Is.EqualTo(scores[0]).Within(1e-3f));
        Assert.That(table.Sum(query), Is.EqualTo(1.25f).Within(1e-3f));
    }

    [Test]
    public void TheDefaultPipelineShipsTheRankingModel()
    {
        var model = BundledModels.EnglishCoref;
        Assert.That(model.Manifest.Name, Is.EqualTo("en-coref"));
        Assert.That(model.Manifest.Scores.ContainsKey("dev.conll"), Is.True);
        Assert.That(model.Manifest.Scores["dev.conll"], Is.GreaterThan(model.Manifest.Scores["dev.sieves.conll"]));
        var doc = NewsPipeline.CreateDefault().Process("Tim Cook said Apple would open a factory in Texas. It expects to hire 2,000 workers.");
        Assert.That(Together(doc, "Apple", "It"), Is.True, Describe(doc));
    }
}
