namespace NewsNlp.Training.Syntax;

/// <summary>
/// CoNLL 2018 shared-task style scores on gold tokenization: tag and lemma accuracy, UAS, and LAS
/// comparing only the universal part of the relation (before ':'); punctuation included.
/// </summary>
public readonly record struct SyntaxScore(int Words, double Upos, double Xpos, double Lemma, double Uas, double Las)
{
    public sealed class Counter
    {
        private int _n, _upos, _xpos, _lemma, _uas, _las;

        public void Add(ConlluSentence gold, IReadOnlyList<WordSyntax> predicted)
        {
            if (predicted.Count != gold.Count) throw new ArgumentException("word counts differ");
            for (int i = 0; i < gold.Count; i++)
            {
                var p = predicted[i];
                _n++;
                if (p.Upos == gold.Upos[i]) _upos++;
                if (p.Xpos == gold.Xpos[i]) _xpos++;
                if (p.Lemma == gold.Lemmas[i]) _lemma++;
                if (p.Head == gold.Heads[i])
                {
                    _uas++;
                    if (Universal(p.Relation) == Universal(gold.Relations[i])) _las++;
                }
            }
        }

        private static string? Universal(string? relation)
        {
            if (relation is null) return null;
            int colon = relation.IndexOf(':');
            return colon < 0 ? relation : relation[..colon];
        }

        public SyntaxScore Result => new(_n, P(_upos), P(_xpos), P(_lemma), P(_uas), P(_las));

        private double P(int k) => _n == 0 ? 0 : 100.0 * k / _n;
    }
}
