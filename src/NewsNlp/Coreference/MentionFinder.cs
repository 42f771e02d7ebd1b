namespace NewsNlp.Coreference;

/// <summary>
/// Finds candidate mentions from the document's own layers: every noun phrase the dependency tree
/// heads with a noun (its extent: the head's subtree without coordinated conjuncts, parentheticals
/// and edge punctuation), every coordination of noun phrases as a whole ("Uday and Qusay", beside
/// its conjuncts), every personal pronoun and standalone demonstrative ("that"), and every recognised
/// name that is no phrase's head (a premodifier such as "Hong Kong" in "Hong Kong media"). Numbers,
/// money, percentages and dates other than deictic ones ("today", "this year") are left out:
/// OntoNotes rarely links them and string matches between them are mostly wrong.
/// </summary>
internal static class MentionFinder
{
    public static List<Mention> Find(Document doc, string[] lower, FirstNames firstNames)
    {
        var words = doc.WordSpan;
        var syntax = doc.Syntax!;
        int n = words.Length;
        var mentions = new List<Mention>();
        if (n == 0) return mentions;

        // Sentence of each word, and the name (if any) each word belongs to.
        var sentenceOf = new int[n];
        var sentences = doc.SentenceSpan;
        for (int s = 0; s < sentences.Length; s++)
        {
            var (first, end) = doc.WordRange(sentences[s]);
            for (int w = first; w < end && w < n; w++) sentenceOf[w] = s;
        }
        var nameOf = new int[n];
        Array.Fill(nameOf, -1);
        var names = doc.Entities;
        var nameFirst = new int[names.Count];
        var nameLast = new int[names.Count];
        var dated = new bool[n];
        for (int e = 0; e < names.Count; e++)
        {
            nameFirst[e] = FirstWordAtOrAfter(words, names[e].Start);
            nameLast[e] = FirstWordAtOrAfter(words, names[e].End) - 1;
            bool referential = Referential(names[e].Label) || DeicticDate(names[e], nameFirst[e], nameLast[e], lower, syntax, n);
            for (int w = nameFirst[e]; w <= nameLast[e] && w < n; w++)
            {
                if (referential) nameOf[w] = e;
                else nameOf[w] = NumericWord;
                dated[w] = !referential && names[e].Label is "DATE" or "TIME";
            }
        }

        // The head of each name: its last word whose head lies outside it (a broken parse may give several).
        var nameHead = new int[names.Count];
        for (int e = 0; e < names.Count; e++)
        {
            nameHead[e] = Math.Min(nameLast[e], n - 1);
            for (int w = nameFirst[e]; w <= nameLast[e] && w < n; w++)
            {
                int h = syntax[w].Head;
                if (h < nameFirst[e] || h > nameLast[e]) nameHead[e] = w;
            }
        }

        // Subtree extents (min and max word under each word), and depths.
        var lo = new int[n];
        var hi = new int[n];
        var depth = new int[n];
        for (int w = 0; w < n; w++) { lo[w] = w; hi[w] = w; }
        for (int w = 0; w < n; w++)
        {
            int h = syntax[w].Head, steps = 0;
            while (h >= 0 && h < n && steps < 64)
            {
                if (w < lo[h]) lo[h] = w;
                if (w > hi[h]) hi[h] = w;
                h = syntax[h].Head;
                steps++;
            }
            depth[w] = steps;
        }

        var seen = new HashSet<(int, int)>();
        var nameUsed = new bool[names.Count];
        for (int w = 0; w < n; w++)
        {
            var sx = syntax[w];
            string xpos = sx.Xpos ?? "";
            if (xpos is "PRP" or "PRP$")
            {
                if (!WordLists.TryPronoun(lower[w], out int person, out var number, out var gender, out var animacy, out bool reflexive)) continue;
                if (!seen.Add((w, w))) continue;
                mentions.Add(new Mention
                {
                    FirstWord = w, LastWord = w, Head = w, HeadLower = lower[w], Kind = MentionKind.Pronoun, Person = person,
                    Number = number, Gender = gender, Animacy = animacy, Reflexive = reflexive, Pronoun = lower[w],
                    Governor = sx.Head, Relation = sx.Relation, Depth = depth[w], Sentence = sentenceOf[w],
                    Pleonastic = lower[w] == "it" && IsPleonastic(w, syntax, n),
                });
                continue;
            }
            // "That is why ...", "this will change": a demonstrative standing alone is a mention in OntoNotes
            // (most refer to events or claims, which the ranker learns to leave alone).
            if (xpos == "DT" && lower[w] is "this" or "that" or "these" or "those" && sx.Relation is not ("det" or "det:predet" or "mark" or "advmod" or "fixed"))
            {
                if (!seen.Add((w, w))) continue;
                bool plural = lower[w] is "these" or "those";
                mentions.Add(new Mention
                {
                    FirstWord = w, LastWord = w, Head = w, HeadLower = lower[w], Kind = MentionKind.Pronoun, Person = 3,
                    Number = plural ? Number.Plural : Number.Singular, Gender = plural ? Gender.Unknown : Gender.Neuter,
                    Animacy = plural ? Animacy.Unknown : Animacy.Inanimate, Pronoun = lower[w], Demonstrative = true,
                    Governor = sx.Head, Relation = sx.Relation, Depth = depth[w], Sentence = sentenceOf[w],
                });
                continue;
            }
            bool noun = xpos.StartsWith("NN", StringComparison.Ordinal) || sx.Upos is "NOUN" or "PROPN";
            if (!noun || IsInner(sx.Relation)) continue;
            int name = nameOf[w];
            if (name == NumericWord || lower[w] is "%" or "percent") continue;
            // Inside a name only the name's own head starts a phrase ("States", not "United"), and the
            // phrase covers the whole name whatever the parse says.
            if (name >= 0 && (w != nameHead[name] || nameUsed[name])) continue;
            int first = w, last = w;
            Extend(w, syntax, lo, hi, ref first, ref last, dated, name >= 0);
            Trim(lower, syntax, ref first, ref last, w);
            if (name >= 0)
            {
                first = Math.Min(first, nameFirst[name]);
                last = Math.Max(last, nameLast[name]);
                if (names[name].Label is "PERSON" or "PER") first = Math.Min(first, TitleStart(lower, syntax, nameOf, names, nameFirst[name], sentenceOf));
            }
            // "his Indian counterpart Subrahmanyam Jaishankar": a person noun with the person's name in
            // apposition is that person; the phrase ends with the name.
            if (name < 0 && WordLists.PersonNouns.Contains(lower[w]))
                for (int c = w + 1; c <= last && c < n; c++)
                    if (syntax[c].Head == w && nameOf[c] >= 0 && nameHead[nameOf[c]] == c && names[nameOf[c]].Label is "PERSON" or "PER"
                        && syntax[c].Relation is "appos" or "flat" or "compound" or "nmod:desc" or "dep")
                    {
                        name = nameOf[c];
                        last = nameLast[name];
                        break;
                    }
            // "Mr. Dennis" where the parser made the title the head: take the name that follows.
            if (name < 0 && last + 1 < n && nameOf[last + 1] >= 0 && lower[w] is "mr." or "mrs." or "ms." or "dr." or "mr" or "mrs" or "ms" or "dr" or "sen." or "gen." or "rep.")
            {
                name = nameOf[last + 1];
                last = nameLast[name];
            }
            // OntoNotes keeps the comma that closes an appositive or a relative clause inside the phrase.
            if (last + 1 < n && lower[last + 1] == "," && last > w && HasComma(lower, w, last)) last++;
            if (first > last || !seen.Add((first, last))) continue;
            if (name >= 0) nameUsed[name] = true;
            mentions.Add(Build(doc, lower, firstNames, syntax, first, last, w, name >= 0 ? names[name] : null, name >= 0 ? nameFirst[name] : -1, name >= 0 ? nameLast[name] : -1, depth[w], sentenceOf[w]));
        }
        // Names that head no phrase of their own (premodifiers, names the parser split oddly).
        for (int e = 0; e < names.Count; e++)
        {
            // Adjectival nationalities ("Israeli officials") are not mentions in OntoNotes.
            if (nameUsed[e] || !Referential(names[e].Label) || names[e].Label == "NORP" || nameFirst[e] > nameLast[e] || nameLast[e] >= n) continue;
            int first = nameFirst[e], last = nameLast[e];
            if (!seen.Add((first, last))) continue;
            int head = last;
            for (int w = first; w <= last; w++)
            {
                int h = syntax[w].Head;
                if (h < first || h > last) { head = w; break; }
            }
            mentions.Add(Build(doc, lower, firstNames, syntax, first, last, head, names[e], first, last, depth[head], sentenceOf[head]));
        }
        AddCoordinations(doc, lower, syntax, mentions, seen, hi, depth, sentenceOf, n);
        MarkQuoted(lower, mentions);
        mentions.Sort(static (a, b) => a.FirstWord != b.FirstWord ? a.FirstWord.CompareTo(b.FirstWord) : b.LastWord.CompareTo(a.LastWord));
        for (int i = 0; i < mentions.Count; i++) mentions[i].Index = i;
        return mentions;
    }

