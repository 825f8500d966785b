//! The `nashra` command: starts the editor, or runs a command-line tool (`nashra --help`).

fn main() -> std::process::ExitCode {
    nashra::cli::main(std::env::args_os().skip(1).collect())
}
