namespace NewsNlp.Events;

/// <summary>The per-document word index: entity and date of each word, children lists of the dependency tree.</summary>
public sealed partial class EventExtractor
{
    /// <summary>Per document: the entity (not a date) and the date that each word starts or belongs to.</summary>
    private sealed class WordIndex
    {
        public readonly int[] Entity;
        public readonly bool[] InDate;
        public readonly TemporalValue?[] DateStart;

        /// <summary>Per entity mention: its first and last word (-1 when it covers none).</summary>
        public readonly int[] EntityFirst, EntityLast;

        private readonly Document _d;
        private readonly IReadOnlyList<WordSyntax>? _syntax;

        /// <summary>The lower-case preposition ("case" dependent) of a word, or null.</summary>
        public string? PrepositionOf(int w)
        {
            foreach (int k in Children(w))
                if (_syntax![k].Relation == "case") return LowerCase(_d.Text.AsSpan(_d.Words[k].Start, _d.Words[k].End - _d.Words[k].Start));
            return null;
        }

        /// <summary>Dependents of each word, in text order: word h's are ChildList[ChildStart[h]..ChildStart[h + 1]].</summary>
        public readonly int[] ChildStart, ChildList;

        public ReadOnlySpan<int> Children(int head) => head < 0 || head + 1 >= ChildStart.Length ? [] : ChildList.AsSpan(ChildStart[head], ChildStart[head + 1] - ChildStart[head]);

        public WordIndex(Document d)
        {
            _d = d;
            var syntax = _syntax = d.Syntax;
            int count = d.WordSpan.Length;
            ChildStart = new int[count + 1];
            ChildList = new int[count];
            if (syntax is not null)
            {
                for (int i = 0; i < count; i++) if (syntax[i].Head >= 0 && syntax[i].Head < count) ChildStart[syntax[i].Head + 1]++;
                for (int h = 0; h < count; h++) ChildStart[h + 1] += ChildStart[h];
                var fill = ChildStart[..count];
                for (int i = 0; i < count; i++) if (syntax[i].Head >= 0 && syntax[i].Head < count) ChildList[fill[syntax[i].Head]++] = i;
            }
            var words = d.WordSpan;
            Entity = new int[words.Length];
            InDate = new bool[words.Length];
            Array.Fill(Entity, -1);
            DateStart = new TemporalValue?[words.Length];
            var entities = d.Entities;
            EntityFirst = new int[entities.Count];
            EntityLast = new int[entities.Count];
            for (int e = 0, w = 0; e < entities.Count; e++)
            {
                while (w < words.Length && words[w].End <= entities[e].Start) w++;
                EntityFirst[e] = EntityLast[e] = w < words.Length ? w : -1;
                bool date = entities[e].Type == EntityType.Date;
                for (int k = w; k < words.Length && words[k].Start < entities[e].End; k++)
                {
                    EntityLast[e] = k;
                    if (date) InDate[k] = true;
                    else Entity[k] = e;
                }
            }
            int at = 0;
            foreach (var t in d.Dates.OrderBy(t => t.Start))
            {
                while (at < words.Length && words[at].End <= t.Start) at++;
                if (at < words.Length) DateStart[at] ??= t;
            }
        }
    }
}
