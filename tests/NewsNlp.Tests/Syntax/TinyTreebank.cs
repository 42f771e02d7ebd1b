using NewsNlp.Learning;
using NewsNlp.Models;
using NewsNlp.Syntax;
using NewsNlp.Training.Syntax;

namespace NewsNlp.Tests.Syntax;

/// <summary>A generated CoNLL-U treebank and a syntax model trained on it inside the tests (no big files).</summary>
internal static class TinyTreebank
{
    private static readonly string[] People = ["Putin", "Kim", "Biden", "Macron", "Scholz", "Modi"];
    private static readonly string[] Places = ["Pyongyang", "Moscow", "Paris", "Berlin", "Delhi", "Seoul"];
    private static readonly (string Form, string Lemma)[] Verbs = [("visited", "visit"), ("praised", "praise"), ("toured", "tour"), ("met", "meet")];
    private static readonly string[] Days = ["Monday", "Tuesday", "Friday"];

    /// <summary>CoNLL-U text of <paramref name="count"/> sentences: "X visited Y on Tuesday ." and "Officials said X met Y ."</summary>
    public static string Conllu(int seed, int count)
    {
        var rng = new Random(seed);
        var sb = new System.Text.StringBuilder();
        for (int s = 0; s < count; s++)
        {
            string person = People[rng.Next(People.Length)], place = Places[rng.Next(Places.Length)];
            var verb = Verbs[rng.Next(Verbs.Length)];
            sb.Append("# sent_id = ").Append(seed).Append('-').Append(s).Append('\n');
            if (rng.Next(2) == 0)
            {
                Line(sb, 1, person, person, "PROPN", "NNP", 2, "nsubj");
                Line(sb, 2, verb.Form, verb.Lemma, "VERB", "VBD", 0, "root");
                Line(sb, 3, place, place, "PROPN", "NNP", 2, "obj");
                Line(sb, 4, "on", "on", "ADP", "IN", 5, "case");
                string day = Days[rng.Next(Days.Length)];
                Line(sb, 5, day, day, "PROPN", "NNP", 2, "obl:tmod");
                Line(sb, 6, ".", ".", "PUNCT", ".", 2, "punct");
            }
            else
            {
                Line(sb, 1, "Officials", "official", "NOUN", "NNS", 2, "nsubj");
                Line(sb, 2, "said", "say", "VERB", "VBD", 0, "root");
                Line(sb, 3, person, person, "PROPN", "NNP", 4, "nsubj");
                Line(sb, 4, verb.Form, verb.Lemma, "VERB", "VBD", 2, "ccomp");
                Line(sb, 5, place, place, "PROPN", "NNP", 4, "obj");
                Line(sb, 6, ".", ".", "PUNCT", ".", 2, "punct");
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static void Line(System.Text.StringBuilder sb, int id, string form, string lemma, string upos, string xpos, int head, string rel)
    {
        sb.Append($"{id}\t{form}\t{lemma}\t{upos}\t{xpos}\t_\t{head}\t{rel}\t_\t_\n");
    }

    public static List<ConlluSentence> Sentences(int seed, int count) =>
        ConlluCorpus.Read(new StringReader(Conllu(seed, count)));

    private static readonly Lazy<SyntaxModel> Trained = new(() =>
    {
        var train = Sentences(1, 120);
        var dev = Sentences(2, 30);
        var options = new SyntaxTrainingOptions { MaxEpochs = 4, Patience = 0, MinFeatureCount = 1, JackknifeFolds = 0 };
        var tagging = SyntaxTrainer.TrainTagger(train, dev, WordClusters.Empty, new ModelManifest { Name = "tiny-syntax" }, options);
        return SyntaxTrainer.TrainParser(train, dev, tagging, new ModelManifest { Name = "tiny-syntax" }, options);
    });

    public static SyntaxModel Model => Trained.Value;
}
