//! The command line: `nashra [FILE]` opens the editor; `nashra check`, `export`, `dupes` and
//! `layout` are tools for scripts.

use std::ffi::OsString;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory as _, Parser, Subcommand, ValueEnum};

mod ready;

use crate::session::AppOptions;
use crate::ui::NashraApp;

/// Nashra, a newsletter editor for Arabic text with Latin names, numbers and links.
///
/// With no command it opens the editor: on ISSUE if given, else the last library's latest
/// issue, else the bundled sample.
#[derive(Debug, Parser)]
#[command(
    name = "nashra",
    version,
    args_conflicts_with_subcommands = true,
    after_help = "Examples:\n  nashra --lang ar issue-054.ron\n  nashra check issue-054.ron inbox.ron\n  nashra check --ready issue-054.ron\n  nashra export issue-054.ron --format html -o issue-054.html\n  nashra dupes ~/Newsletter\n  nashra completions bash > ~/.local/share/bash-completion/completions/nashra"
)]
struct Cli {
    #[command(subcommand)]
    tool: Option<Tool>,
    /// The issue file to open.
    #[arg(value_name = "ISSUE.ron")]
    issue: Option<PathBuf>,
    /// Open the editor on this library folder (remembered for next time).
    #[arg(long, value_name = "DIR")]
    library: Option<PathBuf>,
    /// The interface's language for this run (the View menu changes it for good).
    #[arg(long, value_enum, value_name = "LANG")]
    lang: Option<LangArg>,
}

/// The tools for scripts.
#[derive(Debug, Subcommand)]
enum Tool {
    /// Validate issue files (and inbox.ron files): prints `ok` or each error as
    /// path:line:column; exit code 1 when one is not valid. With --ready, the pre-flight
    /// check: each thing left before sending as `path: place: message`; exit code 0 when
    /// ready, 1 when not.
    Check {
        /// The files.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Check that each issue is ready to send: links, repeats, empty parts, bidi hints,
        /// spelling and length (the issue's folder is its library).
        #[arg(long)]
        ready: bool,
        /// With --ready: do not check links over the network.
        #[arg(long, requires = "ready")]
        offline: bool,
    },
    /// Export an issue as an HTML email, Markdown or plain text (to stdout without -o).
    Export {
        /// The issue file.
        #[arg(value_name = "ISSUE.ron")]
        issue: PathBuf,
        /// The format.
        #[arg(short, long, value_enum)]
        format: FormatArg,
        /// The file to write.
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
    },
    /// List every link featured in more than one issue of a library, a line each:
    /// `URL<TAB>#N (date), #M (date)`; exit code 1 when there are some, 2 when the folder
    /// cannot be read.
    Dupes {
        /// The library folder.
        #[arg(value_name = "LIBRARY")]
        library: PathBuf,
    },
    /// Save an issue ROUNDS times in a row, changing its number each time (the crash-safety
    /// test kills this at random moments).
    StressSave {
        /// The issue file.
        #[arg(value_name = "ISSUE.ron")]
        issue: PathBuf,
        /// How many saves.
        rounds: u32,
    },
    /// Lay out stdin (one paragraph per line) with the editor's text engine and print each
    /// paragraph's direction and the visual order of its lines; auto follows the words, ties
    /// and numbers follow the language.
    Layout {
        /// Wrap at this width, in pixels.
        #[arg(long, value_name = "PX", value_parser = positive_width)]
        width: Option<f32>,
        /// The paragraphs' direction.
        #[arg(long, value_enum, default_value = "auto")]
        dir: DirArg,
        /// The issue's language (what ties and numbers follow).
        #[arg(long, value_enum, default_value = "ar")]
        lang: LangArg,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Print a completion script for a shell.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
}

/// A language on the command line.
#[derive(Clone, Copy, Debug, ValueEnum)]
enum LangArg {
    /// Arabic.
    Ar,
    /// English.
    En,
}

/// An export format on the command line.
#[derive(Clone, Copy, Debug, ValueEnum)]
enum FormatArg {
    /// An HTML email.
    Html,
    /// Markdown.
    Md,
    /// Plain text.
    Txt,
}

/// A paragraph direction on the command line.
#[derive(Clone, Copy, Debug, ValueEnum)]
enum DirArg {
    /// By the words.
    Auto,
    /// Right to left.
    Rtl,
    /// Left to right.
    Ltr,
}

impl LangArg {
    fn language(self) -> crate::model::Language {
        match self {
            Self::Ar => crate::model::Language::Arabic,
            Self::En => crate::model::Language::English,
        }
    }
}

fn positive_width(text: &str) -> Result<f32, String> {
    match text.parse::<f32>() {
        Ok(width) if width > 0.0 && width.is_finite() => Ok(width),
        _ => Err("a positive number of pixels".to_owned()),
    }
}

/// Runs the command line with `args` (without the program name) and returns the exit code.
pub fn main(args: Vec<OsString>) -> ExitCode {
    let cli = match Cli::try_parse_from(std::iter::once(OsString::from("nashra")).chain(args)) {
        Ok(cli) => cli,
        Err(err) => {
            // Help and version go to stdout with 0; usage errors to stderr with 2.
            let _ = err.print();
            return ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(2));
        }
    };
    match cli.tool {
        None => run_app(cli.issue, cli.library, cli.lang.map(LangArg::language)),
        Some(Tool::Check {
            files,
            ready: true,
            offline,
        }) => ready::check_ready(&files, offline),
        Some(Tool::Check { files, .. }) => check(&files),
        Some(Tool::Export {
            issue,
            format,
            output,
        }) => export(issue, format, output),
        Some(Tool::Dupes { library }) => dupes(&library),
        Some(Tool::StressSave { issue, rounds }) => stress_save(issue, rounds),
        Some(Tool::Layout {
            width,
            dir,
            lang,
            json,
        }) => layout(width, dir, lang, json),
        Some(Tool::Completions { shell }) => {
            clap_complete::generate(shell, &mut Cli::command(), "nashra", &mut std::io::stdout());
            ExitCode::SUCCESS
        }
    }
}