    /// <summary>
    /// "Uday and Qusay", "her and her husband": OntoNotes marks a coordination of noun phrases as a
    /// mention of its own (the group) beside its conjuncts. Its span runs from the first conjunct's
    /// start ("both" included) to the end of the last nominal conjunct; its head for matching is "and".
    /// </summary>
    private static void AddCoordinations(Document doc, string[] lower, IReadOnlyList<WordSyntax> syntax, List<Mention> mentions,
        HashSet<(int, int)> seen, int[] hi, int[] depth, int[] sentenceOf, int n)
    {
        int count = mentions.Count;
        // The last conjunct's own mention ends the group: its extent has been trimmed as any phrase's.
        var endOf = new Dictionary<int, int>(count);
        foreach (var m in mentions) endOf.TryAdd(m.Head, m.LastWord);
        for (int i = 0; i < count; i++)
        {
            var m = mentions[i];
            if (m.Demonstrative) continue;
            int w = m.Head, lastConj = -1, first = m.FirstWord;
            for (int c = w + 1; c <= hi[w] && c < n; c++)
            {
                if (syntax[c].Head != w) continue;
                if (syntax[c].Relation == "conj" && IsNominal(syntax[c])) lastConj = c;
            }
            if (lastConj < 0) continue;
            for (int c = Math.Max(0, first - 2); c < first; c++)
                if (syntax[c].Head == w && syntax[c].Relation == "cc:preconj") { first = c; break; }
            int last = endOf.TryGetValue(lastConj, out int end) ? end : hi[lastConj];
            while (last > lastConj && IsEdgeJunk(lower[last], syntax[last].Xpos)) last--;
            if (last <= m.LastWord || sentenceOf[last] != sentenceOf[first] || !seen.Add((first, last))) continue;
            var g = Build(doc, lower, FirstNames.Empty, syntax, first, last, w, null, -1, -1, depth[w], sentenceOf[w]);
            g.Kind = MentionKind.Nominal;
            g.Coordination = true;
            g.HeadLower = "and";
            g.Number = Number.Plural;
            g.Gender = Gender.Unknown;
            g.Animacy = m.Animacy == Animacy.Animate || m.Kind == MentionKind.Pronoun ? Animacy.Animate : Animacy.Unknown;
            g.Bare = false;
            g.Indefinite = false;
            mentions.Add(g);
        }
    }

