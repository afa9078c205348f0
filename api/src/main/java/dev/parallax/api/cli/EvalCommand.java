package dev.parallax.api.cli;

import dev.parallax.core.extract.RuleBasedClaimExtractor;
import dev.parallax.translate.eval.AlignmentEvaluation;
import dev.parallax.translate.eval.AlignmentScore;
import dev.parallax.translate.eval.LexiconCoverage;
import dev.parallax.translate.eval.ParallelCorpus;
import dev.parallax.translate.eval.ParallelText;
import dev.parallax.verify.Parallax;
import dev.parallax.verify.eval.Perturbation;
import dev.parallax.verify.eval.PerturbationEvaluation;
import dev.parallax.verify.eval.PerturbationScore;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Measures the engine on translated text, where the truth is known: how well sentences are aligned
 * back to their translations, and which changes to one side the report catches. Prints Markdown
 * tables, ready for docs/.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Measures the engine on line-aligned translated corpora (NTREX/WMT or Tatoeba layout).",
        subcommands = {EvalCommand.Align.class, EvalCommand.Perturb.class, EvalCommand.Coverage.class})
public class EvalCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: use align, perturb or coverage");
    }

    /** Options both measurements take. */
    static class Corpus {
        @Parameters(paramLabel = "DIR", description = "A directory of parallel files (searched recursively).")
        Path dir;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
                description = "Read at most N sentences (align) or documents (perturb) per text; 0 reads all.")
        int limit;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Seed of the shuffle and of the changes.")
        long seed;

        List<ParallelText> texts(CommandSpec spec) {
            if (!Files.isDirectory(dir)) {
                throw new ParameterException(spec.commandLine(), dir + ": not a directory");
            }
            List<ParallelText> texts = ParallelCorpus.discover(dir);
            if (texts.isEmpty()) {
                throw new ParameterException(spec.commandLine(), dir + ": no parallel files of a supported language");
            }
            return texts;
        }
    }

    @Command(name = "align", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Shuffles the translated side of each document, aligns, and reports precision, recall and F1",
                "(all sentences, and those with a number, date or name); Tatoeba-style files give retrieval accuracy."})
    static class Align implements Runnable {

        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        Corpus corpus;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            out.println("| text | sentences | P | R | F1 | anchored | P | R | F1 | retrieval |");
            out.println("|---|---|---|---|---|---|---|---|---|---|");
            AlignmentEvaluation evaluation = new AlignmentEvaluation(new RuleBasedClaimExtractor(true), corpus.seed);
            for (ParallelText text : corpus.texts(spec)) {
                AlignmentScore s = evaluation.evaluate(text, corpus.limit);
                out.println(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %d | %.3f | %.3f | %.3f | %s |",
                        text.name(), s.gold(), s.precision(), s.recall(), s.f1(), s.anchoredGold(), s.anchoredPrecision(),
                        s.anchoredRecall(), s.anchoredF1(),
                        text.hasDocuments() ? "" : String.format(Locale.ROOT, "%.3f", s.retrievalAccuracy())));
                out.flush();
            }
        }
    }

    @Command(name = "perturb", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Compares each translated document pair unmodified (conflicts are false alarms), then makes one",
                "change at a time on one side and reports how often exactly that change is found."})
    static class Perturb implements Runnable {

        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        Corpus corpus;

        @Option(names = "--misses", paramLabel = "N", defaultValue = "0",
                description = "After each text's row, show up to N false alarms and explain up to N missed changes "
                        + "(default: ${DEFAULT-VALUE}).")
        int misses;

        @Inject
        Parallax engine;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            StringBuilder head = new StringBuilder("| text | pairs | false alarms per pair |");
            StringBuilder rule = new StringBuilder("|---|---|---|");
            for (Perturbation p : Perturbation.values()) {
                head.append(' ').append(p.name().toLowerCase(Locale.ROOT)).append(" |");
                rule.append("---|");
            }
            out.println(head);
            out.println(rule);
            PerturbationEvaluation evaluation = new PerturbationEvaluation(engine, corpus.seed);
            for (ParallelText text : corpus.texts(spec)) {
                if (!text.hasDocuments()) {
                    continue; // changes are judged against a document's other sentences
                }
                PerturbationScore s = evaluation.evaluate(text, corpus.limit);
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %d | %.2f |", text.name(),
                        s.pairs(), s.falseAlarmsPerPair()));
                for (Perturbation p : Perturbation.values()) {
                    row.append(String.format(Locale.ROOT, " %.2f (%d) |", s.successRate(p), s.trials(p)));
                }
                out.println(row);
                s.falseAlarms().stream().limit(misses).forEach(f -> out.println("  false alarm: " + f));
                s.misses().stream().limit(misses).forEach(m -> {
                    out.println("  missed " + m.kind().name().toLowerCase(Locale.ROOT) + ": " + m.changed());
                    out.println("    aligned with: " + (m.counterpart() == null ? "(nothing)" : m.counterpart()));
                    m.findings().forEach(f -> out.println("    finding " + f));
                });
                out.flush();
            }
        }
    }

    @Command(name = "coverage", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"The share of each language's content words (not function words, numbers or names) that its",
                "lexicon knows: what the offline aligner can use."})
    static class Coverage implements Runnable {

        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        Corpus corpus;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            out.println("| text | language | content words | covered | share |");
            out.println("|---|---|---|---|---|");
            boolean englishDone = false;
            for (ParallelText text : corpus.texts(spec)) {
                if (!englishDone) {
                    row(out, text.name().replaceAll(" \\S+$", "") + " eng", dev.parallax.core.lang.Language.ENGLISH,
                            text.english());
                    englishDone = true;
                }
                row(out, text.name(), text.language(), text.translated());
            }
        }

        private void row(PrintWriter out, String name, dev.parallax.core.lang.Language language, List<String> lines) {
            List<String> read = corpus.limit > 0 ? lines.subList(0, Math.min(corpus.limit, lines.size())) : lines;
            LexiconCoverage.Coverage c = LexiconCoverage.of(read, language);
            out.println(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.3f |", name, language.code(),
                    c.contentWords(), c.covered(), c.share()));
            out.flush();
        }
    }
}
