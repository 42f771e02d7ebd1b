using System.Reflection;
using System.Text;

namespace NewsNlp.Cli;

/// <summary>Dispatches commands and turns failures into one-line messages and exit codes.</summary>
public static class CliMain
{
    /// <summary>Success.</summary>
    public const int ExitOk = 0;

    /// <summary>An unexpected internal error.</summary>
    public const int ExitInternal = 1;

    /// <summary>Wrong command line.</summary>
    public const int ExitUsage = 2;

    /// <summary>Bad input: a missing file, a bad JSON line, an unreadable corpus.</summary>
    public const int ExitInput = 3;

    /// <summary>Cancelled (Ctrl+C).</summary>
    public const int ExitCancelled = 130;

    /// <summary>
    /// The reader of standard output went away (<c>| head -1</c>): the run stops quietly with the code
    /// a shell gives a program killed by SIGPIPE (128 + 13), as <c>cat</c> or <c>grep</c> would end.
    /// </summary>
    public const int ExitOutputClosed = 141;

    /// <summary>The most <c>--threads</c> accepted: far past any useful parallelism, well short of exhausting memory.</summary>
    internal const int MaxThreads = 1024;

    internal const string Help = """
        newsnlp - entities and events from news text

        Usage:
          newsnlp extract [PATH ...] [options]   Process articles and print JSON.
          newsnlp eval tokenize --conllu FILE    Score tokens and sentences on a UD file's raw text.
          newsnlp train ner --train F[,F] --dev F --out DIR [options]
                                                 Train an entity recognizer.
          newsnlp eval ner --model M --data F    Score a recognizer (conlleval-style P/R/F1).
          newsnlp tag ner --model M --input F    Label a CoNLL file's tokens (token TAB tag).
          newsnlp parse --input F.conllu         Tag, lemmatize and parse a CoNLL-U file's words.
          newsnlp train pos|parse --train F --dev F --out DIR [options]
                                                 Train the tagger+lemmatizer, or a parser on top.
          newsnlp eval pos|parse --model M --data F.conllu
                                                 Score UPOS, XPOS, lemma, UAS, LAS (CoNLL 2018).
          newsnlp render FILE [-o page.html]     An HTML page: entities by type, events with links to
                                                 their evidence, relations (like displaCy, for events).
          newsnlp eval events --gold F.jsonl     Event P/R/F1 against gold events (annotation guide's format).
          newsnlp eval events --conflibert F.jsonl  Source/target spans and PentaClass on ConfliBERT CAMEO.
          newsnlp eval events --petrarch F.xml   Agreement with PETRARCH-2's unit-test records.
          newsnlp eval events --judged F.tsv     Precision over hand-judged events.
          newsnlp eval html --data WCXB [--split test]
                                                 Word-level P/R/F1 of the article text taken from web
                                                 pages against WCXB's ground truth, beside SmartReader's.
          newsnlp train events --cameo DIR --gazetteers DIR --out DIR
                                                 Pack the event model (CAMEO verbs, Phoenix actors, places).
          newsnlp train zones --data DIR --out DIR
                                                 Train the page-zoning model on WCXB article pages.
          newsnlp train roles --data DIR --out DIR
                                                 Train the semantic-role model on OntoNotes (CoNLL-2012).
          newsnlp eval roles --data F.gold_conll[.gz] [--model M] [--labels]
                                                 Argument P/R/F1 (srl-eval conventions) from the words
                                                 alone; the last line is 'roles F1 NN.NN'.
          newsnlp eval coref --data F.gold_conll  MUC, B3, CEAFe and the CoNLL F1 of coreference on
                                         CoNLL-2012 documents (text rebuilt from the gold words).
          newsnlp eval zones --data DIR [--model M] [--split test]
                                                 Per-line P/R/F1 of zones against WCXB's labels.
          newsnlp submit PATH ... --nats URL     Queue articles on NATS JetStream for workers.
          newsnlp worker --nats URL [--once]     Process queued articles (until SIGTERM, or the queue is empty).
          newsnlp collect --nats URL --out DIR   Write the workers' results so far to DIR.
          newsnlp --help | --version

        extract
          PATH               A .txt file (one article; its id is the file name), an .html or .htm web
                             page (its article, title, byline and date are found with SmartReader), a
                             .jsonl file (one {"id","text"|"html","published","url"} object per line),
                             a folder (its .txt, .html, .htm and .jsonl files, sorted by path; linked
                             folders are not followed), or - for
                             standard input. With no PATH, piped standard input is read (empty input
                             is an empty result); with nothing piped (a terminal, or standard input
                             on /dev/null), a bundled sample article is
                             processed.
          --published DATE   Publish date (yyyy-MM-dd or ISO 8601) for articles that carry none;
                             relative dates ("on Tuesday") are resolved against it.
          --format FORMAT    json (default: one indented object, or an array for several articles),
                             jsonl (one compact object per line, in input order), csv or parquet
                             (the entities, events and relations tables with document ids).
          --output DIR       csv/parquet: write DIR/entities.*, DIR/events.*, DIR/relations.*
                             (needed for parquet; csv without it prints the entities table).
          --include LIST     Extra parts: tokens,sentences,text (comma separated).
          --stdin-format F   txt (default) or jsonl: how piped standard input is read.
          --threads N        Articles processed in parallel (default: all cores; at most 1024).
          --on-error MODE    What a bad input record (a bad JSON line, an unreadable file) does:
                             fail (default) writes every record before it, then stops with exit
                             code 3; skip reports it as 'FILE:LINE: reason' on standard error, goes
                             on, and exits with 3 at the end. An article the pipeline fails on is an
                             internal error (exit 1), reported with its id; skip goes on past it too.
          --model M          Entity recognizer: a model name, folder or file (default: bundled en-news).
          --rules FILE       Entity rules, JSON Lines: {"label":"ORG","pattern":"Kookmin University"} or
                             {"label":"GPE","pattern":[{"lower":"north"},{"lower":"korea"}]}; matches
                             override overlapping model entities.
          --culture C        Reads ambiguous numeric dates (03/04/2024) the way culture C writes
                             them: en-US (default) month first, en-GB and most others day first.
          --cameo FILE       Code events with this CAMEO verb dictionary (PETRARCH-2 format) instead
                             of the bundled one (CAMEO.2.0.txt); actors stay the bundled Phoenix ones.
          --quiet            No progress on standard error.

        eval tokenize
          --conllu FILE      A CoNLL-U file with '# text' and '# newdoc' lines. Documents are
                             rebuilt from the sentences' text (UD's raw-text convention),
                             tokenized and split, and scored against the gold tokens and
                             sentence ends: precision, recall and F1.

        train ner
          --train F[,F]      Training file(s): CoNLL-2003 (IOB1), OntoNotes .ner (BIO; documents from
                             the sibling .docs.tsv) or any word ... tag column file (BIO/BILOU).
          --dev F            Development file: early stopping and confidence calibration.
          --out DIR          Writes DIR/model.nnlp and DIR/manifest.json.
          --name NAME        Model name in the manifest (default: the folder name).
          --epochs N         Most epochs (30). --patience N: stop after N epochs without a better
                             dev F1 (3; 0 trains exactly --epochs epochs).
          --ensemble N       Train N perceptrons with seeds S..S+N-1 and average them (1).
          --seed S           Shuffling seed (13): same seed and data, same model.
          --min-count N      Drop features seen fewer than N times (2).
          --temperature T    Fix the confidence temperature instead of fitting it on dev.
          --test F           Also score F and record it in the manifest.
          --resources DIR    Folder with gazetteers/, cameo/ and unlabeled/ (needed unless both
                             --no-gazetteers and --no-clusters are given).
          --no-gazetteers, --no-clusters   Leave those features out.
          --note TEXT        Appended to the manifest's training-data description.

        eval ner / tag ner
          --model M          A model name (models/M/model.nnlp), folder or file.
          --data F / --input F   A CoNLL-style file; tag writes one 'token TAB tag' (BIO) line per
                             token line, keeping blank and -DOCSTART- lines, for any outside scorer.
          --map A=B,...      eval: rename gold labels (corporation=ORG).
          --coarse           eval: compare coarse types (PERSON, LOCATION, ORGANIZATION, DATE, OTHER).
          --types A,B        eval: score only these labels.

        parse / eval pos / eval parse
          --model M          Syntax model name, folder or file (default: en-ewt).
          --input F          parse: CoNLL-U; sentences, comments, word forms and multi-word token
                             lines are kept; LEMMA, UPOS, XPOS, HEAD, DEPREL are predicted (FEATS,
                             DEPS: _). --output F writes to a file instead of standard output.

        train pos / train parse
          --train F --dev F  CoNLL-U files (UD English EWT train and dev).
          --out DIR          Writes DIR/model.nnlp and DIR/manifest.json.
          --tagger M         parse: the tagging model to add a parser to (its output keeps both);
                             without it the tagger and lemmatizer are trained first (train pos defaults).
          --clusters M       pos: recognizer model whose word clusters the features use (en-news).
          --epochs N --patience N --seed S --min-count N   as for train ner.
          --jackknife K      parse: train on tags from K jackknifed taggers (4; 0: gold tags).
          --explore-from E   parse: follow own mistakes from epoch E (2).
          --prune T          parse: drop parser weights smaller than T in magnitude (smaller, faster).
          --ensemble K       parse: K perceptrons on different shuffles, merged by weight averaging (1).
          --unlabeled D|F,F  parse: tri-training on raw text (gzipped, one paragraph a line, e.g.
                             DATA/unlabeled): sentences on which a left-to-right and a
                             right-to-left parser agree join the training data (--unlabeled-max N,
                             40000). With --tagger, that model's parser is the left-to-right one.
          --test F           Also score F and record it in the manifest.

        train zones / eval zones
          --data DIR         The WCXB article pages folder (pages.tsv, lines.tsv.gz).
          --out DIR          train: writes DIR/model.nnlp and DIR/manifest.json; every 5th dev page is
                             held out first and scored (--tune-only stops there), then the model is
                             trained on all dev pages with gt_recall >= --min-recall (0.8) and scored on test.
          --epochs N --rate R --bits B --stages S --folds K --min-count N --seed S   learning settings.
          --dump DIR         train: also write each held-out page's lines (gold label, predicted kind,
                             XX where they disagree) to DIR/<id>.tsv, for error analysis.
          --model M          eval: zoning model name, folder or file (default: bundled en-zones).
          --split S          eval: dev or test (test). --min-recall X: only pages with gt_recall >= X.
          Headline counts as WCXB title, body as body, every other kind as boilerplate.

        train roles / eval roles
          --data DIR         train: the folder with *train*gold_conll* and *development*gold_conll*
                             (gzipped or not); every --holdout'th training document (20) is held out
                             to choose the epoch, role bias and pruning; dev is scored at the end.
          --out DIR          train: writes DIR/model.nnlp and DIR/manifest.json (--name NAME).
          --epochs N --seed S --min-count N --prune T --max-sentences N   learning settings.
          --syntax M         The syntax model whose trees are read (default: bundled en-ewt).
          --data F           eval: a CoNLL-2012 *_conll file; tokens are given, everything else is
                             predicted. --model M: a role model (default: bundled en-roles);
                             --labels adds a per-label table; --errors counts what became of each
                             gold argument (found, left out, wrong span, wrong label, no candidate).

        submit / worker / collect (scaling out; see README "Scaling out" and docs/SCALING.md)
          --nats URL         The NATS server with JetStream (nats://host:4222).
          --create-streams   Create or update the article, result and dead-letter streams (idempotent);
                             --replicas N: copies per stream on a JetStream cluster (1; 3 on 3 nodes).
          submit PATH        As extract reads paths (.txt, .html, .jsonl, folders, -); message id =
                             article id; exits once the server has acknowledged every article.
                             --published DATE, --stdin-format F, --quiet as for extract.
          worker             --once: stop when no article is waiting or unacknowledged. SIGTERM stops
                             fetching, finishes and acknowledges what is in flight, exits 0.
                             --threads N (all cores), --max-in-flight N (4 x threads), --ack-wait S (30),
                             --max-deliver N (5; then dead-lettered), --max-chars N (1000000),
                             --grace S (30), --stats-interval S (10), --include, --model, --rules,
                             --culture, --cameo as for extract.
          collect            --out DIR: DIR/documents.jsonl (as extract --format jsonl) and
                             DIR/events.jsonl; --format parquet: extract's tables (needs workers run
                             with --include text). Results stay in the stream.

        Exit codes: 0 success, 2 usage error, 3 bad input (missing or unreadable file, bad JSON
                    line, unwritable --output; the message names file and line), 1 internal error,
                    130 cancelled, 141 standard output closed (e.g. '| head -1'; nothing printed).
        Offsets are UTF-16 code units into the article text, end exclusive.
        """;