    /// <summary>Marks the mentions whose head is inside quotation marks: "I" and "we" there are the speaker's, not the writer's.</summary>
    private static void MarkQuoted(string[] lower, List<Mention> mentions)
    {
        var quoted = new bool[lower.Length];
        bool open = false;
        for (int w = 0; w < lower.Length; w++)
        {
            string x = lower[w];
            if (x is "``" or "\u201c") open = true;
            else if (x is "''" or "\u201d") open = false;
            else if (x == "\"") open = !open;
            else quoted[w] = open;
        }
        foreach (var m in mentions) m.Quoted = quoted[m.Head];
    }

    private static bool IsNominal(WordSyntax sx)
    {
        string x = sx.Xpos ?? "";
        return x.StartsWith("NN", StringComparison.Ordinal) || x is "PRP" || sx.Upos is "NOUN" or "PROPN" or "PRON";
    }

    // Marks words of date, money and number expressions in nameOf (-1 is no name).
    private const int NumericWord = -2;

    /// <summary>
    /// "today", "this year", "tonight", "September", "Christmas": dates that name one time OntoNotes
    /// links again ("today ... today"); other dates ("last year", "Oct. 12") stay out. Measured on the
    /// held-out train sample: +0.1 to +0.5 CoNLL F1.
    /// </summary>
    private static bool DeicticDate(EntityMention name, int first, int last, string[] lower, IReadOnlyList<WordSyntax> syntax, int n) =>
        name.Label == "DATE" && first < n
        && (lower[first] is "today" or "tonight" or "yesterday" or "tomorrow" or "this" or "that" || (first == last && syntax[first].Xpos == "NNP"));