fn check(files: &[PathBuf]) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    let mut all_valid = true;
    for path in files {
        if path
            .file_name()
            .is_some_and(|n| n == crate::io::INBOX_FILE_NAME)
        {
            let line = match crate::io::read_inbox(path) {
                Ok((inbox, _)) => {
                    format!("{}: ok ({} stories)", path.display(), inbox.entries.len())
                }
                Err(err) => {
                    all_valid = false;
                    err.to_string()
                }
            };
            let _ = writeln!(stdout, "{line}");
            continue;
        }
        let line = match crate::io::load_issue(path) {
            Ok(loaded) if loaded.is_from_newer_version() => format!(
                "{}: ok (written by a newer Nashra, format version {})",
                path.display(),
                loaded.file_version
            ),
            Ok(_) => format!("{}: ok", path.display()),
            Err(err) => {
                all_valid = false;
                err.to_string()
            }
        };
        let _ = writeln!(stdout, "{line}");
    }
    if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// `nashra export`: writes an issue as HTML, Markdown or plain text. Exit codes: 0 done, 1 the
/// issue could not be read or the output written, 2 usage.
fn export(input: PathBuf, format: FormatArg, output: Option<PathBuf>) -> ExitCode {
    use crate::io::export::{ExportFormat, export_with};

    let format = match format {
        FormatArg::Html => ExportFormat::Html,
        FormatArg::Md => ExportFormat::Markdown,
        FormatArg::Txt => ExportFormat::PlainText,
    };
    if let Some(out) = &output
        && let Err(err @ crate::io::export::ExportPathError::IssueFile(_)) =
            crate::io::export::check_export_path(out, Some(&input))
    {
        let _ = writeln!(std::io::stderr(), "nashra export: {err}");
        return ExitCode::FAILURE;
    }
    let issue = match crate::io::load_issue(&input) {
        Ok(loaded) => loaded.issue,
        Err(err) => {
            let _ = writeln!(std::io::stderr(), "nashra export: {err}");
            return ExitCode::FAILURE;
        }
    };
    // The issue's folder is its library: its settings say whether links get campaign tags.
    let utm = input
        .parent()
        .map(|folder| folder.join(crate::io::library_settings::LIBRARY_SETTINGS_FILE_NAME))
        .and_then(|path| crate::io::library_settings::load_library_settings(&path).ok())
        .and_then(|settings| settings.utm);
    let text = export_with(&issue, format, utm.as_ref());
    match output {
        None => {
            let _ = write!(std::io::stdout(), "{text}");
            ExitCode::SUCCESS
        }
        Some(path) => {
            match crate::io::write_atomic(&path, text.as_bytes(), &mut crate::io::no_faults) {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) => {
                    let _ = writeln!(std::io::stderr(), "nashra export: {err}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}

/// `nashra dupes`: links featured in more than one issue. Exit codes: 0 none, 1 some (so a
/// script can test for them), 2 usage or an unreadable folder. Unreadable issue files are
/// reported on stderr and skipped.
fn dupes(folder: &std::path::Path) -> ExitCode {
    let library = match crate::io::Library::open(folder) {
        Ok(library) => library,
        Err(err) => {
            let _ = writeln!(std::io::stderr(), "nashra dupes: {err}");
            return ExitCode::from(2);
        }
    };
    let index = library.scan();
    for problem in &index.problems {
        let _ = writeln!(std::io::stderr(), "nashra dupes: skipped: {problem}");
    }
    let twice = index.featured_twice();
    let mut stdout = std::io::stdout().lock();
    for link in &twice {
        let issues: Vec<String> = link
            .issues
            .iter()
            .map(|f| format!("#{} ({})", f.number, f.date))
            .collect();
        let _ = writeln!(stdout, "{}\t{}", link.url, issues.join(", "));
    }
    if twice.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// `nashra stress-save`: saves an issue over and over, for testing that a save interrupted at
/// any moment leaves a whole file behind.
fn stress_save(path: PathBuf, rounds: u32) -> ExitCode {
    let mut issue = match crate::io::load_issue(&path) {
        Ok(loaded) => loaded.issue,
        Err(err) => {
            let _ = writeln!(std::io::stderr(), "nashra stress-save: {err}");
            return ExitCode::FAILURE;
        }
    };
    for round in 0..rounds {
        issue.number = round;
        if let Err(err) = crate::io::save_issue(&path, &issue) {
            let _ = writeln!(std::io::stderr(), "nashra stress-save: {err}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

/// `nashra layout`: the layout inspector.
fn layout(width_px: Option<f32>, dir: DirArg, lang: LangArg, json: bool) -> ExitCode {
    use std::io::Read as _;

    use crate::model::Direction;

    let direction = match dir {
        DirArg::Auto => Direction::Auto,
        DirArg::Rtl => Direction::Rtl,
        DirArg::Ltr => Direction::Ltr,
    };
    let language = lang.language();
    let mut input = String::new();
    if let Err(err) = std::io::stdin().read_to_string(&mut input) {
        let _ = writeln!(
            std::io::stderr(),
            "nashra layout: could not read stdin: {err}"
        );
        return ExitCode::FAILURE;
    }
    let report =
        crate::text::inspector::inspect(&input, width_px, direction, language.base_direction());
    let out = if json {
        crate::text::inspector::to_json(&report)
    } else {
        crate::text::inspector::to_text(&input, &report)
    };
    let _ = write!(std::io::stdout(), "{out}");
    ExitCode::SUCCESS
}

fn run_app(
    path: Option<PathBuf>,
    library: Option<PathBuf>,
    language: Option<crate::model::Language>,
) -> ExitCode {
    let options = eframe::NativeOptions {
        renderer: eframe::Renderer::Glow,
        viewport: egui::ViewportBuilder::default()
            .with_title("Nashra")
            .with_app_id("nashra")
            .with_inner_size([1200.0, 800.0])
            // The narrowest window whose editing column still holds a readable line.
            .with_min_inner_size([800.0, 560.0]),
        // With the `persistence` feature, eframe remembers the window's size and place and
        // egui's memory (panel widths, zoom) in `~/.local/share/nashra/app.ron`.
        persist_window: true,
        ..Default::default()
    };
    let app_options = AppOptions {
        path,
        native_dialogs: true,
        background_file_work: true,
        recovery: crate::io::recovery::RecoveryStore::in_user_data_dir(),
        settings: crate::io::SettingsStore::in_user_config_dir(),
        library,
        language,
        link_check: Some(crate::io::link_check::LinkCheckOptions::default()),
        ..AppOptions::default()
    };
    let result = eframe::run_native(
        "Nashra",
        options,
        Box::new(move |cc| {
            crate::fonts::install(&cc.egui_ctx);
            Ok(Box::new(NashraApp::new(app_options)))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            let _ = writeln!(std::io::stderr(), "nashra: could not open a window: {err}");
            ExitCode::FAILURE
        }
    }
}