    /// <summary>Runs the command line; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, bool stdinRedirected)
    {
        stdout = new Output.ClosedPipeGuard(stdout);
        using var cts = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cts.Cancel(); };
        Console.CancelKeyPress += onCancel;
        try
        {
            if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
            {
                await stdout.WriteLineAsync(Help);
                return args.Length == 0 ? ExitUsage : ExitOk;
            }
            if (args[0] is "--version" or "-v")
            {
                await stdout.WriteLineAsync(typeof(CliMain).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
                return ExitOk;
            }
            var rest = args.Skip(1).ToArray();
            int code = args[0] switch
            {
                "extract" => Commands.ExtractCommand.Run(rest, stdin, stdout, stderr, stdinRedirected, cts.Token),
                "eval" => Commands.EvalCommand.Run(rest, stdout, stderr),
                "train" => Commands.TrainCommand.Run(rest, stdout, stderr),
                "tag" => Commands.TagCommand.Run(rest, stdout),
                "parse" => Commands.SyntaxCommands.Parse(rest, stdout),
                "render" => Commands.RenderCommand.Run(rest, stdin, stdout),
                // Scaling out (NATS JetStream): parsing and logic live in Commands/WorkerCommand.cs, SubmitCommand.cs, CollectCommand.cs.
                "worker" => Commands.WorkerCommand.Run(Commands.WorkerCommandOptions.Parse(rest), stderr, cts.Token),
                "submit" => Commands.SubmitCommand.Run(Commands.SubmitOptions.Parse(rest), stdin, stderr, cts.Token),
                "collect" => Commands.CollectCommand.Run(Commands.CollectOptions.Parse(rest), stdout, stderr, cts.Token),
                // Hidden: benchmarks/worker-bench.sh.
                "worker-bench" => Commands.WorkerBenchCommand.Run(rest, stdout, stderr, cts.Token),
                _ => throw new UsageException($"Unknown command '{args[0]}'. See 'newsnlp --help'."),
            };
            await stdout.FlushAsync();
            return code;
        }
        catch (Output.OutputClosedException)
        {
            return ExitOutputClosed;
        }
        catch (UsageException e)
        {
            await stderr.WriteLineAsync($"newsnlp: {e.Message}");
            return ExitUsage;
        }
        catch (InputException e)
        {
            await stderr.WriteLineAsync($"newsnlp: {e.Message}");
            return ExitInput;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("newsnlp: cancelled");
            return ExitCancelled;
        }
        catch (NewsNlp.Worker.WorkerSetupException e)
        {
            // An unreachable server or a missing stream: one line, no stack trace.
            await stderr.WriteLineAsync($"newsnlp: {e.Message}");
            return ExitInternal;
        }
        catch (NewsNlp.Pipeline.ArticleProcessingException e)
        {
            await stderr.WriteLineAsync($"newsnlp: internal error: {e.Message}");
            return ExitInternal;
        }
        catch (Exception e)
        {
            await stderr.WriteLineAsync($"newsnlp: internal error: {e.GetType().Name}: {e.Message}");
            return ExitInternal;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
            // After an error, what was written before it still goes out; a closed pipe changes nothing now.
            try { await stdout.FlushAsync(); }
            catch (Output.OutputClosedException) { }
        }
    }

    internal static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