    private static bool Referential(string label) =>
        label is not ("DATE" or "TIME" or "MONEY" or "PERCENT" or "QUANTITY" or "CARDINAL" or "ORDINAL");

    // Words inside a name or compound: the phrase is headed elsewhere.
    private static bool IsInner(string? relation) =>
        relation is "compound" or "flat" or "flat:name" or "fixed" or "goeswith" or "compound:prt" or "nmod:desc";

    /// <summary>
    /// Where the titles before a person's name start: "Chinese Foreign Minister [Wang Yi]" — a run of
    /// capitalised words, adjectives and role nouns in the same sentence that holds a role noun.
    /// </summary>
    private static int TitleStart(string[] lower, IReadOnlyList<WordSyntax> syntax, int[] nameOf, IReadOnlyList<EntityMention> names, int nameStart, int[] sentenceOf)
    {
        int i = nameStart - 1, start = nameStart;
        while (i >= 0 && sentenceOf[i] == sentenceOf[nameStart] && nameStart - i <= 6)
        {
            string x = syntax[i].Xpos ?? "";
            if (x is not ("NNP" or "NNPS" or "JJ" or "NN")) break;
            if (nameOf[i] == NumericWord || (nameOf[i] >= 0 && names[nameOf[i]].Label is not ("NORP" or "GPE" or "ORG"))) break;
            if (WordLists.PersonNouns.Contains(lower[i]) || WordLists.RoleNouns.Contains(lower[i])) start = i;
            i--;
        }
        // The adjectives and names before the first role noun go with it ("Chinese" of "Chinese Foreign Minister").
        if (start < nameStart)
            while (start - 1 > i && start - 1 >= 0) start--;
        return start;
    }

    private static void Extend(int head, IReadOnlyList<WordSyntax> syntax, int[] lo, int[] hi, ref int first, ref int last, bool[] dated, bool name = false)
    {
        bool root = syntax[head].Head < 0;
        // Children of the head: scan the head's subtree range for direct dependents.
        for (int c = lo[head]; c <= hi[head]; c++)
        {
            if (c == head || syntax[c].Head != head) continue;
            // Only the dependents a noun phrase is made of: a noun that heads a clause ("X is a deal",
            // a parse error) must not take its subject, copula or verbs into the phrase.
            if (!NounDependent(syntax[c].Relation)) continue;
            // A noun at the root with a participle after it is a sentence the parser read as a phrase.
            if (root && c > head && syntax[c].Relation is "acl" or "acl:relcl") continue;
            // A preposition before the head belongs to the PP, not the NP ("on [the US destroyer]");
            // the possessive 's after it belongs to the NP ("[Kim Jong Un 's]"), as in OntoNotes.
            if (c < head && syntax[c].Relation is "case" or "mark") continue;
            // A name takes no prepositional phrase, participle or restrictive relative clause right after
            // it ("Maryland [on the Chesapeake Bay]", "the UN [that is looking at ...]"): in OntoNotes they
            // are mostly the parser's attachment errors; set off by a comma they stay.
            if (name && c > head && syntax[c].Relation is "nmod" or "acl" or "acl:relcl" && (c == 0 || syntax[c - 1].Xpos != ",") && !HasCommaBetween(syntax, head, c)) continue;
            // "a sharp rise [on Oct. 12]": a dated prepositional phrase after the head tells when, as
            // OntoNotes mostly attaches it to the verb; the phrase stops before it.
            if (c > head && syntax[c].Relation is "nmod" or "nmod:tmod" && dated[c]) continue;
            if (lo[c] < first) first = lo[c];
            if (hi[c] > last) last = hi[c];
        }
    }

