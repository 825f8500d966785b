//! The command line: `nashra [FILE]` opens the editor; `nashra check`, `export`, `dupes` and
//! `layout` are tools for scripts.

use std::ffi::OsString;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::session::AppOptions;
use crate::ui::NashraApp;

const USAGE: &str = "\
Nashra, a newsletter editor for Arabic text.

Usage:
  nashra [ISSUE.ron]        open the editor: the file given, else the last library's latest
                            issue, else the bundled sample
  nashra --library DIR [ISSUE.ron]
                            open the editor on the library folder DIR (remembered for next time)
  nashra --lang ar|en [--library DIR] [ISSUE.ron]
                            open the editor with its interface in Arabic or English for this run
                            (the View menu changes it for good)
  nashra dupes LIBRARY      list every link featured in more than one issue of the library:
                            one line per link, `URL<TAB>#N (date), #M (date)`; exit code 0 when
                            there are none, 1 when there are some, 2 when the folder cannot be read
  nashra check FILE...      validate issue files (and inbox.ron files): prints `ok` or each
                            error as path:line:column
  nashra export ISSUE.ron --format html|md|txt [-o OUT]
                            export an issue (to stdout without -o)
  nashra stress-save ISSUE.ron ROUNDS
                            save the issue ROUNDS times in a row, changing its number each
                            time (the crash-safety test kills this at random moments)
  nashra layout [--width PX] [--dir auto|rtl|ltr] [--lang ar|en] [--json]
                            lay out stdin (one paragraph per line) with the editor's text engine
                            and print each paragraph's direction and the visual order of its
                            lines; auto follows the words, ties and numbers follow the language
  nashra --help             show this help
";

/// Runs the command line with `args` (without the program name) and returns the exit code.
pub fn main(args: Vec<OsString>) -> ExitCode {
    if args.first().and_then(|a| a.to_str()) == Some("--lang") {
        let language = args
            .get(1)
            .and_then(|a| a.to_str())
            .and_then(crate::i18n::Language::from_code);
        let Some(language) = language else {
            return usage_error("--lang takes ar or en");
        };
        return editor(args[2..].to_vec(), Some(language));
    }
    editor_or_tool(args)
}

/// The editor (with `language` for its interface, if given), from its arguments.
fn editor(args: Vec<OsString>, language: Option<crate::i18n::Language>) -> ExitCode {
    match args.first().and_then(|a| a.to_str()) {
        Some("--library") => match &args[1..] {
            [dir, rest @ ..] if rest.len() <= 1 => run_app(
                rest.first().map(PathBuf::from),
                Some(PathBuf::from(dir)),
                language,
            ),
            _ => usage_error("--library needs a folder, and takes at most one issue file"),
        },
        Some(flag) if flag.starts_with('-') => usage_error(&format!("unknown option {flag}")),
        _ if args.len() > 1 => usage_error("give at most one issue file"),
        _ => run_app(args.into_iter().next().map(PathBuf::from), None, language),
    }
}

/// A tool for scripts, or the editor.
fn editor_or_tool(args: Vec<OsString>) -> ExitCode {
    let first = args.first().and_then(|a| a.to_str());
    match first {
        Some("check") => check(&args[1..]),
        Some("layout") => layout(&args[1..]),
        Some("export") => export(&args[1..]),
        Some("stress-save") => stress_save(&args[1..]),
        Some("dupes") => dupes(&args[1..]),
        Some("-h" | "--help") => {
            let _ = write!(std::io::stdout(), "{USAGE}");
            ExitCode::SUCCESS
        }
        _ => editor(args, None),
    }
}

fn usage_error(message: &str) -> ExitCode {
    let _ = write!(std::io::stderr(), "nashra: {message}\n\n{USAGE}");
    ExitCode::from(2)
}

/// `nashra check`: validates each file; exit code 0 when all are valid, 1 otherwise.
fn check(files: &[OsString]) -> ExitCode {
    if files.is_empty() {
        return usage_error("check needs at least one file");
    }
    let mut stdout = std::io::stdout().lock();
    let mut all_valid = true;
    for file in files {
        let path = PathBuf::from(file);
        if path
            .file_name()
            .is_some_and(|n| n == crate::io::INBOX_FILE_NAME)
        {
            let line = match crate::io::read_inbox(&path) {
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
        let line = match crate::io::load_issue(&path) {
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
fn export(args: &[OsString]) -> ExitCode {
    use crate::io::export::{ExportFormat, export};

    let mut input = None;
    let mut format = None;
    let mut output = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("--format" | "-f") => {
                let name = args.next().and_then(|a| a.to_str()).unwrap_or_default();
                let Some(f) = ExportFormat::from_name(name) else {
                    return usage_error("--format takes html, md or txt");
                };
                format = Some(f);
            }
            Some("-o" | "--output") => match args.next() {
                Some(path) => output = Some(PathBuf::from(path)),
                None => return usage_error("-o needs a file"),
            },
            Some(flag) if flag.starts_with('-') => {
                return usage_error(&format!("unknown export option {flag}"));
            }
            _ if input.is_some() => return usage_error("export takes one issue file"),
            _ => input = Some(PathBuf::from(arg)),
        }
    }
    let (Some(input), Some(format)) = (input, format) else {
        return usage_error("export needs an issue file and --format");
    };
    // --format names the format, so any extension will do, but never an issue file or backup.
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
    let text = export(&issue, format);
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
fn dupes(args: &[OsString]) -> ExitCode {
    let [folder] = args else {
        return usage_error("dupes needs a library folder");
    };
    let library = match crate::io::Library::open(std::path::Path::new(folder)) {
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
fn stress_save(args: &[OsString]) -> ExitCode {
    let [file, rounds] = args else {
        return usage_error("stress-save needs an issue file and a number of rounds");
    };
    let Some(rounds) = rounds.to_str().and_then(|r| r.parse::<u32>().ok()) else {
        return usage_error("ROUNDS must be a number");
    };
    let path = PathBuf::from(file);
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
fn layout(args: &[OsString]) -> ExitCode {
    use std::io::Read as _;

    use crate::model::Direction;

    let mut width_px = None;
    let mut direction = Direction::Auto;
    let mut language = crate::model::Language::Arabic;
    let mut json = false;
    let mut args = args.iter().map(|a| a.to_string_lossy().into_owned());
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--width" => match args.next().and_then(|w| w.parse::<f32>().ok()) {
                Some(w) if w > 0.0 && w.is_finite() => width_px = Some(w),
                _ => return usage_error("--width needs a positive number of pixels"),
            },
            "--dir" => {
                direction = match args.next().as_deref() {
                    Some("auto") => Direction::Auto,
                    Some("rtl") => Direction::Rtl,
                    Some("ltr") => Direction::Ltr,
                    _ => return usage_error("--dir takes auto, rtl or ltr"),
                }
            }
            "--lang" => {
                language = match args
                    .next()
                    .as_deref()
                    .and_then(crate::model::Language::from_code)
                {
                    Some(language) => language,
                    None => return usage_error("--lang takes ar or en"),
                }
            }
            other => return usage_error(&format!("unknown layout option {other}")),
        }
    }
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
    language: Option<crate::i18n::Language>,
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