    /// <summary>"It is likely that ...", "it seems", "it rains": an "it" that refers to nothing.</summary>
    private static bool IsPleonastic(int w, IReadOnlyList<WordSyntax> syntax, int n)
    {
        var sx = syntax[w];
        if (sx.Relation == "expl") return true;
        if (sx.Relation is not ("nsubj" or "nsubj:pass") || sx.Head < 0) return false;
        var gov = syntax[sx.Head];
        if (gov.Lemma is "seem" or "appear" or "rain" or "snow" or "happen" or "matter") return true;
        if (gov.Upos is not ("ADJ" or "NOUN" or "VERB")) return false;
        // The predicate has a clause after "it": "it is important to ...", "it was reported that ...".
        for (int c = sx.Head + 1; c < n && c <= sx.Head + 12; c++)
            if (syntax[c].Head == sx.Head && syntax[c].Relation is "csubj" or "ccomp" or "xcomp" or "csubj:pass")
                // A verb only in the passive ("it was reported that") or "it takes"; "it expects to hire" refers.
                return gov.Upos != "VERB" || sx.Relation == "nsubj:pass" || gov.Lemma == "take";
        return false;
    }

    private static bool HasCommaBetween(IReadOnlyList<WordSyntax> syntax, int from, int to)
    {
        for (int i = from + 1; i < to; i++) if (syntax[i].Xpos == ",") return true;
        return false;
    }

    private static bool HasComma(string[] lower, int from, int to)
    {
        for (int i = from; i <= to; i++) if (lower[i] == ",") return true;
        return false;
    }

    private static bool NounDependent(string? relation) => relation is "det" or "det:predet" or "amod" or "compound" or "nummod"
        or "nmod" or "nmod:poss" or "nmod:npmod" or "nmod:tmod" or "case" or "acl" or "acl:relcl" or "appos" or "flat" or "flat:name"
        or "fixed" or "goeswith" or "nmod:of" or "det:poss" or "nmod:desc";

    private static void Trim(string[] lower, IReadOnlyList<WordSyntax> syntax, ref int first, ref int last, int head)
    {
        while (first < head && (IsEdgeJunk(lower[first], syntax[first].Xpos) || syntax[first].Xpos is "IN" or "TO" or "RB")) first++;
        while (last > head && IsEdgeJunk(lower[last], syntax[last].Xpos)) last--;
    }

    private static bool IsEdgeJunk(string w, string? xpos) =>
        xpos is "," or "." or ":" or "``" or "''" or "-LRB-" or "-RRB-" or "HYPH" or "CC" or "UH" || w is "," or "\"" or "(" or ")" or "--" or "-";

    private static Mention Build(Document doc, string[] lower, FirstNames firstNames, IReadOnlyList<WordSyntax> syntax, int first, int last, int head,
        EntityMention? name, int nameFirst, int nameLast, int depth, int sentence)
    {
        var m = new Mention
        {
            FirstWord = first, LastWord = last, Head = head, Name = name, NameFirst = nameFirst, NameLast = nameLast,
            Depth = depth, Sentence = sentence, Governor = syntax[head].Head, Relation = syntax[head].Relation,
        };
        string xpos = syntax[head].Xpos ?? "";
        bool proper = name is not null || xpos.StartsWith("NNP", StringComparison.Ordinal);
        m.Kind = proper ? MentionKind.Name : MentionKind.Nominal;
        // Match names by their last word ("Wang" of "Wang Yi" is matched by the alias pass instead).
        int h = head;
        if (name is not null)
        {
            h = nameLast;
            while (h > nameFirst && lower[h] is "'s" or "'") h--;
        }
        m.HeadLower = lower[h];
        var sb = new System.Text.StringBuilder();
        var content = new List<string>(last - first + 1);
        var modifiers = new List<string>();
        for (int w = first; w <= last; w++)
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(lower[w]);
            string x = syntax[w].Xpos ?? "";
            if (WordLists.Determiners.Contains(lower[w]) || x is "POS" or "DT" or "PRP$" or "IN" or "CC" or "," or "." or "HYPH" or ":" || lower[w].Length == 0 || !char.IsLetterOrDigit(lower[w][0])) continue;
            content.Add(lower[w]);
            if (w < head && x is "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "CD" or "VBN" or "VBG" or "JJR" or "JJS") modifiers.Add(lower[w]);
        }
        m.Lower = sb.ToString();
        m.Words = [.. content];
        m.Modifiers = [.. modifiers];
        m.Indefinite = WordLists.Indefinites.Contains(lower[first]);
        m.Bare = !proper && !WordLists.Determiners.Contains(lower[first]) && syntax[first].Xpos is not ("PRP$" or "DT" or "WP$");
        for (int w = first; w < head && m.Bare; w++)
            if (syntax[w].Relation is "nmod:poss" || syntax[w].Xpos == "POS") m.Bare = false;
        // Agreement.
        bool plural = xpos is "NNS" or "NNPS";
        m.Number = plural ? Number.Plural : Number.Singular;
        if (name is not null && name.Label is "ORG" or "NORP") m.Number = name.Label == "NORP" && !plural ? Number.Unknown : m.Number == Number.Plural ? Number.Plural : Number.Unknown;
        string hl = lower[head];
        if (name is not null)
        {
            (m.Animacy, m.Gender) = name.Label switch
            {
                "PERSON" or "PER" => (Animacy.Animate, Gender.Unknown),
                "NORP" => (plural ? Animacy.Animate : Animacy.Unknown, Gender.Unknown),
                "ORG" => (Animacy.Inanimate, Gender.Neuter),
                _ => (Animacy.Inanimate, Gender.Neuter),
            };
            if (name.Label is "PERSON" or "PER")
            {
                if (first > 0 && WordLists.MaleNouns.Contains(lower[Math.Max(first, nameFirst - 1)])) m.Gender = Gender.Male;
                else if (first > 0 && WordLists.FemaleNouns.Contains(lower[Math.Max(first, nameFirst - 1)])) m.Gender = Gender.Female;
                else if (nameFirst >= 0) m.Gender = firstNames.Of(lower[nameFirst]);
            }
        }
        else if (WordLists.PersonNouns.Contains(hl))
        {
            m.Animacy = Animacy.Animate;
            m.Gender = WordLists.MaleNouns.Contains(hl) ? Gender.Male : WordLists.FemaleNouns.Contains(hl) ? Gender.Female : Gender.Unknown;
        }
        else if (proper) m.Animacy = Animacy.Unknown;
        else if (hl.EndsWith("er", StringComparison.Ordinal) || hl.EndsWith("or", StringComparison.Ordinal) || hl.EndsWith("ist", StringComparison.Ordinal) || hl.EndsWith("ian", StringComparison.Ordinal)
                 || hl.EndsWith("ers", StringComparison.Ordinal) || hl.EndsWith("ists", StringComparison.Ordinal))
            m.Animacy = Animacy.Unknown;
        else { m.Animacy = Animacy.Inanimate; m.Gender = Gender.Neuter; }
        // "A and B" heads are plural whatever the head says.
        for (int w = head + 1; w <= last; w++)
            if (syntax[w].Head == head && syntax[w].Relation == "conj") { m.Number = Number.Plural; break; }
        _ = doc;
        return m;
    }

    private static int FirstWordAtOrAfter(ReadOnlySpan<Word> words, int offset)
    {
        int a = 0, b = words.Length;
        while (a < b)
        {
            int mid = (a + b) >>> 1;
            if (words[mid].Start < offset) a = mid + 1;
            else b = mid;
        }
        return a;
    }
}
